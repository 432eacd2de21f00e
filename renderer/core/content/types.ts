// The compiled content model: what the pack holds and what the reader, search and indicator screens
// consume. Texts stay Markdown; the UI renders them through its one sanitising component.

export type Lang = 'fr' | 'en' | 'sw';

/** French is the reference language and always present; en and sw appear where written. */
export interface Localized {
  fr: string;
  en?: string;
  sw?: string;
}

export type DocumentKind = 'law' | 'indicators' | 'guideline' | 'directory';
export type EntryKind = 'article' | 'indicator' | 'step' | 'actor';
export type Jurisdiction = 'RDC' | 'international' | 'regional';
export type DocumentStatus = 'en-vigueur' | 'modifie' | 'abroge' | 'projet' | 'non-ratifie' | 'reference';
/**
 * How a document or an entry was checked (content/README.md):
 * - `officiel`: against the official text (Journal officiel; for treaties the depositary's text), reference given;
 * - `concordant`: at least two reproductions from different publishers agree on the point;
 * - `a-verifier`: one secondary source only, sources disagree, or a point not read (the note says which).
 */
export type VerificationLevel = 'officiel' | 'concordant' | 'a-verifier';
export type VerificationStatus = VerificationLevel;
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ['officiel', 'concordant', 'a-verifier'];

export interface Verification {
  status: VerificationLevel;
  /** Required below officiel for a document, and for an a-verifier entry: what was checked, what remains. */
  note?: string;
}

/**
 * What the text of an entry is: `resume`, Dalili's summary in its own words (everything in the pack
 * today), or `texte`, the official wording keyed by an office. Derived by the compiler, never authored.
 */
export type EntryNature = 'resume' | 'texte';
export const ENTRY_NATURES: readonly EntryNature[] = ['resume', 'texte'];

export interface Source {
  id: string;
  label: string;
  type: 'official' | 'secondary';
  /** Who published this copy: two sources are independent when their publishers differ. */
  publisher: string;
  /** The official publication's precise reference (JO number and date, column or page). */
  publication?: string;
  url?: string;
}

/** Indicator sets: whether the set is the full published list, and what is left out. */
export interface Coverage {
  status: 'complet' | 'partiel';
  note: string;
}

/** Indicator sets: whether the grouping in dimensions and the strengths come from the source or from Dalili. */
export interface Grouping {
  dimensions?: 'source' | 'dalili';
  strength?: 'source' | 'dalili';
}

export interface DocumentDates {
  adopted?: string;
  promulgated?: string;
  /** Publication in the Journal officiel. */
  published?: string;
  inForce?: string;
  note?: string;
}

export interface Ratification {
  date?: string;
  note?: string;
}

export interface Dimension {
  id: string;
  label: Localized;
}

/** The heading tree of a document, in reading order: structure headings hold entries and sub-headings. */
export type OutlineNode =
  | {
      type: 'heading';
      title: string;
      depth: number;
      text?: string;
      /** A heading Dalili added to group entries (` {.editorial}` in the source), not the official structure. */
      editorial?: boolean;
      children: OutlineNode[];
    }
  | { type: 'entry'; id: string };

export interface ContentDocument {
  id: string;
  kind: DocumentKind;
  title: Localized;
  shortName: Localized;
  citation: string;
  jurisdiction: Jurisdiction;
  number?: string;
  aliases: string[];
  dates: DocumentDates;
  ratification?: Ratification;
  status: DocumentStatus;
  /** Symmetric in the pack: if A amends B, B.amendedBy holds A. */
  amends: string[];
  amendedBy: string[];
  sources: Source[];
  verification: Verification;
  tags: string[];
  languages: Lang[];
  validAsOf: string;
  summary?: Localized;
  outline: OutlineNode[];
  /** Full entry ids, in document order. */
  entryIds: string[];
  /** Indicator sets only. */
  dimensions?: Dimension[];
  coverage?: Coverage;
  grouping?: Grouping;
}

export interface Penalty {
  min?: string;
  max?: string;
  fine?: string;
  note?: string;
}

export type Strength = 'strong' | 'medium' | 'weak';
export type Audience = 'adult' | 'child' | 'both';
export type ActorRole = 'police' | 'justice' | 'labour' | 'mines' | 'social' | 'health' | 'ngo' | 'un' | 'other';

export interface LocalizedList {
  fr: string[];
  en?: string[];
  sw?: string[];
}

export interface Entry {
  /** Full id, `<docId>/<entryId>`. */
  id: string;
  docId: string;
  kind: EntryKind;
  /** Article number as written ("53", "174 bis"); law articles only. */
  number?: string;
  heading: string;
  /** The heading in English and Swahili, where written (`heading` is the French reference). */
  headingTranslations?: { en?: string; sw?: string };
  citation: string;
  /** Markdown; cross-references are links `[label](#/doc/<docId>/<entryId>)`. */
  text: Localized;
  /** Titles of the structure headings above the entry, outermost first. */
  path: string[];
  /** Indexes in `path` of the headings Dalili added (editorial), absent when none. */
  editorialPath?: number[];
  nature: EntryNature;
  verification: Verification;
  sources: Source[];
  /** Full entry ids, symmetric across the pack. */
  related: string[];
  tags: string[];
  penalty?: Penalty;
  // Indicator fields.
  dimension?: string;
  strength?: Strength;
  audience?: Audience;
  questions?: LocalizedList;
  /** Full ids of the provisions an indicator concerns. */
  provisions?: string[];
  /** Full ids of the guideline steps an indicator calls for. */
  referral?: string[];
  /** Full ids of the indicators pointing at this entry (provision or step): the reverse of the above. */
  indicators?: string[];
  // Directory fields.
  role?: ActorRole;
}

export type TagLabels = Record<string, Localized>;
