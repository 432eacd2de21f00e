import type { ContentDocument } from '../content';

export type PrintScope = 'article' | 'selection' | 'document';

/**
 * The entries to print, always in document order whatever order they were ticked in. Ids not in
 * the document are ignored; an empty result means there is nothing to print yet.
 */
export function printSelection(
  doc: ContentDocument,
  scope: PrintScope,
  current: string | undefined,
  chosen: ReadonlySet<string>,
): string[] {
  if (scope === 'document') return [...doc.entryIds];
  if (scope === 'article') return current && doc.entryIds.includes(current) ? [current] : [];
  return doc.entryIds.filter((id) => chosen.has(id));
}

/** A file name for the PDF: the document id plus what it holds, safe on every file system. */
export function printFileName(doc: ContentDocument, scope: PrintScope, entryIds: readonly string[]): string {
  const suffix =
    scope === 'document'
      ? ''
      : entryIds.length === 1
        ? `-${(entryIds[0] ?? '').split('/').pop() ?? ''}`
        : `-${entryIds.length}-articles`;
  return `${doc.id}${suffix}.pdf`.replace(/[^a-zA-Z0-9._-]/g, '-');
}
