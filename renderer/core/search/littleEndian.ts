// Uint32 arrays as little-endian bytes, the layout of the binary parts of the search export (word offsets,
// backwards order), whatever the byte order of the computer that reads them.

/** Writes `values` from byte `at`; returns the byte after the last one written. */
export const writeUint32s = (view: DataView, at: number, values: ArrayLike<number>): number => {
  for (let i = 0; i < values.length; i += 1) view.setUint32(at + i * 4, values[i]!, true);
  return at + values.length * 4;
};

export const readUint32s = (view: DataView, at: number, count: number): Uint32Array => {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) out[i] = view.getUint32(at + i * 4, true);
  return out;
};
