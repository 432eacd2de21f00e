import type { DocumentKind, Entry, EntryNature, VerificationLevel } from '../../renderer/core/content/types';
import type { CompiledContent } from './compileContent';
import type { ContentError, ContentGap } from './contentError';
import { formatMissingTranslations, missingContentTranslations, type MissingTranslations } from './translationReport';
import { DOC_KINDS, ENTRY_NATURES } from '../../renderer/core/vocabulary';

// What the content writers and reviewers need to see: how much is written, at which verification
// level and of which nature, every open point (a-verifier notes, partial indicator lists) and every
// gap (entries that name no source).

export interface OpenNote {
  /** Document id, or full entry id. */
  id: string;
  note: string;
}

export type LevelCounts = Record<VerificationLevel, number>;
export type NatureCounts = Record<EntryNature, number>;

export interface ContentReport {
  documents: number;
  entries: number;
  byKind: Record<DocumentKind, { documents: number; entries: number }>;
  /** Entries per verification level and per nature, over the whole pack. */
  levels: LevelCounts;
  natures: NatureCounts;
  /** Law articles and national-law entries (jurisdiction RDC) per level. */
  articles: { total: number } & LevelCounts;
  nationalLaw: { total: number } & LevelCounts;
  indicators: number;
  perDocument: {
    id: string;
    kind: DocumentKind;
    articles: number;
    entries: number;
    /** The document's own level. */
    verification: VerificationLevel;
    levels: LevelCounts;
    natures: NatureCounts;
    openNotes: OpenNote[];
  }[];
  /** Every open point: a-verifier notes (documents and entries) and partial indicator lists. */
  openPoints: OpenNote[];
  gaps: ContentGap[];
  warnings: ContentError[];
  errors: ContentError[];
  translations: MissingTranslations;
}

const countLevels = (entries: readonly Entry[]): LevelCounts => ({
  officiel: entries.filter((e) => e.verification.status === 'officiel').length,
  concordant: entries.filter((e) => e.verification.status === 'concordant').length,
  'a-verifier': entries.filter((e) => e.verification.status === 'a-verifier').length,
});

const countNatures = (entries: readonly Entry[]): NatureCounts =>
  Object.fromEntries(ENTRY_NATURES.map((n) => [n, entries.filter((e) => e.nature === n).length])) as NatureCounts;

export const contentReport = (content: CompiledContent): ContentReport => {
  const { documents, entries } = content;
  const byKind = Object.fromEntries(
    DOC_KINDS.map((kind) => {
      const docs = documents.filter((d) => d.kind === kind);
      return [kind, { documents: docs.length, entries: docs.reduce((n, d) => n + d.entryIds.length, 0) }];
    }),
  ) as ContentReport['byKind'];
  const articles = entries.filter((e) => e.kind === 'article');
  const national = new Set(documents.filter((d) => d.kind === 'law' && d.jurisdiction === 'RDC').map((d) => d.id));
  const nationalEntries = entries.filter((e) => national.has(e.docId));
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  const perDocument = documents.map((d) => {
    const own = d.entryIds.flatMap((id) => entriesById.get(id) ?? []);
    const openNotes: OpenNote[] = [];
    if (d.verification.status === 'a-verifier') openNotes.push({ id: d.id, note: d.verification.note ?? '' });
    if (d.coverage?.status === 'partiel') openNotes.push({ id: d.id, note: `Liste partielle : ${d.coverage.note}` });
    for (const e of own) {
      if (e.verification.status === 'a-verifier') openNotes.push({ id: e.id, note: e.verification.note ?? '' });
    }
    return {
      id: d.id,
      kind: d.kind,
      articles: own.filter((e) => e.kind === 'article').length,
      entries: own.length,
      verification: d.verification.status,
      levels: countLevels(own),
      natures: countNatures(own),
      openNotes,
    };
  });
  return {
    documents: documents.length,
    entries: entries.length,
    byKind,
    levels: countLevels(entries),
    natures: countNatures(entries),
    articles: { total: articles.length, ...countLevels(articles) },
    nationalLaw: { total: nationalEntries.length, ...countLevels(nationalEntries) },
    indicators: entries.filter((e) => e.kind === 'indicator').length,
    perDocument,
    openPoints: perDocument.flatMap((d) => d.openNotes),
    gaps: content.gaps,
    warnings: content.warnings,
    errors: content.errors,
    translations: missingContentTranslations(content),
  };
};

const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const levelsText = (l: LevelCounts): string => `officiel ${l.officiel}, concordant ${l.concordant}, à vérifier ${l['a-verifier']}`;

export const formatReport = (r: ContentReport): string => {
  const lines = [
    `Documents: ${r.documents}   Entrées: ${r.entries}   Indicateurs: ${r.indicators}`,
    `Articles: ${r.articles.total} (${levelsText(r.articles)})`,
    `Droit national (RDC): ${r.nationalLaw.total} entrées (${levelsText(r.nationalLaw)})`,
    `Nature: résumé Dalili ${r.natures.resume}, texte officiel ${r.natures.texte}`,
    '',
    `${pad('kind', 12)}${pad('documents', 11)}entries`,
    ...Object.entries(r.byKind).map(([k, v]) => `${pad(k, 12)}${pad(v.documents, 11)}${v.entries}`),
    '',
    `${pad('document', 34)}${pad('kind', 12)}${pad('entries', 9)}${pad('doc', 12)}${pad('off.', 6)}${pad('conc.', 7)}${pad('à vér.', 8)}notes`,
    ...r.perDocument.map(
      (d) =>
        `${pad(d.id, 34)}${pad(d.kind, 12)}${pad(d.entries, 9)}${pad(d.verification, 12)}` +
        `${pad(d.levels.officiel, 6)}${pad(d.levels.concordant, 7)}${pad(d.levels['a-verifier'], 8)}${d.openNotes.length}`,
    ),
  ];
  if (r.openPoints.length > 0) {
    lines.push('', 'Points ouverts :');
    for (const n of r.openPoints) lines.push(`  ${n.id}: ${n.note}`);
  }
  if (r.gaps.length > 0) {
    lines.push('', `Lacunes (entrées sans source, ne peuvent pas être livrées) : ${r.gaps.length}`);
    for (const g of r.gaps) lines.push(`  ${g.id} (${g.file}:${g.line})`);
  }
  lines.push(...formatMissingTranslations(r.translations));
  if (r.errors.length > 0) lines.push('', `${r.errors.length} error(s): run npm run content:build for the list.`);
  // The three figures a reviewer looks for, last so they are what the terminal shows.
  lines.push('', `Niveaux (toutes entrées) : officiel ${r.levels.officiel} · concordant ${r.levels.concordant} · à vérifier ${r.levels['a-verifier']}`);
  return lines.join('\n');
};
