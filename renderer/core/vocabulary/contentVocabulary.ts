// The words of the content pack: what kinds of document there are, what an entry's text is, how far it
// was checked. Declared once here; the pack's types, the authoring and pack schemas, the library and
// search filters and the label keys all derive from these lists (README.md).

/** Kinds of document, in the library's order: Congolese law first, what a magistrate applies. */
export const DOC_KINDS = ['law', 'indicators', 'guideline', 'directory'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const ENTRY_KINDS = ['article', 'indicator', 'step', 'actor'] as const;
export type EntryKindName = (typeof ENTRY_KINDS)[number];

/**
 * What each kind of document is made of and where its sources live (`content/<folder>/`). A kind
 * without its line here does not compile.
 */
export const DOC_KIND_SHAPE = {
  law: { entry: 'article', folder: 'laws' },
  indicators: { entry: 'indicator', folder: 'indicators' },
  guideline: { entry: 'step', folder: 'guidelines' },
  directory: { entry: 'actor', folder: 'directory' },
} as const satisfies Record<DocKind, { entry: EntryKindName; folder: string }>;

/** `resume`: Dalili's summary in its own words; `texte`: the official wording keyed by an office. */
export const ENTRY_NATURES = ['resume', 'texte'] as const;
export type EntryNatureName = (typeof ENTRY_NATURES)[number];

/** How a document or an entry was checked (content/README.md), from the strongest. */
export const VERIFICATION_LEVELS = ['officiel', 'concordant', 'a-verifier'] as const;
export type VerificationLevelName = (typeof VERIFICATION_LEVELS)[number];

/** Where a document applies, in the search filter's order. */
export const JURISDICTIONS = ['RDC', 'international', 'regional'] as const;
export type JurisdictionName = (typeof JURISDICTIONS)[number];

export const DOCUMENT_STATUSES = [
  'en-vigueur',
  'modifie',
  'abroge',
  'projet',
  'non-ratifie',
  'reference',
] as const;
export type DocumentStatusName = (typeof DOCUMENT_STATUSES)[number];

export const SOURCE_TYPES = ['official', 'secondary'] as const;

/** Indicators: how strongly one points at forced labour or trafficking, and for whom it is written. */
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export const INDICATOR_AUDIENCES = ['adult', 'child', 'both'] as const;

/** Directory: the kind of office an actor is. */
export const ACTOR_ROLES = [
  'police',
  'justice',
  'labour',
  'mines',
  'social',
  'health',
  'ngo',
  'un',
  'other',
] as const;

/** Indicator sets: full published list or not, and whose grouping and strengths. */
export const COVERAGE_STATUSES = ['complet', 'partiel'] as const;
export const OWNERSHIPS = ['source', 'dalili'] as const;
