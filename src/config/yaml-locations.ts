import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { DataPath } from './data-path';

/** 1-based line and column in the YAML source. */
export interface SourcePosition {
  line: number;
  column: number;
}

function keyName(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * Finds where parsed values came from: the YAML node at a data path (through aliases), or the
 * nearest ancestor that exists when the path goes further than the source does (a missing property).
 */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private pairAt(map: unknown, key: string): Pair<unknown, unknown> | undefined {
    if (!isMap(map)) return undefined;
    return map.items.find((pair) => keyName(pair) === key);
  }

  /** The node at `path`, or the deepest one on the way there. */
  private deepestNode(path: DataPath): Node | undefined {
    let node = this.resolve(this.doc.contents) as Node | null;
    let found: Node | undefined = node ?? undefined;
    for (const step of path) {
      let next: unknown;
      if (isSeq(node) && typeof step === 'number') next = node.items[step];
      else next = this.pairAt(node, String(step))?.value;
      next = this.resolve(next);
      if (!next || typeof next !== 'object' || !('range' in next)) break;
      node = next as Node;
      found = node;
    }
    return found;
  }

  private positionOf(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Where the value at `path` starts (or its nearest existing ancestor; 1:1 for an empty file). */
  valuePosition(path: DataPath): SourcePosition {
    const node = this.deepestNode(path);
    return node?.range ? this.positionOf(node.range[0]) : { line: 1, column: 1 };
  }

  /** Where `key` is written in the mapping at `path` (for unknown or misnamed keys); the mapping itself when absent. */
  keyPosition(path: DataPath, key: string): SourcePosition {
    const pair = this.pairAt(this.deepestNode(path), key);
    const range = (pair?.key as Node | undefined)?.range;
    return range ? this.positionOf(range[0]) : this.valuePosition(path);
  }
}
