import type { MessageKey } from '../i18n/catalog';

/** A filter's choices: one per value of a vocabulary list, in its order, labelled from its family. */
export function filterOptions<V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, MessageKey>>,
): { value: V; label: MessageKey }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
