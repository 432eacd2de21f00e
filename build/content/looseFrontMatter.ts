import type { DocumentKind } from '../../renderer/core/content/types';
import { frontMatterSchema } from './schema';
import type { FrontMatter } from './schema';
import { LANGUAGES } from '../../renderer/core/vocabulary';

// When front matter fails validation the compiler still checks the body, entries and references
// (so one run reports everything): it keeps each field that is valid on its own and puts a neutral
// placeholder in the others. The build fails anyway; this only feeds the remaining checks.

export const looseFrontMatter = (raw: unknown, baseName: string, folderKind: DocumentKind | undefined): FrontMatter => {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const shape = frontMatterSchema.shape;
  const pick = <K extends keyof FrontMatter>(key: K, fallback: FrontMatter[K]): FrontMatter[K] => {
    const parsed = shape[key].safeParse(value[key]);
    return parsed.success ? (parsed.data as FrontMatter[K]) : fallback;
  };
  const sources = Array.isArray(value.sources)
    ? value.sources.flatMap((s) => {
        const parsed = shape.sources.element.safeParse(s);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return {
    id: pick('id', baseName),
    kind: pick('kind', folderKind ?? 'law'),
    title: pick('title', { fr: baseName }),
    shortName: pick('shortName', { fr: baseName }),
    citation: pick('citation', baseName),
    jurisdiction: pick('jurisdiction', 'RDC'),
    number: pick('number', undefined),
    aliases: pick('aliases', undefined),
    dates: pick('dates', undefined),
    ratification: pick('ratification', undefined),
    status: pick('status', 'projet'),
    amends: pick('amends', undefined),
    amendedBy: pick('amendedBy', undefined),
    sources,
    verification: pick('verification', { status: 'a-verifier', note: '—' }),
    tags: pick('tags', undefined),
    // All languages: an invalid list must not add "language not declared" errors on top.
    languages: pick('languages', [...LANGUAGES]),
    validAsOf: pick('validAsOf', '1970-01-01'),
    summary: pick('summary', undefined),
    dimensions: pick('dimensions', undefined),
    coverage: pick('coverage', undefined),
    grouping: pick('grouping', undefined),
  };
};
