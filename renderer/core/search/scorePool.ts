// Dense score vectors, one slot per record, recycled between queries. A vector remembers which slots it
// touched, so clearing it costs the number of hits, not the size of the corpus, and a search as you type
// allocates nothing large per keystroke. Their lists of record numbers keep their room too (numList.ts).

import { NumList } from './numList';

export interface ScoreVec {
  scores: Float32Array;
  /** Record numbers with a non-zero score, each once, in the order first scored. */
  ids: NumList;
}

/**
 * Record number → score, for the records a query keeps: dense and recycled like the vectors, where a Map
 * would allocate an entry per record on every keystroke. Iterates in insertion order, as a Map does.
 */
export class ScoreMap {
  private readonly values: Float64Array;
  private readonly present: Uint8Array;
  /** The record numbers held, in the order first set. */
  readonly nums: NumList;

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.present = new Uint8Array(size);
    this.nums = new NumList(size);
  }

  get size(): number {
    return this.nums.length;
  }

  has(num: number): boolean {
    return this.present[num] === 1;
  }

  get(num: number): number | undefined {
    return this.present[num] === 1 ? this.values[num] : undefined;
  }

  set(num: number, score: number): void {
    if (this.present[num] !== 1) {
      this.present[num] = 1;
      this.nums.push(num);
    }
    this.values[num] = score;
  }

  clear(): void {
    const { items, length } = this.nums;
    for (let i = 0; i < length; i += 1) this.present[items[i]!] = 0;
    this.nums.clear();
  }
}

export class ScorePool {
  private readonly free: ScoreVec[] = [];
  private readonly used: ScoreVec[] = [];
  private readonly freeMaps: ScoreMap[] = [];
  private readonly usedMaps: ScoreMap[] = [];

  constructor(private readonly size: number) {}

  /** An empty ScoreMap, handed back by releaseAll like the vectors. */
  acquireMap(): ScoreMap {
    const map = this.freeMaps.pop() ?? new ScoreMap(this.size);
    this.usedMaps.push(map);
    return map;
  }

  acquire(): ScoreVec {
    const vec = this.free.pop() ?? { scores: new Float32Array(this.size), ids: new NumList(this.size) };
    this.used.push(vec);
    return vec;
  }

  /** Returns every vector handed out since the last release, cleared. */
  releaseAll(): void {
    for (const vec of this.used) {
      const { items, length } = vec.ids;
      for (let i = 0; i < length; i += 1) vec.scores[items[i]!] = 0;
      vec.ids.clear();
      // A query with thesaurus alternatives takes a few dozen; keeping that many spares the collector
      // (64 vectors of 20 000 records is 5 MB).
      if (this.free.length < 64) this.free.push(vec);
    }
    this.used.length = 0;
    for (const map of this.usedMaps) {
      map.clear();
      if (this.freeMaps.length < 16) this.freeMaps.push(map);
    }
    this.usedMaps.length = 0;
  }
}
