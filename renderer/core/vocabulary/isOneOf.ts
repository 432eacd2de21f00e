/** Narrows a value read from outside (an address, a form, a file) to one of a declared list. */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** One value per member of a list, typed so that every member has one (labels, counts). */
export function mapValues<const T extends string, R>(
  list: readonly T[],
  make: (value: T) => R,
): Record<T, R> {
  return Object.fromEntries(list.map((value) => [value, make(value)])) as Record<T, R>;
}
