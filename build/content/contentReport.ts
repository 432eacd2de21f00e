import type { DocumentKind } from '../../renderer/core/content/types';
import type { CompiledContent } from './compileContent';
import type { ContentError } from './contentError';

// What the content writers and reviewers need to see: how much is written, how much is verified,
// and every open verification note.

export interface OpenNote {
  /** Document id, or full entry id. */
  id: string;
  note: string;
}

export interface ContentReport {
  documents: number;
  entries: number;
  byKind: Record<DocumentKind, { documents: number; entries: number }>;
  articles: { total: number; verifie: number; aVerifier: number };
  entriesVerification: { verifie: number; aVerifier: number };
  indicators: number;
  perDocument: {
    id: string;
    kind: DocumentKind;
    articles: number;
    entries: number;
    verification: string;
    openNotes: OpenNote[];
  }[];
  errors: ContentError[];
}

export const contentReport = (content: CompiledContent): ContentReport => {
  const { documents, entries } = content;
  const kinds: DocumentKind[] = ['law', 'indicators', 'guideline', 'directory'];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const docs = documents.filter((d) => d.kind === kind);
      return [kind, { documents: docs.length, entries: docs.reduce((n, d) => n + d.entryIds.length, 0) }];
    }),
  ) as ContentReport['byKind'];
  const articles = entries.filter((e) => e.kind === 'article');
  const verifie = (list: typeof entries): number => list.filter((e) => e.verification.status === 'verifie').length;
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  return {
    documents: documents.length,
    entries: entries.length,
    byKind,
    articles: { total: articles.length, verifie: verifie(articles), aVerifier: articles.length - verifie(articles) },
    entriesVerification: { verifie: verifie(entries), aVerifier: entries.length - verifie(entries) },
    indicators: entries.filter((e) => e.kind === 'indicator').length,
    perDocument: documents.map((d) => {
      const own = d.entryIds.flatMap((id) => entriesById.get(id) ?? []);
      const openNotes: OpenNote[] = [];
      if (d.verification.status === 'a-verifier') openNotes.push({ id: d.id, note: d.verification.note ?? '' });
      for (const e of own) {
        if (e.verification.status === 'a-verifier') openNotes.push({ id: e.id, note: e.verification.note ?? '' });
      }
      return {
        id: d.id,
        kind: d.kind,
        articles: own.filter((e) => e.kind === 'article').length,
        entries: own.length,
        verification: d.verification.status,
        openNotes,
      };
    }),
    errors: content.errors,
  };
};

const pad = (s: string | number, n: number): string => String(s).padEnd(n);

export const formatReport = (r: ContentReport): string => {
  const lines = [
    `Documents: ${r.documents}   Entrées: ${r.entries}   Indicateurs: ${r.indicators}`,
    `Articles: ${r.articles.total} (vérifiés ${r.articles.verifie}, à vérifier ${r.articles.aVerifier})`,
    `Toutes entrées: vérifiées ${r.entriesVerification.verifie}, à vérifier ${r.entriesVerification.aVerifier}`,
    '',
    `${pad('kind', 12)}${pad('documents', 11)}entries`,
    ...Object.entries(r.byKind).map(([k, v]) => `${pad(k, 12)}${pad(v.documents, 11)}${v.entries}`),
    '',
    `${pad('document', 34)}${pad('kind', 12)}${pad('articles', 10)}${pad('entries', 9)}${pad('doc', 12)}notes`,
    ...r.perDocument.map(
      (d) => `${pad(d.id, 34)}${pad(d.kind, 12)}${pad(d.articles, 10)}${pad(d.entries, 9)}${pad(d.verification, 12)}${d.openNotes.length}`,
    ),
  ];
  const withNotes = r.perDocument.filter((d) => d.openNotes.length > 0);
  if (withNotes.length > 0) {
    lines.push('', 'À vérifier :');
    for (const d of withNotes) for (const n of d.openNotes) lines.push(`  ${n.id}: ${n.note}`);
  }
  if (r.errors.length > 0) lines.push('', `${r.errors.length} error(s): run npm run content:build for the list.`);
  return lines.join('\n');
};
