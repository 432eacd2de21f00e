import type { StoredRecord } from '../vault';

const IV_BYTES = 12;

/**
 * What an export's first pass saw of each row, compactly (about 80 bytes a row: 3 MB for 30,000
 * records), so the second pass can tell that the row it writes is the one it measured. A re-save
 * changes the IV (fresh for every encryption) even within the same millisecond.
 */
export class ExportSnapshot {
  private readonly ids: string[] = [];
  private readonly updatedAt: number[] = [];
  private readonly sizes: number[] = [];
  private ivs = new Uint8Array(IV_BYTES * 1024);

  get length(): number {
    return this.ids.length;
  }

  /** Remembers a row and returns its frame size. */
  add(row: StoredRecord, frameSize: number): number {
    const at = this.ids.length * IV_BYTES;
    if (at + IV_BYTES > this.ivs.length) {
      const grown = new Uint8Array(this.ivs.length * 2);
      grown.set(this.ivs);
      this.ivs = grown;
    }
    this.ivs.set(row.iv, at);
    this.ids.push(row.id);
    this.updatedAt.push(row.updatedAt);
    this.sizes.push(frameSize);
    return frameSize;
  }

  /** How many rows from `index` on fit in `bytes` of frames (at least one, at most `maxRows`). */
  rowsFitting(index: number, bytes: number, maxRows: number): number {
    let n = 0;
    for (let total = 0; index + n < this.sizes.length && n < maxRows; n++) {
      total += this.sizes[index + n]!;
      if (total > bytes && n > 0) break;
    }
    return Math.max(1, n);
  }

  matches(index: number, row: StoredRecord, frameSize: number): boolean {
    if (
      index >= this.ids.length ||
      this.ids[index] !== row.id ||
      this.updatedAt[index] !== row.updatedAt ||
      this.sizes[index] !== frameSize
    )
      return false;
    const at = index * IV_BYTES;
    for (let i = 0; i < IV_BYTES; i++) if (this.ivs[at + i] !== row.iv[i]) return false;
    return true;
  }
}
