import {
  DOC_KINDS,
  DOCUMENT_STATUSES,
  isOneOf,
  JURISDICTIONS,
  LANGUAGES,
  TRANSLATION_LANGUAGES,
  VERIFICATION_LEVELS,
} from '../vocabulary';
import { PackError } from './packError';
import { PART, parseJsonPart } from './packManifest';
import type { ContentDocument, Localized, Verification } from './types';

// The list part (`list.json`, issue 17 point 8): the few fields the library's list shows and filters on,
// one line per document, a few kilobytes. It is signed like every part (its hash is in the manifest and
// checked before it is parsed), so the first page needs neither documents.json (0.5 MB) nor zod over it.
// Its shape is checked here by hand, for the same reason; once documents.json is checked, complete()
// also checks that the list says exactly what the documents say.

/** What the library's list shows of a document, and what its filter reads. */
export interface ListedDocument {
  id: string;
  kind: ContentDocument['kind'];
  jurisdiction: ContentDocument['jurisdiction'];
  title: Localized;
  shortName: Localized;
  number?: string;
  citation: string;
  aliases: string[];
  status: ContentDocument['status'];
  verification: Verification;
  languages: ContentDocument['languages'];
  validAsOf: string;
  /** The number of entries (articles, indicators, steps…) the document holds. */
  entryCount: number;
}

/** A document's line in the list part: the compiler writes these, complete() compares with them. */
export const listedDocument = (doc: ContentDocument): ListedDocument => ({
  id: doc.id,
  kind: doc.kind,
  jurisdiction: doc.jurisdiction,
  title: doc.title,
  shortName: doc.shortName,
  ...(doc.number !== undefined ? { number: doc.number } : {}),
  citation: doc.citation,
  aliases: doc.aliases,
  status: doc.status,
  verification: doc.verification,
  languages: doc.languages,
  validAsOf: doc.validAsOf,
  entryCount: doc.entryIds.length,
});

class Shape extends Error {}

const record = (value: unknown, at: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Shape(`${at}: object expected`);
  return value as Record<string, unknown>;
};
const text = (value: unknown, at: string): string => {
  if (typeof value !== 'string') throw new Shape(`${at}: string expected`);
  return value;
};
const optionalText = (value: unknown, at: string): string | undefined => (value === undefined ? undefined : text(value, at));
const oneOf = <const T extends string>(list: readonly T[], value: unknown, at: string): T => {
  if (!isOneOf(list, value)) throw new Shape(`${at}: unknown value`);
  return value;
};
const list = <T>(value: unknown, at: string, item: (v: unknown, at: string) => T): T[] => {
  if (!Array.isArray(value)) throw new Shape(`${at}: array expected`);
  return value.map((v, i) => item(v, `${at}.${i}`));
};
const localized = (value: unknown, at: string): Localized => {
  const raw = record(value, at);
  const out: Localized = { fr: text(raw.fr, `${at}.fr`) };
  for (const lang of TRANSLATION_LANGUAGES) {
    const t = optionalText(raw[lang], `${at}.${lang}`);
    if (t !== undefined) out[lang] = t;
  }
  return out;
};

const listed = (value: unknown, at: string): ListedDocument => {
  const raw = record(value, at);
  const verification = record(raw.verification, `${at}.verification`);
  const note = optionalText(verification.note, `${at}.verification.note`);
  const number = optionalText(raw.number, `${at}.number`);
  const entryCount = raw.entryCount;
  if (typeof entryCount !== 'number' || !Number.isInteger(entryCount) || entryCount < 0) {
    throw new Shape(`${at}.entryCount: count expected`);
  }
  return {
    id: text(raw.id, `${at}.id`),
    kind: oneOf(DOC_KINDS, raw.kind, `${at}.kind`),
    jurisdiction: oneOf(JURISDICTIONS, raw.jurisdiction, `${at}.jurisdiction`),
    title: localized(raw.title, `${at}.title`),
    shortName: localized(raw.shortName, `${at}.shortName`),
    ...(number !== undefined ? { number } : {}),
    citation: text(raw.citation, `${at}.citation`),
    aliases: list(raw.aliases, `${at}.aliases`, text),
    status: oneOf(DOCUMENT_STATUSES, raw.status, `${at}.status`),
    verification: {
      status: oneOf(VERIFICATION_LEVELS, verification.status, `${at}.verification.status`),
      ...(note !== undefined ? { note } : {}),
    },
    languages: list(raw.languages, `${at}.languages`, (v, a) => oneOf(LANGUAGES, v, a)),
    validAsOf: text(raw.validAsOf, `${at}.validAsOf`),
    entryCount,
  };
};

/** Parses the list part, whose hash has been checked; a wrong shape or an id twice is 'malformed'. */
export const parseListPart = (bytes: Uint8Array): ListedDocument[] => {
  let documents: ListedDocument[];
  try {
    documents = list(parseJsonPart(bytes, PART.list), '', listed);
  } catch (error) {
    if (error instanceof Shape) throw new PackError('malformed', PART.list, error.message.replace(/^\./, ''));
    throw error;
  }
  const ids = new Set<string>();
  for (const d of documents) {
    if (ids.has(d.id)) throw new PackError('malformed', PART.list, `${d.id} twice`);
    ids.add(d.id);
  }
  return documents;
};

/** The same value whatever the order of its keys. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * The list must say exactly what the documents say, in the same order: a signed but inconsistent pack
 * (a builder bug, a hand-made pack) is refused as 'malformed' on the list part rather than shown.
 */
export const checkListMatches = (shown: readonly ListedDocument[], documents: readonly ContentDocument[]): void => {
  if (shown.length !== documents.length) throw new PackError('malformed', PART.list, 'not the documents');
  documents.forEach((doc, i) => {
    if (canonical(shown[i]) !== canonical(listedDocument(doc))) throw new PackError('malformed', PART.list, doc.id);
  });
};
