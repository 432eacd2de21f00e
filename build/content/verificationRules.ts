import type { ErrorList } from './contentError';
import { GAPS_ARE_ERRORS } from './gapPolicy';
import { isOfficialUrl } from './officialHosts';
import { distinctPublishers, levelShortfall } from '../../renderer/core/workshop/entryRules';
import type { EntryMeta, FrontMatter } from './schema';
import type { YamlSource } from './yamlSource';

// What each verification level must rest on (content/README.md): officiel needs an official source,
// concordant two sources of different publishers, and an official source must be the publisher's own
// copy or name the official publication. Shared by documents and entries so the rule is stated once.

type Source = FrontMatter['sources'][number];

export { distinctPublishers };

/** Why a level is not supported by the sources given, or undefined when it is. */
export const levelProblem = (
  level: string,
  sources: readonly Source[],
  what: string,
  official?: { text: boolean },
): string | undefined => {
  // An entry may also rest on the official wording it carries, keyed from the publication it names (issue 20).
  const shortfall = levelShortfall(level, sources, { officialText: official?.text ?? false });
  if (shortfall === 'officiel-without-official') {
    const orText = official ? ' and it carries no `official` text' : '';
    return `${what} is officiel but none of its sources is of type official (the Journal officiel or the depositary's text)${orText}`;
  }
  if (shortfall === 'concordant-one-publisher') {
    const named = sources.length === 0 ? 'no source' : sources.map((s) => `\`${s.id}\` (${s.publisher})`).join(', ');
    return `${what} is concordant but its sources come from fewer than two different publishers: ${named}`;
  }
  return undefined;
};

/** Front matter: each official source, and the document's own level. */
export const checkDocumentSources = (fm: FrontMatter, yaml: YamlSource, file: string, errors: ErrorList): void => {
  fm.sources.forEach((s, i) => {
    if (s.type === 'official' && !s.publication && !(s.url && isOfficialUrl(s.url))) {
      const where = s.url ? `its URL is not on an official publisher's site (see build/content/officialHosts.ts)` : 'it has no URL';
      errors.add(
        file,
        yaml.lineOf(['sources', i]),
        `source \`${s.id}\` is typed official but ${where} and it names no \`publication\`: give the official publication's reference, or type it secondary`,
      );
    }
  });
  const problem = levelProblem(fm.verification.status, fm.sources, 'the document');
  if (problem) errors.add(file, yaml.lineOf(['verification', 'status']), problem);
};

/** An entry's meta: it must name its sources (else it is a gap) and they must support its level. */
export const checkEntrySources = (
  entry: { fullId: string; line: number },
  meta: EntryMeta,
  fm: FrontMatter,
  yaml: YamlSource,
  file: string,
  errors: ErrorList,
): void => {
  const byId = new Map(fm.sources.map((s) => [s.id, s]));
  const sources = (meta.sources ?? []).flatMap((id) => byId.get(id) ?? []);
  if ((meta.sources ?? []).length === 0) {
    errors.gaps.push({ id: entry.fullId, file, line: entry.line });
    const message = `entry \`${entry.fullId}\` names no source it was checked against (\`sources: [...]\`): research it or remove it and list it as a gap`;
    if (GAPS_ARE_ERRORS) errors.add(file, entry.line, message);
    else errors.warn(file, entry.line, message);
  }
  const problem = levelProblem(meta.verification, sources, 'this entry', { text: meta.official !== undefined });
  if (problem) errors.add(file, yaml.lineOf(['verification']), problem);
};
