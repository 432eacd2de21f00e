import { marked, type Token } from 'marked';
import { z } from 'zod';

// The rules an entry's official text and level must meet, stated once for the content compiler
// (build/content: schema.ts, checkVersions.ts, verificationRules.ts, markdownChecks.ts, which add the file
// and line) and for the workshop's form (which translates each problem next to its field). Codes, not
// sentences: each side words them for its reader.

export const isValidIsoDate = (value: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const isoDate = z
  .string({ error: 'invalid date: write it as YYYY-MM-DD' })
  .refine(isValidIsoDate, { error: 'invalid date: expected a real calendar date written YYYY-MM-DD' });

/** The official wording an office keyed from the Journal officiel (or the depositary's text), field by field. */
export const officialSchema = z.strictObject({
  reference: z.strictObject({
    publication: text,
    number: text.optional(),
    date: isoDate,
    page: text,
  }),
  keyedBy: text,
  keyedOn: isoDate,
  verifiedBy: text,
  verifiedOn: isoDate,
  text,
});

export type OfficialInput = z.infer<typeof officialSchema>;

const childTokens = (token: Token): Token[][] => {
  const t = token as Token & {
    tokens?: Token[];
    items?: Token[];
    header?: { tokens: Token[] }[];
    rows?: { tokens: Token[] }[][];
  };
  const out: Token[][] = [];
  if (t.tokens) out.push(t.tokens);
  if (t.items) out.push(t.items);
  for (const cell of t.header ?? []) out.push(cell.tokens);
  for (const row of t.rows ?? []) for (const cell of row) out.push(cell.tokens);
  return out;
};

/** The raw HTML pieces (block, inline or comment) in a Markdown text, in order: none is allowed in content. */
export const findRawHtml = (markdown: string): string[] => {
  const found: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'html') found.push(token.raw);
      for (const children of childTokens(token)) walk(children);
    }
  };
  walk(marked.lexer(markdown));
  return found;
};

export type OfficialField =
  'text' | 'publication' | 'number' | 'date' | 'page' | 'keyedBy' | 'keyedOn' | 'verifiedBy' | 'verifiedOn';
export type OfficialProblemCode = 'required' | 'date' | 'raw-html' | 'verified-before-keyed';
export interface OfficialProblem {
  field: OfficialField;
  code: OfficialProblemCode;
}

/** The rules between fields of a valid official text (the schema has checked each field on its own). */
export const officialCrossProblems = (official: OfficialInput): OfficialProblem[] => {
  const problems: OfficialProblem[] = [];
  if (findRawHtml(official.text).length > 0) problems.push({ field: 'text', code: 'raw-html' });
  // ISO dates compare as text.
  if (official.verifiedOn < official.keyedOn)
    problems.push({ field: 'verifiedOn', code: 'verified-before-keyed' });
  return problems;
};

/** Every problem of an official text as the workshop's form holds it, one per field at most. */
export const officialProblems = (input: unknown): OfficialProblem[] => {
  const parsed = officialSchema.safeParse(input);
  if (parsed.success) return officialCrossProblems(parsed.data);
  const byField = new Map<OfficialField, OfficialProblem>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path.at(-1) ?? 'text') as OfficialField;
    if (byField.has(field)) continue;
    const isDate = field === 'date' || field === 'keyedOn' || field === 'verifiedOn';
    const given = issue.code === 'custom' && isDate;
    byField.set(field, { field, code: given ? 'date' : 'required' });
  }
  return [...byField.values()];
};

export type LevelShortfall =
  'officiel-without-official' | 'concordant-one-publisher' | 'a-verifier-without-note';

const publisherKey = (publisher: string): string =>
  publisher.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Two sources are independent when their publishers differ (compared without case or extra spaces). */
export const distinctPublishers = (sources: readonly { publisher: string }[]): number =>
  new Set(sources.map((s) => publisherKey(s.publisher))).size;

/**
 * What a level must rest on: officiel, an official source or the official wording it carries; concordant,
 * two sources of different publishers; a-verifier, a note saying which point is open.
 */
export const levelShortfall = (
  level: string,
  sources: readonly { type: string; publisher: string }[],
  carries: { officialText?: boolean; note?: boolean },
): LevelShortfall | undefined => {
  if (level === 'officiel' && !sources.some((s) => s.type === 'official') && !carries.officialText) {
    return 'officiel-without-official';
  }
  if (level === 'concordant' && distinctPublishers(sources) < 2) return 'concordant-one-publisher';
  if (level === 'a-verifier' && carries.note === false) return 'a-verifier-without-note';
  return undefined;
};
