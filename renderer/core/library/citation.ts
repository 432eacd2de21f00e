import type { ContentDocument, Entry, EntryNature, Lang, OfficialReference, Verification } from '../content';
import { localizedText } from './contentLanguage';
import { fillTemplate } from './fillTemplate';
import { formatDate } from './formatDate';
import { markdownToPlain } from './markdownToPlain';

/** Which pack a text was read in: a citation copied from Dalili says so, so it can be checked later. */
export interface PackStamp {
  packVersion: number;
  validAsOf: string;
}

/**
 * The translated pieces a citation is built from (from the UI catalogue). Templates use `{name}`:
 * provenance {version} {date}; the level words have no placeholder; note {note}; translation {lang}.
 */
export interface CitationWords {
  lang: Lang;
  provenance: string;
  officiel: string;
  concordant: string;
  toVerify: string;
  /** The one-line warning put above a copied text ("Résumé Dalili, pas le texte officiel : …"). */
  natureLine: Readonly<Record<EntryNature, string>>;
  verificationLine: string;
  sourceLine: string;
  translationNote: string;
  languageNames: Readonly<Record<Lang, string>>;
  /** Issue 20. Who keyed and checked an official text: {keyedBy} {keyedOn} {verifiedBy} {verifiedOn}. */
  keyedLine: string;
  /** The dates of a version in time: {from} {until}, or {from} alone while it is in force. */
  versionSpan: string;
  versionSince: string;
  /** The instrument that made the version: {madeBy}. */
  madeByLine: string;
}

/** "Journal officiel …, n° 1, 1er janvier 2010, p. 7": the reference as a lawyer reads it. */
export function officialReferenceText(reference: OfficialReference, lang: Lang): string {
  return [reference.publication, reference.number, formatDate(reference.date, lang), reference.page]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/** "version en vigueur du … au …" for an entry that has versions in time, else undefined. */
export function versionSpanText(entry: Entry, words: CitationWords): string | undefined {
  const inForce = entry.inForce;
  if (!inForce) return undefined;
  const from = formatDate(inForce.from, words.lang);
  return inForce.until
    ? fillTemplate(words.versionSpan, { from, until: formatDate(inForce.until, words.lang) })
    : fillTemplate(words.versionSince, { from });
}

/**
 * The citation as a lawyer writes it. The compiler already gives each entry its French legal form
 * ("Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53"); a document cites
 * its own `citation`. Whitespace is normalised so a citation never breaks across lines.
 */
export function legalCitation(target: ContentDocument | Entry): string {
  return target.citation.replace(/\s+/g, ' ').trim();
}

export function verificationWord(verification: Verification, words: CitationWords): string {
  if (verification.status === 'officiel') return words.officiel;
  return verification.status === 'concordant' ? words.concordant : words.toVerify;
}

/**
 * The citation to paste: legal form, then where it was read and its verification level, e.g.
 * "Loi n° 09/001 du …, art. 53 (Dalili, bibliothèque v3 à jour au 1er mars 2026 ; niveau : à vérifier)".
 * It cites the article, not Dalili's words, so it carries the level but no text.
 */
export function citationWithStamp(
  target: ContentDocument | Entry,
  stamp: PackStamp,
  words: CitationWords,
): string {
  const provenance = fillTemplate(words.provenance, {
    version: stamp.packVersion,
    date: formatDate(stamp.validAsOf, words.lang),
  });
  // An entry read in its official wording cites where that wording was published, and which version it is.
  const entry = 'docId' in target ? target : undefined;
  const span = entry ? versionSpanText(entry, words) : undefined;
  const reference = entry?.official ? officialReferenceText(entry.official.reference, words.lang) : undefined;
  const inside = [reference, provenance, verificationWord(target.verification, words)]
    .filter(Boolean)
    .join(' ; ');
  return `${legalCitation(target)}${span ? `, ${span}` : ''} (${inside})`;
}

/**
 * One article as plain text with everything needed to rely on it: what the text is (Dalili's summary,
 * not the official wording) first, then heading, text in the language read, a note when it is a
 * translation or a French fallback, the stamped citation and, when the text is still to be verified,
 * what remains to check.
 */
export function articleCopyText(entry: Entry, lang: Lang, stamp: PackStamp, words: CitationWords): string {
  // With an official text, that is what is copied (French, as published), never Dalili's summary.
  const official = entry.official;
  const shown = official ? { text: official.text, lang: 'fr' as const } : localizedText(entry.text, lang);
  const lines = [
    `[${words.natureLine[official ? 'texte' : entry.nature]}]`,
    '',
    entry.heading,
    '',
    markdownToPlain(shown.text),
    '',
  ];
  if (official) {
    lines.push(
      fillTemplate(words.keyedLine, {
        keyedBy: official.keyedBy,
        keyedOn: formatDate(official.keyedOn, words.lang),
        verifiedBy: official.verifiedBy,
        verifiedOn: formatDate(official.verifiedOn, words.lang),
      }),
    );
  }
  if (entry.inForce) lines.push(fillTemplate(words.madeByLine, { madeBy: entry.inForce.madeBy }));
  if (shown.lang !== 'fr') {
    lines.push(fillTemplate(words.translationNote, { lang: words.languageNames[shown.lang] }));
  }
  lines.push(fillTemplate(words.sourceLine, { citation: citationWithStamp(entry, stamp, words) }));
  if (entry.verification.status === 'a-verifier' && entry.verification.note) {
    lines.push(fillTemplate(words.verificationLine, { note: entry.verification.note.trim() }));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
