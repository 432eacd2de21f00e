import type { ErrorList } from './contentError';
import { checkVersions } from './checkVersions';
import { checkRawHtml } from './markdownChecks';
import type { MarkdownChunk } from './markdownChecks';
import type { RawEntry } from './parseBody';
import { describeIssues, metaSchema } from './schema';
import type { FrontMatter } from './schema';
import { ENTRY_KIND } from './sourceTypes';
import type { SourceEntry } from './sourceTypes';
import { checkEntrySources } from './verificationRules';
import { parseYamlSource } from './yamlSource';
import { LANGUAGES, TRANSLATION_LANGUAGES } from '../../renderer/core/vocabulary';

// One entry: its meta block against the schema and the rules that depend on the document's kind.

const ARTICLE = /^Article\s+(.+)$/i;
// Headings a writer meant as articles but that the compiler would not read as such ("Art. 5", "Art 5",
// "Article5", "ARTICLE PREMIER" is fine): refused rather than silently cited by their heading.
const ARTICLE_LIKE = /^(?:art\.?|article)\s*\d/i;

export const looksLikeUnreadArticle = (heading: string): boolean =>
  ARTICLE_LIKE.test(heading) && !ARTICLE.test(heading);

const KIND_FIELDS = {
  penalty: 'law',
  dimension: 'indicators',
  strength: 'indicators',
  audience: 'indicators',
  questions: 'indicators',
  provisions: 'indicators',
  referral: 'indicators',
  role: 'directory',
  official: 'law',
  inForce: 'law',
  versions: 'law',
} as const;

export interface EntryContext {
  file: string;
  fm: FrontMatter;
  tags: ReadonlySet<string>;
  errors: ErrorList;
}

export const articleNumber = (heading: string): string | undefined =>
  ARTICLE.exec(heading)?.[1]?.replace(/\s+/g, ' ').trim();

export const compileEntry = (raw: RawEntry, ctx: EntryContext): SourceEntry => {
  const { file, fm, errors } = ctx;
  const entry: SourceEntry = {
    raw,
    fullId: `${fm.id}/${raw.localId}`,
    kind: ENTRY_KIND[fm.kind],
    texts: { fr: raw.text },
  };
  if (fm.kind === 'law') {
    const number = articleNumber(raw.heading);
    if (number) entry.number = number;
    else if (looksLikeUnreadArticle(raw.heading)) {
      errors.add(file, raw.line, `heading \`${raw.heading}\` is not recognised as an article: write \`Article 5\` (the word in full, then the number)`);
    }
  }
  if (!raw.text.text.trim()) errors.add(file, raw.line, `empty entry \`${raw.localId}\`: the French text is required`);
  checkRawHtml(raw.text, file, errors);

  if (!raw.meta) {
    errors.add(file, raw.line, `entry \`${raw.localId}\` has no meta block: \`verification\` is required`);
    return entry;
  }
  const yaml = parseYamlSource(raw.meta.text, raw.meta.line, file, errors);
  if (!yaml) return entry;
  entry.metaYaml = yaml;
  const parsed = metaSchema.safeParse(yaml.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues)) errors.add(file, yaml.lineOf(issue.path), issue.message);
    return entry;
  }
  const meta = parsed.data;
  entry.meta = meta;

  for (const [field, kind] of Object.entries(KIND_FIELDS)) {
    if (meta[field as keyof typeof meta] !== undefined && fm.kind !== kind) {
      errors.add(file, yaml.lineOf([field]), `\`${field}\` is only allowed in ${kind} documents`);
    }
  }
  if (fm.kind === 'indicators') {
    for (const field of ['strength', 'audience'] as const) {
      if (!meta[field]) errors.add(file, raw.line, `indicator \`${raw.localId}\` needs \`${field}\` in its meta block`);
    }
    const dimensions = fm.dimensions?.map((d) => d.id) ?? [];
    if (dimensions.length > 0 && !meta.dimension) {
      errors.add(file, raw.line, `indicator \`${raw.localId}\` needs a \`dimension\` (one of: ${dimensions.join(', ')})`);
    } else if (meta.dimension && !dimensions.includes(meta.dimension)) {
      errors.add(file, yaml.lineOf(['dimension']), `unknown dimension \`${meta.dimension}\`: declare it in the front matter \`dimensions\``);
    }
  }
  if (fm.kind === 'directory' && !meta.role) errors.add(file, raw.line, `actor \`${raw.localId}\` needs a \`role\``);

  const sourceIds = new Set(fm.sources.map((s) => s.id));
  (meta.sources ?? []).forEach((id, i) => {
    if (!sourceIds.has(id)) errors.add(file, yaml.lineOf(['sources', i]), `unknown source \`${id}\`: list it in the front matter \`sources\``);
  });
  checkEntrySources({ fullId: entry.fullId, line: raw.line }, meta, fm, yaml, file, errors);
  checkVersions(raw, meta, fm, yaml, file, errors);
  (meta.tags ?? []).forEach((tag, i) => {
    if (!ctx.tags.has(tag)) errors.add(file, yaml.lineOf(['tags', i]), `unknown tag \`${tag}\`: add it to content/tags.yml`);
  });

  for (const lang of TRANSLATION_LANGUAGES) {
    const text = meta[lang];
    if (text !== undefined) {
      const chunk: MarkdownChunk = { text, line: yaml.textLineOf([lang]) };
      entry.texts[lang] = chunk;
      checkRawHtml(chunk, file, errors);
      if (!fm.languages.includes(lang)) {
        errors.add(file, yaml.lineOf([lang]), `\`${lang}\` text given but the document's \`languages\` does not list ${lang}`);
      }
    }
  }
  for (const lang of TRANSLATION_LANGUAGES) {
    const title = meta.title?.[lang];
    if (title !== undefined) checkRawHtml({ text: title, line: yaml.lineOf(['title', lang]) }, file, errors);
  }
  for (const lang of LANGUAGES) {
    meta.questions?.[lang]?.forEach((q, i) => {
      checkRawHtml({ text: q, line: yaml.lineOf(['questions', lang, i]) }, file, errors);
    });
  }
  return entry;
};
