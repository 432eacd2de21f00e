import type {
  ContentDocument,
  Entry,
  Localized,
  OfficialText,
  OutlineNode,
  Source,
} from '../../renderer/core/content/types';
import type { EntryMeta } from './schema';
import type { SourceDocument, SourceEntry } from './sourceTypes';
import { LANGUAGES, perTranslation, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../renderer/core/vocabulary';

// Validated sources → the compiled model. Optional fields are left out rather than set to undefined
// so the JSON stays small and byte-stable.

const localized = (l: { fr: string } & { [L in TranslationLanguage]?: string | undefined }): Localized => {
  const out: Localized = { fr: l.fr };
  for (const lang of TRANSLATION_LANGUAGES) if (l[lang]) out[lang] = l[lang];
  return out;
};

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const toSource = (s: Source): Source =>
  defined<Source>({ id: s.id, label: s.label, type: s.type, publisher: s.publisher, publication: s.publication, url: s.url });

export const buildDocument = (
  doc: SourceDocument,
  linked: { amends: string[]; amendedBy: string[]; summary: Localized | undefined; outline: OutlineNode[] },
): ContentDocument => {
  const fm = doc.fm;
  return defined<ContentDocument>({
    id: fm.id,
    kind: fm.kind,
    title: localized(fm.title),
    shortName: localized(fm.shortName),
    citation: fm.citation,
    jurisdiction: fm.jurisdiction,
    number: fm.number,
    aliases: fm.aliases ?? [],
    dates: defined(fm.dates ?? {}),
    ratification: fm.ratification ? defined(fm.ratification) : undefined,
    status: fm.status,
    amends: linked.amends,
    amendedBy: linked.amendedBy,
    sources: fm.sources.map(toSource),
    verification: defined({ status: fm.verification.status, note: fm.verification.note }),
    tags: fm.tags ?? [],
    languages: LANGUAGES.filter((l) => fm.languages.includes(l)),
    validAsOf: fm.validAsOf,
    summary: linked.summary,
    outline: linked.outline,
    entryIds: doc.entries.map((e) => e.fullId),
    dimensions: fm.dimensions?.map((d) => ({ id: d.id, label: localized(d) })),
    coverage: fm.coverage ? { status: fm.coverage.status, note: fm.coverage.note } : undefined,
    grouping: fm.grouping ? defined({ dimensions: fm.grouping.dimensions, strength: fm.grouping.strength }) : undefined,
  });
};

const toOfficial = (o: NonNullable<EntryMeta['official']>): OfficialText => ({
  text: o.text,
  reference: defined({ publication: o.reference.publication, number: o.reference.number, date: o.reference.date, page: o.reference.page }),
  keyedBy: o.keyedBy,
  keyedOn: o.keyedOn,
  verifiedBy: o.verifiedBy,
  verifiedOn: o.verifiedOn,
});

export const buildEntry = (
  doc: SourceDocument,
  entry: SourceEntry,
  linked: {
    text: Localized;
    /** Earlier versions' summaries, cross-references resolved, in the order of `meta.versions`. */
    versionTexts?: Localized[];
    related: string[];
    provisions: string[];
    referral: string[];
    indicators: string[];
  },
): Entry => {
  const meta = entry.meta;
  const sources = new Map(doc.fm.sources.map((s) => [s.id, s]));
  const isIndicator = entry.kind === 'indicator';
  return defined<Entry>({
    id: entry.fullId,
    docId: doc.fm.id,
    kind: entry.kind,
    number: entry.number,
    heading: entry.raw.heading,
    headingTranslations: meta?.title ? defined(perTranslation((l) => meta.title?.[l])) : undefined,
    citation: entry.number ? `${doc.fm.citation}, art. ${entry.number}` : `${doc.fm.citation}, ${entry.raw.heading}`,
    text: linked.text,
    path: entry.raw.path,
    editorialPath: entry.raw.editorialPath.length > 0 ? entry.raw.editorialPath : undefined,
    // `texte` when an office keyed the official wording of the current version (issue 20).
    nature: meta?.official ? 'texte' : 'resume',
    official: meta?.official ? toOfficial(meta.official) : undefined,
    inForce: meta?.inForce ? defined({ from: meta.inForce.from, until: meta.inForce.until, madeBy: meta.inForce.madeBy }) : undefined,
    versions: meta?.versions?.map((v, i) =>
      defined({
        text: linked.versionTexts?.[i] ?? localized(v),
        official: v.official ? toOfficial(v.official) : undefined,
        inForce: { from: v.inForce.from, until: v.inForce.until, madeBy: v.inForce.madeBy },
      }),
    ),
    // An entry whose meta block failed validation never reaches the pack (the build fails), so this
    // fallback only keeps the model total.
    verification: defined({ status: meta?.verification ?? 'a-verifier', note: meta?.note }),
    sources: (meta?.sources ?? []).flatMap((id) => {
      const s = sources.get(id);
      return s ? [toSource(s)] : [];
    }),
    related: linked.related,
    tags: meta?.tags ?? [],
    penalty: meta?.penalty ? defined(meta.penalty) : undefined,
    dimension: meta?.dimension,
    strength: meta?.strength,
    audience: meta?.audience,
    questions: meta?.questions ? defined({ fr: meta.questions.fr, ...perTranslation((l) => meta.questions?.[l]) }) : undefined,
    provisions: isIndicator ? linked.provisions : undefined,
    referral: isIndicator ? linked.referral : undefined,
    indicators: linked.indicators.length > 0 ? linked.indicators : undefined,
    role: meta?.role,
  });
};
