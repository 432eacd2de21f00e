// A list of record numbers that keeps its room from one query to the next. A plain array emptied with
// `length = 0` gives its storage back, so every query grew its lists again from nothing: on the bundled
// pack that was most of the memory a search allocated (some 40 KB a query), and the collector's pauses
// fell on whichever query came next.

export class NumList {
  /** The numbers are items[0 … length); read `items` after pushing, since growing replaces it. */
  items: Int32Array;
  length = 0;

  /** `capacity`: the most numbers the list will ever hold (a record is listed at most once). */
  constructor(private readonly capacity: number) {
    this.items = new Int32Array(Math.min(capacity, 64));
  }

  push(n: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(Math.min(Math.max(this.capacity, this.length + 1), this.length * 2 + 16));
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = n;
  }

  clear(): void {
    this.length = 0;
  }
}
