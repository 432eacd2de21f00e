import type { ContentDocument, DocumentKind, Entry, EntryKind, Jurisdiction } from '../content/types';

// What search knows about each searchable thing, documents and entries alike: the fields it indexes and
// what filters, grouping and snippets need. Built the same way by the pack compiler and by the app.

export type RecordKind = 'document' | EntryKind;

export interface SearchRecord {
  id: string;
  docId: string;
  kind: RecordKind;
  docKind: DocumentKind;
  jurisdiction: Jurisdiction;
  /** Article number as written ("53", "174 bis"). */
  number?: string;
  citation: string;
  /** The entry heading, or the document's French title. */
  heading: string;
  /**
   * The record's own names, indexed as its title: an entry's heading, number and lead label; a document's
   * title, short names, citation, number and aliases. An entry does not repeat its document's names, or
   * every article of a convention would match the words of the convention's title.
   */
  names: string;
  /** Documents only: the short names, number and aliases people use to cite it. */
  aliases?: string[];
  /** Plain text per language, one paragraph with single spaces ('' where not written). */
  text: { fr: string; en: string; sw: string };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Markdown to plain text, line by line: link targets and markup go, labels stay. */
const stripMarkdown = (markdown: string | undefined): string =>
  (markdown ?? '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`[\]|]/g, '')
    .replace(/[ \t]+/g, ' ');

/** Markdown to one paragraph of plain text: line breaks and runs of spaces become one space (snippets quote it as is). */
export const plainText = (markdown: string | undefined): string => oneLine(stripMarkdown(markdown));

const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' ; ');

/** "Prostitution forcée : le fait de …" → "Prostitution forcée": the label many articles open with. */
export const leadLabel = (text: string): string | undefined => {
  const m = /^([^:.;\n]{3,60}?)\s:\s/.exec(text.trim());
  // A label is short ("Esclavage sexuel", "Champ d'application"); a longer lead is a sentence.
  return m?.[1] && m[1].split(/\s+/).length <= 5 ? m[1] : undefined;
};

const list = (items: string[] | undefined): string => (items ?? []).map(oneLine).join(' ; ');

export const entryRecord = (e: Entry, d: ContentDocument): SearchRecord => ({
  id: e.id,
  docId: e.docId,
  kind: e.kind,
  docKind: d.kind,
  jurisdiction: d.jurisdiction,
  ...(e.number !== undefined ? { number: e.number } : {}),
  citation: e.citation,
  heading: e.heading,
  names: join(e.heading, e.number ? `art. ${e.number}` : undefined, leadLabel(stripMarkdown(e.text.fr)), leadLabel(stripMarkdown(e.text.en))),
  text: {
    fr: join(plainText(e.text.fr), list(e.questions?.fr)),
    en: join(plainText(e.text.en), list(e.questions?.en)),
    sw: join(plainText(e.text.sw), list(e.questions?.sw)),
  },
});

export const documentRecord = (d: ContentDocument): SearchRecord => ({
  id: d.id,
  docId: d.id,
  kind: 'document',
  docKind: d.kind,
  jurisdiction: d.jurisdiction,
  citation: d.citation,
  heading: d.title.fr,
  names: join(d.title.fr, d.shortName.fr, d.shortName.en, d.shortName.sw, d.citation, d.number, ...d.aliases),
  aliases: [d.shortName.fr, d.shortName.en, d.shortName.sw, d.number, ...d.aliases].filter((a): a is string => Boolean(a)),
  text: {
    fr: plainText(d.summary?.fr),
    en: join(d.title.en, plainText(d.summary?.en)),
    sw: join(d.title.sw, plainText(d.summary?.sw)),
  },
});

/** Documents first, then entries, each in pack order: the numbering the index uses. */
export const recordsFromContent = (documents: readonly ContentDocument[], entries: readonly Entry[]): SearchRecord[] => {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out = documents.map(documentRecord);
  for (const e of entries) {
    const d = byId.get(e.docId);
    if (d) out.push(entryRecord(e, d));
  }
  return out;
};
