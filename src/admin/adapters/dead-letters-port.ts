import type { DeadLetterReplayer, ReplayResult } from '../../dead-letters/replay/replayer';
import type { DeadLetterStore } from '../../dead-letters/dead-letter-store';
import type { DeadLetterPageView, DeadLettersPort } from '../admin-context';

export class StoreDeadLettersPort implements DeadLettersPort {
  constructor(private readonly store: DeadLetterStore, private readonly replayer: DeadLetterReplayer) {}

  list(options: { cursor?: string; limit: number; maxBytes?: number }): Promise<DeadLetterPageView> {
    return this.store.list(options);
  }

  replay(request: { ids?: readonly string[]; limit: number; waitMs: number }): Promise<ReplayResult[]> {
    return this.replayer.replay(request);
  }

  async remove(ids: readonly string[] | 'all'): Promise<number> {
    if (ids !== 'all') return this.store.remove(ids);
    // Every letter stored now (ids only); letters stored meanwhile stay.
    const all = await this.store.ids();
    return all.length === 0 ? 0 : this.store.remove(all);
  }
}
