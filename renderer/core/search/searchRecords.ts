import { LANGUAGES, mapValues, REFERENCE_LANGUAGE } from '../vocabulary';
import { tokenSpans } from './analyzer';
import type {
  ContentDocument,
  DocumentKind,
  Entry,
  EntryKind,
  Jurisdiction,
  Lang,
  Localized,
} from '../content';

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
  /** Documents only: its short names in fr, en, sw ("CDE", "Code pénal"). */
  shortNames?: string[];
  /** Plain text per language, one paragraph with single spaces ('' where not written). */
  text: Record<Lang, string>;
  /**
   * Context, indexed apart and weighted less than the record's own words: the structure headings above an
   * entry ("Titre IV — Dispositions pénales"); for an indicator, a step or an actor, the title of its set
   * ("Signaux d'alerte sur les sites miniers artisanaux": a law's title is left out, or every article of a
   * convention would match the words of its title); and what the rest of the library says where it cites
   * the record (anchor text): the words of each sentence that links to it ("Pour un enfant trouvé sur un
   * site minier : lire d'abord [art. 50]…") and the headings of the indicators that name it among their
   * provisions or referral steps.
   */
  context?: string;
  /** The entry states a penalty (the content's structured `penalty`): a query asking for one prefers it. */
  penalty?: true;
  /** Records this one cites (its links, provisions and referral steps): a good match lends them some of its score. */
  cites?: string[];
  /**
   * An earlier version of an entry (issue 20): the entry's id, and the dates that version was in force. Its
   * record holds only that version's texts; a hit on it stands for the entry, flagged as an older match.
   */
  versionOf?: { id: string; from: string; until: string };
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
  ...(e.penalty ? { penalty: true as const } : {}),
  citation: e.citation,
  heading: e.heading,
  names: join(
    e.heading,
    e.number ? `art. ${e.number}` : undefined,
    leadLabel(stripMarkdown(e.text.fr)),
    leadLabel(stripMarkdown(e.text.en)),
  ),
  // The official wording is French: it is searched with Dalili's French summary (issue 20).
  text: mapValues(LANGUAGES, (l) =>
    join(l === 'fr' ? plainText(e.official?.text) : undefined, plainText(e.text[l]), list(e.questions?.[l])),
  ),
});

/** One record per earlier version of an entry: its texts only, no names, so only its wording can match. */
export const versionRecords = (e: Entry, d: ContentDocument): SearchRecord[] =>
  (e.versions ?? []).map((v) => {
    const own = entryRecord(
      { ...e, text: v.text, ...(v.official ? { official: v.official } : { official: undefined }) },
      d,
    );
    return {
      id: `${e.id}@${v.inForce.from}`,
      docId: own.docId,
      kind: own.kind,
      docKind: own.docKind,
      jurisdiction: own.jurisdiction,
      citation: own.citation,
      heading: own.heading,
      names: '',
      text: mapValues(LANGUAGES, (l) =>
        join(l === 'fr' ? plainText(v.official?.text) : undefined, plainText(v.text[l])),
      ),
      versionOf: { id: e.id, from: v.inForce.from, until: v.inForce.until },
    };
  });

/** A localized text's versions, French first, in the vocabulary's order ('' where not written). */
const inEveryLanguage = (l: Localized): (string | undefined)[] => LANGUAGES.map((lang) => l[lang]);

export const documentRecord = (d: ContentDocument): SearchRecord => ({
  id: d.id,
  docId: d.id,
  kind: 'document',
  docKind: d.kind,
  jurisdiction: d.jurisdiction,
  citation: d.citation,
  heading: d.title.fr,
  names: join(d.title.fr, ...inEveryLanguage(d.shortName), d.citation, d.number, ...d.aliases),
  aliases: [...inEveryLanguage(d.shortName), d.number, ...d.aliases].filter((a): a is string => Boolean(a)),
  shortNames: inEveryLanguage(d.shortName).filter((a): a is string => Boolean(a)),
  // The French title is the record's heading and names already: only translated titles join the text.
  text: mapValues(LANGUAGES, (l) =>
    l === REFERENCE_LANGUAGE ? plainText(d.summary?.fr) : join(d.title[l], plainText(d.summary?.[l])),
  ),
});

const LINK = /\[[^\]]*\]\(#\/doc\/([^)\s]+)\)/g;
// Links become markers before the text is cut into sentences: a label such as "art. 53" holds a full stop.
const MARK = /\u27e6([^\u27e7]+)\u27e7/g;

/** Sentences and list items of a Markdown text that hold links, as [cited ids, words around them]. */
const citingSentences = (markdown: string | undefined): [string[], string][] =>
  (markdown ?? '')
    .replace(LINK, (_m, id: string) => ` \u27e6${id}\u27e7 `)
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((sentence): [string[], string] => [
      [...sentence.matchAll(MARK)].map((m) => m[1]!),
      plainText(sentence.replace(MARK, ' ')),
    ])
    .filter(([ids, words]) => ids.length > 0 && words !== '');

/**
 * Anchor text by cited record id, and the ids each record cites, from every document summary and entry of
 * the pack. `sentences`: the sentences of document summaries that link to it, the library's own guide to
 * what a provision is for ("Pour un enfant trouvé sur un site minier : lire d'abord [art. 50], [art. 53]");
 * `headings`: what entries say where they cite it, the sentences of their texts and, for an indicator that
 * lists it among its provisions, its heading; these describe the citing entry's situation.
 */
export const anchorTexts = (
  documents: readonly ContentDocument[],
  entries: readonly Entry[],
): { sentences: Map<string, string[]>; headings: Map<string, string[]>; cites: Map<string, Set<string>> } => {
  const sentences = new Map<string, string[]>();
  const headings = new Map<string, string[]>();
  const cites = new Map<string, Set<string>>();
  const add = (from: string, id: string, words: string, into?: Map<string, string[]>): void => {
    if (id === from) return;
    // A referral step cited by an indicator (no `into`): a citation, but the indicator's heading says what
    // the situation is, not what the step is about.
    if (into) into.set(id, [...(into.get(id) ?? []), words]);
    const cited = cites.get(from);
    if (cited) cited.add(id);
    else cites.set(from, new Set([id]));
  };
  for (const d of documents)
    for (const text of d.summary ? inEveryLanguage(d.summary) : [])
      for (const [ids, words] of citingSentences(text)) for (const id of ids) add(d.id, id, words, sentences);
  for (const e of entries) {
    for (const text of inEveryLanguage(e.text))
      for (const [ids, words] of citingSentences(text)) for (const id of ids) add(e.id, id, words, headings);
    for (const id of e.provisions ?? []) add(e.id, id, e.heading, headings);
    for (const id of e.referral ?? []) add(e.id, id, '');
  }
  return { sentences, headings, cites };
};

/**
 * Past this many citing entries, a record is a hub (the Palermo definition is listed by 126 indicators): a
 * word only a few of them say describes their own situations, not the hub. Its anchors from entries then
 * keep the words at least one in ANCHOR_AGREEMENT of them share. Summary sentences are all kept.
 */
export const ANCHOR_AGREEMENT = 16;

/** Anchors from entries of one record: all of them, or for a hub only the words its citers agree on. */
export const agreedAnchorText = (headings: readonly string[]): string[] => {
  if (headings.length <= ANCHOR_AGREEMENT) return [...headings];
  const spans = headings.map((s) => tokenSpans(s));
  const citers = new Map<string, number>();
  for (const list of spans)
    for (const term of new Set(list.map((x) => x.term))) citers.set(term, (citers.get(term) ?? 0) + 1);
  const floor = Math.ceil(headings.length / ANCHOR_AGREEMENT);
  return headings
    .map((s, i) =>
      spans[i]!.filter((x) => citers.get(x.term)! >= floor)
        .map((x) => s.slice(x.start, x.end))
        .join(' '),
    )
    .filter((s) => s !== '');
};

/** Documents first, then entries, each in pack order: the numbering the index uses. */
export const recordsFromContent = (
  documents: readonly ContentDocument[],
  entries: readonly Entry[],
): SearchRecord[] => {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const { sentences, headings, cites } = anchorTexts(documents, entries);
  const withContext = (r: SearchRecord, own: (string | undefined)[]): SearchRecord => {
    const context = join(
      ...own,
      ...(sentences.get(r.id) ?? []),
      ...agreedAnchorText(headings.get(r.id) ?? []),
    );
    const cited = cites.get(r.id);
    return { ...r, ...(context ? { context } : {}), ...(cited ? { cites: [...cited] } : {}) };
  };
  const out = documents.map((d) => withContext(documentRecord(d), []));
  for (const e of entries) {
    const d = byId.get(e.docId);
    if (d) out.push(withContext(entryRecord(e, d), [...e.path, d.kind === 'law' ? undefined : d.title.fr]));
  }
  // Earlier versions last, so the numbering of every other record is the same as without them.
  for (const e of entries) {
    const d = byId.get(e.docId);
    if (d) out.push(...versionRecords(e, d));
  }
  return out;
};
