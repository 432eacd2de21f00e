// Dense score vectors, one slot per record, recycled between queries. A vector remembers which slots it
// touched, so clearing it costs the number of hits, not the size of the corpus, and a search as you type
// allocates nothing large per keystroke.

export interface ScoreVec {
  scores: Float32Array;
  /** Record numbers with a non-zero score, each once, in the order first scored. */
  ids: number[];
}

export class ScorePool {
  private readonly free: ScoreVec[] = [];
  private readonly used: ScoreVec[] = [];

  constructor(private readonly size: number) {}

  acquire(): ScoreVec {
    const vec = this.free.pop() ?? { scores: new Float32Array(this.size), ids: [] };
    this.used.push(vec);
    return vec;
  }

  /** Returns every vector handed out since the last release, cleared. */
  releaseAll(): void {
    for (const vec of this.used) {
      for (const id of vec.ids) vec.scores[id] = 0;
      vec.ids.length = 0;
      // A query with thesaurus alternatives takes a few dozen; keeping that many spares the collector
      // (64 vectors of 20 000 records is 5 MB).
      if (this.free.length < 64) this.free.push(vec);
    }
    this.used.length = 0;
  }
}
