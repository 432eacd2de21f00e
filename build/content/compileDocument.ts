import { toHex } from '../../renderer/core/text';
import { compileEntry, looksLikeUnreadArticle } from './compileEntry';
import type { ErrorList } from './contentError';
import { checkRawHtml } from './markdownChecks';
import { parseBody } from './parseBody';
import { describeIssues, frontMatterSchema } from './schema';
import { FOLDER_KIND } from './sourceTypes';
import { looseFrontMatter } from './looseFrontMatter';
import type { FrontMatter } from './schema';
import type { SourceDocument, SourceEntry } from './sourceTypes';
import { checkDocumentSources } from './verificationRules';
import { parseYamlSource } from './yamlSource';
import { LANGUAGES } from '../../renderer/core/vocabulary';

// One Markdown file: front matter, body structure, entries. Keeps going after an error so a single
// run reports everything wrong in the file.

export interface FileInput {
  /** Path shown in errors, e.g. content/laws/loi-09-001.md. */
  file: string;
  /** Folder under content/ (laws, indicators, …) and file name without .md. */
  folder: string;
  baseName: string;
  source: string;
  /** Set by readContentDir when the file is not valid UTF-8: the file is refused. */
  invalidUtf8?: { line: number; column: number; byte: number };
}

const splitFrontMatter = (source: string): { yaml: string; body: string; bodyLine: number } | undefined => {
  const lines = source.split('\n');
  if (lines[0]?.replace(/\r$/, '').trim() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && l.replace(/\r$/, '').trim() === '---');
  if (close < 0) return undefined;
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
};

export const compileDocument = (
  input: FileInput,
  tags: ReadonlySet<string>,
  errors: ErrorList,
): SourceDocument | undefined => {
  const { file } = input;
  if (input.invalidUtf8) {
    const { line, column, byte } = input.invalidUtf8;
    const hex = toHex(Uint8Array.of(byte)).toUpperCase();
    errors.add(file, line, `not valid UTF-8 (byte 0x${hex} at column ${column}): save the file as UTF-8; nothing from it is compiled`);
    return undefined;
  }
  const split = splitFrontMatter(input.source);
  if (!split) {
    errors.add(file, 1, 'the file must start with YAML front matter between two `---` lines');
    return undefined;
  }
  const yaml = parseYamlSource(split.yaml, 2, file, errors);
  const body = parseBody(split.body, split.bodyLine, file, errors);
  if (!yaml) return undefined;
  const parsed = frontMatterSchema.safeParse(yaml.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues)) errors.add(file, yaml.lineOf(issue.path), issue.message);
  }
  const fm = parsed.success ? parsed.data : looseFrontMatter(yaml.value, input.baseName, FOLDER_KIND[input.folder]);

  if (fm.id !== input.baseName) {
    errors.add(file, yaml.lineOf(['id']), `id \`${fm.id}\` must match the file name (${input.baseName}.md)`);
  }
  const folderKind = FOLDER_KIND[input.folder];
  if (folderKind && fm.kind !== folderKind) {
    errors.add(file, yaml.lineOf(['kind']), `kind \`${fm.kind}\` does not belong in ${input.folder}/ (expected ${folderKind})`);
  }
  (fm.tags ?? []).forEach((tag, i) => {
    if (!tags.has(tag)) errors.add(file, yaml.lineOf(['tags', i]), `unknown tag \`${tag}\`: add it to content/tags.yml`);
  });
  if (fm.dimensions && fm.kind !== 'indicators') {
    errors.add(file, yaml.lineOf(['dimensions']), '`dimensions` is only allowed in indicators documents');
  }
  if (fm.ratification && fm.jurisdiction === 'RDC') {
    errors.add(file, yaml.lineOf(['ratification']), '`ratification` is for international and regional instruments');
  }
  checkIndicatorSet(fm, yaml, file, errors);
  if (parsed.success) checkDocumentSources(fm, yaml, file, errors);
  const sourceIds = new Set<string>();
  fm.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.add(file, yaml.lineOf(['sources', i]), `duplicate source id \`${s.id}\``);
    sourceIds.add(s.id);
  });
  for (const lang of LANGUAGES) {
    const text = fm.summary?.[lang];
    if (text) checkRawHtml({ text, line: yaml.textLineOf(['summary', lang]) }, file, errors);
  }

  const entries: SourceEntry[] = [];
  const ids = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const raw of body.entries) {
    const first = ids.get(raw.localId);
    if (first !== undefined) {
      errors.add(file, raw.line, `duplicate entry id \`${raw.localId}\` (first at line ${first})`);
      continue;
    }
    ids.set(raw.localId, raw.line);
    const entry = compileEntry(raw, { file, fm, tags, errors });
    if (entry.number) {
      const key = entry.number.toLowerCase();
      const firstNumber = numbers.get(key);
      if (firstNumber !== undefined) {
        errors.add(file, raw.line, `duplicate article number \`${entry.number}\` (first at line ${firstNumber})`);
      } else numbers.set(key, raw.line);
    }
    entries.push(entry);
  }
  for (const node of body.outline) checkHeadingTexts(node, file, errors, fm.kind === 'law');
  if (fm.kind === 'law' && body.entries.length === 0) {
    errors.add(
      file,
      split.bodyLine,
      'this law has no article: write each one as a heading with an id, `### Article 5 {#art-5}` (a document with no entry is refused, not shipped empty)',
    );
  }
  return { file, fm, yaml, body, entries };
};

// Indicator sets say whether they are the full published list and whose the grouping and strengths are.
const checkIndicatorSet = (fm: FrontMatter, yaml: SourceDocument['yaml'], file: string, errors: ErrorList): void => {
  if (fm.kind !== 'indicators') {
    for (const field of ['coverage', 'grouping'] as const) {
      if (fm[field]) errors.add(file, yaml.lineOf([field]), `\`${field}\` is only allowed in indicators documents`);
    }
    return;
  }
  if (!fm.coverage) {
    errors.add(file, yaml.lineOf([]), 'an indicator set needs `coverage: { status: complet | partiel, note: "…" }` (is it the full published list? the note says what is left out)');
  }
  if (!fm.grouping?.strength) {
    errors.add(file, yaml.lineOf(fm.grouping ? ['grouping'] : []), 'an indicator set needs `grouping.strength: source | dalili` (do the strengths come from the published source or from Dalili?)');
  }
  if (fm.dimensions && !fm.grouping?.dimensions) {
    errors.add(file, yaml.lineOf(['dimensions']), 'an indicator set with `dimensions` needs `grouping.dimensions: source | dalili`');
  }
};

const checkHeadingTexts = (node: SourceDocument['body']['outline'][number], file: string, errors: ErrorList, law: boolean): void => {
  if (node.type !== 'heading') return;
  if (node.text) checkRawHtml(node.text, file, errors);
  if (law && (/^article\s/i.test(node.title) || looksLikeUnreadArticle(node.title))) {
    errors.add(file, node.line, `heading \`${node.title}\` looks like an article but has no id: write \`### ${node.title} {#art-…}\` or it is dropped as a structure heading`);
  }
  for (const child of node.children) checkHeadingTexts(child, file, errors, law);
};
