import type { ContentDocument, Entry, TagLabels } from '../../renderer/core/content/types';
import type { Scenario } from '../../renderer/core/content/scenarioPart';
import { compileDocument } from './compileDocument';
import { compileScenario } from './compileScenario';
import type { FileInput } from './compileDocument';
import { ErrorList, sortErrors } from './contentError';
import type { ContentError, ContentGap } from './contentError';
import { linkDocuments } from './linkDocuments';
import { describeIssues, tagsFileSchema } from './schema';
import type { SourceDocument } from './sourceTypes';
import { parseYamlSource } from './yamlSource';
import { TRANSLATION_LANGUAGES } from '../../renderer/core/vocabulary';

// The whole compiler, without file I/O: tags + Markdown files in, model and every error out.

export interface ContentInput {
  tagsFile: string;
  tagsSource: string | undefined;
  files: FileInput[];
  /** Training scenarios, content/scenarios/*.yml (compileScenario.ts). */
  scenarioFiles?: FileInput[];
}

export interface CompiledContent {
  documents: ContentDocument[];
  entries: Entry[];
  tags: TagLabels;
  /** Training scenarios (issue 23): their own pack part, never in the library's list or the search index. */
  scenarios: Scenario[];
  errors: ContentError[];
  /** Problems that do not stop the build, e.g. gaps while GAPS_ARE_ERRORS is off (gapPolicy.ts). */
  warnings: ContentError[];
  /** Entries that name no source ("from memory"). */
  gaps: ContentGap[];
}

const compileTags = (input: ContentInput, errors: ErrorList): TagLabels => {
  if (input.tagsSource === undefined) {
    errors.add(input.tagsFile, 1, 'tags file not found');
    return {};
  }
  const yaml = parseYamlSource(input.tagsSource, 1, input.tagsFile, errors);
  if (!yaml) return {};
  const parsed = tagsFileSchema.safeParse(yaml.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues)) errors.add(input.tagsFile, yaml.lineOf(issue.path), issue.message);
    return {};
  }
  const tags: TagLabels = {};
  for (const key of Object.keys(parsed.data).sort()) {
    const t = parsed.data[key];
    if (!t) continue;
    const label: TagLabels[string] = { fr: t.fr };
    for (const lang of TRANSLATION_LANGUAGES) if (t[lang]) label[lang] = t[lang];
    tags[key] = label;
  }
  return tags;
};

// Ids a file that failed validation would have defined: references to them are not reported as
// broken, since the file's own errors already explain the problem and the build fails anyway.
const declaredIds = (file: FileInput): string[] => [
  file.baseName,
  ...[...file.source.matchAll(/^#{1,6}[ \t].*\{#([a-z0-9-]+)\}[ \t]*$/gm)].map((m) => `${file.baseName}/${m[1] ?? ''}`),
];

const compileScenarios = (
  files: readonly FileInput[],
  entries: readonly Entry[],
  pending: ReadonlySet<string>,
  errors: ErrorList,
): Scenario[] => {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const scenario = compileScenario(file, byId, pending, errors);
    if (!scenario) continue;
    const first = seen.get(scenario.id);
    if (first) errors.add(file.file, 1, `scenario id ${scenario.id} already used by ${first}`);
    else seen.set(scenario.id, file.file);
    scenarios.push(scenario);
  }
  return scenarios;
};

export const compileContent = (input: ContentInput): CompiledContent => {
  const errors = new ErrorList();
  const tags = compileTags(input, errors);
  const tagSet = new Set(Object.keys(tags));
  const sources: SourceDocument[] = [];
  const pending = new Set<string>();
  for (const file of input.files) {
    const doc = compileDocument(file, tagSet, errors);
    if (doc) sources.push(doc);
    else for (const id of declaredIds(file)) pending.add(id);
  }
  const { documents, entries } = linkDocuments(sources, errors, pending);
  const scenarios = compileScenarios(input.scenarioFiles ?? [], entries, pending, errors);
  return {
    documents,
    entries,
    tags,
    scenarios,
    errors: sortErrors(errors.items),
    warnings: sortErrors(errors.warnings),
    gaps: [...errors.gaps].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
};
