// Small hand checks of JSON shapes, for the few small signed inputs read before the first page
// (manifest, signature file, certificate, revocation list): zod, which checks them elsewhere
// (trustSchemas.ts, the reference the tests compare these checks with), is 170 KB of start-up code
// (issue 17, point 8). Each check throws Shape with where it failed; the caller turns it into its error.

export class Shape extends Error {}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const record = (value: unknown, at: string): Raw => {
  if (!isRecord(value)) throw new Shape(`${at}: object expected`);
  return value;
};

/** An object with exactly these keys allowed (zod's strictObject): any other key is refused. */
export const strictRecord = (value: unknown, at: string, keys: readonly string[]): Raw => {
  const raw = record(value, at);
  for (const key of Object.keys(raw)) if (!keys.includes(key)) throw new Shape(`${at}.${key}: unexpected key`);
  return raw;
};

export const text = (value: unknown, at: string, { min = 0, max = Infinity, pattern }: { min?: number; max?: number; pattern?: RegExp } = {}): string => {
  if (typeof value !== 'string') throw new Shape(`${at}: string expected`);
  if (value.length < min || value.length > max) throw new Shape(`${at}: length`);
  if (pattern && !pattern.test(value)) throw new Shape(`${at}: format`);
  return value;
};

/** A safe integer (zod 4's `.int()`), within bounds. */
export const integer = (value: unknown, at: string, { min = -Infinity, max = Infinity }: { min?: number; max?: number } = {}): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Shape(`${at}: integer expected`);
  if (value < min || value > max) throw new Shape(`${at}: out of range`);
  return value;
};

export const literal = <const T extends string | number>(value: unknown, at: string, expected: T): T => {
  if (value !== expected) throw new Shape(`${at}: ${String(expected)} expected`);
  return expected;
};

export const list = <T>(value: unknown, at: string, item: (v: unknown, at: string) => T, max = Infinity): T[] => {
  if (!Array.isArray(value)) throw new Shape(`${at}: array expected`);
  if (value.length > max) throw new Shape(`${at}: too many items`);
  return value.map((v, i) => item(v, `${at}.${i}`));
};
