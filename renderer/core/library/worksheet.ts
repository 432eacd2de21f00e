import type { ContentDocument, Entry, Penalty, VerificationLevel } from '../content';
import { legalCitation } from './citation';
import { markdownToPlain } from './markdownToPlain';

// The verification worksheet an office jurist fills in against the Journal officiel: per entry, the
// citation, Dalili's summary (never passed off as the official text), what to check, and blank lines
// for the JO reference and the verifier's initials. Built once here for both the app's print view and
// `npm run content:worksheet`.

export type WorksheetCheck =
  | { kind: 'number' }
  | { kind: 'wording' }
  | { kind: 'penalty'; penalty: string }
  | { kind: 'open'; note: string };

export interface WorksheetRow {
  id: string;
  heading: string;
  citation: string;
  level: VerificationLevel;
  /** Dalili's summary in French (the reference language), as plain text. */
  summary: string;
  sources: string[];
  checks: WorksheetCheck[];
}

export const penaltyText = (p: Penalty): string =>
  [p.min, p.max, p.fine, p.note].filter((x): x is string => !!x).join(' ; ');

/**
 * The entries of a document in the order of its worksheet (issue 20, point 4): document order, the one
 * order both the printed sheet and the workshop's « Entrée suivante » follow, so an office keys a filled
 * paper sheet straight in. `only` keeps a selection (a print of some entries) in that same order.
 */
export function worksheetEntries(
  doc: ContentDocument,
  entryById: (id: string) => Entry | undefined,
  only?: readonly string[],
): Entry[] {
  const keep = only ? new Set(only) : null;
  return doc.entryIds.flatMap((id): Entry[] => {
    if (keep && !keep.has(id)) return [];
    const entry = entryById(id);
    return entry ? [entry] : [];
  });
}

export function worksheetRows(entries: readonly Entry[]): WorksheetRow[] {
  return entries.map((entry) => {
    const checks: WorksheetCheck[] = [];
    if (entry.number) checks.push({ kind: 'number' });
    checks.push({ kind: 'wording' });
    if (entry.penalty) checks.push({ kind: 'penalty', penalty: penaltyText(entry.penalty) });
    if (entry.verification.note) checks.push({ kind: 'open', note: entry.verification.note.trim() });
    return {
      id: entry.id,
      heading: entry.heading,
      citation: legalCitation(entry),
      level: entry.verification.status,
      summary: markdownToPlain(entry.text.fr),
      sources: entry.sources.map((s) => `${s.label} (${s.publisher})`),
      checks,
    };
  });
}

/** The words of the plain-text worksheet; templates use `{name}` (see the library catalogue's `worksheet.*`). */
export interface WorksheetWords {
  title: string;
  intro: string;
  level: string;
  levels: Readonly<Record<VerificationLevel, string>>;
  summary: string;
  sources: string;
  checks: string;
  check: { number: string; wording: string; penalty: string; open: string };
  joReference: string;
  result: string;
  initials: string;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

export function checkText(check: WorksheetCheck, words: WorksheetWords): string {
  if (check.kind === 'penalty') return fill(words.check.penalty, { penalty: check.penalty });
  if (check.kind === 'open') return fill(words.check.open, { note: check.note });
  return words.check[check.kind];
}

/** The worksheet as Markdown text, for the command line (printed or written to a file). */
export function worksheetText(
  doc: ContentDocument,
  rows: readonly WorksheetRow[],
  words: WorksheetWords,
): string {
  const line = '_______________________________________________';
  const out = [`# ${words.title} — ${legalCitation(doc)}`, '', words.intro, ''];
  for (const row of rows) {
    out.push(
      `## ${row.citation}`,
      '',
      fill(words.level, { level: words.levels[row.level] }),
      '',
      `${words.summary}`,
      '',
      ...row.summary.split('\n').map((l) => (l ? `> ${l}` : '>')),
      '',
    );
    if (row.sources.length > 0) out.push(fill(words.sources, { sources: row.sources.join(' ; ') }), '');
    out.push(words.checks, ...row.checks.map((c) => `- [ ] ${checkText(c, words)}`), '');
    out.push(`${words.joReference} ${line}`, '', words.result, '', words.initials, '', '---', '');
  }
  return out.join('\n');
}
