import { concatBytes, sha256 } from '../../../renderer/core/text';

/** mulberry32: a tiny seeded PRNG, so every fuzz run tries exactly the same files. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type MutationKind = 'bit-flip' | 'truncate' | 'insert' | 'length-field' | 'byte-set';

export interface Mutation {
  kind: MutationKind;
  /** The container's hash recomputed afterwards: what a deliberate forger would do, to reach the parser. */
  rehashed: boolean;
  bytes: Uint8Array<ArrayBuffer>;
}

const KINDS: MutationKind[] = ['bit-flip', 'truncate', 'insert', 'length-field', 'byte-set'];
/** Offsets of the container's length fields (header length, body length high/low). */
const LENGTH_FIELDS = [12, 16, 20];

export function mutate(file: Uint8Array, random: () => number): Omit<Mutation, 'rehashed'> {
  const int = (n: number) => Math.floor(random() * n);
  const kind = KINDS[int(KINDS.length)]!;
  const out = new Uint8Array(file);
  switch (kind) {
    case 'bit-flip': {
      const flips = 1 + int(4);
      for (let i = 0; i < flips; i++) {
        const at = int(out.length);
        out[at] = out[at]! ^ (1 << int(8));
      }
      return { kind, bytes: out };
    }
    case 'truncate':
      return { kind, bytes: out.slice(0, int(out.length)) };
    case 'insert': {
      const at = int(out.length + 1);
      const extra = Uint8Array.from({ length: 1 + int(16) }, () => int(256));
      return { kind, bytes: concatBytes(out.subarray(0, at), extra, out.subarray(at)) };
    }
    case 'length-field': {
      // Either a container length or, half the time, a 4-byte window anywhere (frame lengths).
      const at =
        random() < 0.5 ? LENGTH_FIELDS[int(LENGTH_FIELDS.length)]! : int(Math.max(1, out.length - 4));
      const view = new DataView(out.buffer);
      const choices = [
        0,
        1,
        0xffffffff,
        0x7fffffff,
        view.getUint32(at) + 1,
        view.getUint32(at) - 1,
        int(2 ** 32),
      ];
      view.setUint32(at, choices[int(choices.length)]! >>> 0);
      return { kind, bytes: out };
    }
    case 'byte-set': {
      const at = int(out.length);
      out[at] = [0, 0xff, 0x22, 0x7b, 0x5d, 0x2c][int(6)]!;
      return { kind, bytes: out };
    }
  }
}

/** Replaces the trailing SHA-256 with the hash of everything before it (no-op on tiny files). */
export async function rehash(file: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (file.length < 56) return file;
  const content = file.slice(0, file.length - 32);
  return concatBytes(content, await sha256(content));
}

/** `count` mutated files, each different from the original. */
export async function mutations(file: Uint8Array, count: number, seed: number): Promise<Mutation[]> {
  const random = seededRandom(seed);
  const out: Mutation[] = [];
  while (out.length < count) {
    const m = mutate(file, random);
    const rehashed = random() < 0.5;
    const bytes = rehashed ? await rehash(m.bytes) : m.bytes;
    // A mutation that changed nothing (a byte set to its own value, a change to the hash that the
    // rehash undid) is not a test.
    if (bytes.length === file.length && bytes.every((b, i) => b === file[i])) continue;
    out.push({ ...m, rehashed, bytes });
  }
  return out;
}
