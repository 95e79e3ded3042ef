import { loadOnFirstUse } from './load-on-first-use';

describe('loadOnFirstUse', () => {
  it('loads nothing until asked, then once', () => {
    let loads = 0;
    const get = loadOnFirstUse(() => ({ n: ++loads }));
    expect(loads).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(loads).toBe(1);
  });

  it('tries again after a load that threw', () => {
    let attempts = 0;
    const get = loadOnFirstUse(() => {
      attempts++;
      if (attempts === 1) throw new Error('not yet');
      return 'ready';
    });
    expect(() => get()).toThrow('not yet');
    expect(get()).toBe('ready');
  });
});
