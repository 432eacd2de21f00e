import type { ErrorList } from './contentError';
import { checkRawHtml } from './markdownChecks';
import type { EntryMeta, FrontMatter } from './schema';
import type { YamlSource } from './yamlSource';
import { TRANSLATION_LANGUAGES } from '../../renderer/core/vocabulary';
import { officialCrossProblems } from '../../renderer/core/workshop/entryRules';

// Issue 20: the official wording of an entry and its versions in time. The schema has checked each field
// on its own; these are the rules between fields, each reported at the line a writer must change.

type Official = NonNullable<EntryMeta['official']>;

const checkOfficial = (
  official: Official,
  at: readonly PropertyKey[],
  yaml: YamlSource,
  file: string,
  errors: ErrorList,
): void => {
  checkRawHtml({ text: official.text, line: yaml.textLineOf([...at, 'text']) }, file, errors);
  if (officialCrossProblems(official).some((p) => p.code === 'verified-before-keyed')) {
    errors.add(
      file,
      yaml.lineOf([...at, 'verifiedOn']),
      `\`verifiedOn\` (${official.verifiedOn}) is before \`keyedOn\` (${official.keyedOn}): a text is verified after it is keyed`,
    );
  }
};

/** Official texts (current and earlier), earlier versions' texts, and the order of the versions in time. */
export const checkVersions = (
  entry: { localId: string; line: number },
  meta: EntryMeta,
  fm: FrontMatter,
  yaml: YamlSource,
  file: string,
  errors: ErrorList,
): void => {
  if (meta.official) checkOfficial(meta.official, ['official'], yaml, file, errors);
  const current = meta.inForce;
  if (current?.until !== undefined && current.until < current.from) {
    errors.add(file, yaml.lineOf(['inForce', 'until']), `\`inForce.until\` (${current.until}) is before \`inForce.from\` (${current.from})`);
  }
  const versions = meta.versions ?? [];
  if (versions.length === 0) return;
  if (!current) {
    errors.add(
      file,
      entry.line,
      `entry \`${entry.localId}\` has earlier \`versions\` but no \`inForce: { from, madeBy }\` for the wording written below it`,
    );
  }
  versions.forEach((v, i) => {
    checkRawHtml({ text: v.fr, line: yaml.textLineOf(['versions', i, 'fr']) }, file, errors);
    for (const lang of TRANSLATION_LANGUAGES) {
      const text = v[lang];
      if (text === undefined) continue;
      checkRawHtml({ text, line: yaml.textLineOf(['versions', i, lang]) }, file, errors);
      if (!fm.languages.includes(lang)) {
        errors.add(file, yaml.lineOf(['versions', i, lang]), `\`${lang}\` text given but the document's \`languages\` does not list ${lang}`);
      }
    }
    if (v.official) checkOfficial(v.official, ['versions', i, 'official'], yaml, file, errors);
    const { from, until } = v.inForce;
    if (until < from) {
      errors.add(file, yaml.lineOf(['versions', i, 'inForce', 'until']), `version ${i + 1}: \`until\` (${until}) is before \`from\` (${from})`);
    }
    const next = versions[i + 1]?.inForce.from ?? current?.from;
    if (next !== undefined && until >= next) {
      errors.add(
        file,
        yaml.lineOf(['versions', i, 'inForce', 'until']),
        `version ${i + 1} is in force until ${until}, not before the next version begins (${next}): list versions oldest first, each ending before the next one begins`,
      );
    }
  });
};
