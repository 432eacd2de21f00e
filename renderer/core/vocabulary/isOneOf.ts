/** Narrows a value read from outside (an address, a form, a file) to one of a declared list. */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
