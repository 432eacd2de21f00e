// The compiled content model: what the pack holds and what the reader, search and indicator screens
// consume. Texts stay Markdown; the UI renders them through its one sanitising component.

// Every closed list below is declared once in renderer/core/vocabulary; these are its names here.
import type {
  ACTOR_ROLES,
  COVERAGE_STATUSES,
  DocKind,
  DocumentStatusName,
  EntryKindName,
  EntryNatureName,
  INDICATOR_AUDIENCES,
  JurisdictionName,
  Language,
  OWNERSHIPS,
  SOURCE_TYPES,
  STRENGTHS,
  TranslationLanguage,
  VerificationLevelName,
} from '../vocabulary';

export { ENTRY_NATURES, VERIFICATION_LEVELS } from '../vocabulary';

export type Lang = Language;

/** French is the reference language and always present; the others appear where written. */
export type Localized = { fr: string } & { [L in TranslationLanguage]?: string };

export type DocumentKind = DocKind;
export type EntryKind = EntryKindName;
export type Jurisdiction = JurisdictionName;
export type DocumentStatus = DocumentStatusName;
/**
 * How a document or an entry was checked (content/README.md):
 * - `officiel`: against the official text (Journal officiel; for treaties the depositary's text), reference given;
 * - `concordant`: at least two reproductions from different publishers agree on the point;
 * - `a-verifier`: one secondary source only, sources disagree, or a point not read (the note says which).
 */
export type VerificationLevel = VerificationLevelName;

export interface Verification {
  status: VerificationLevel;
  /** Required below officiel for a document, and for an a-verifier entry: what was checked, what remains. */
  note?: string;
}

/**
 * What the text of an entry is: `resume`, Dalili's summary in its own words (everything in the pack
 * today), or `texte`, the official wording keyed by an office. Derived by the compiler, never authored.
 */
export type EntryNature = EntryNatureName;

export interface Source {
  id: string;
  label: string;
  type: (typeof SOURCE_TYPES)[number];
  /** Who published this copy: two sources are independent when their publishers differ. */
  publisher: string;
  /** The official publication's precise reference (JO number and date, column or page). */
  publication?: string;
  url?: string;
}

/** Indicator sets: whether the set is the full published list, and what is left out. */
export interface Coverage {
  status: (typeof COVERAGE_STATUSES)[number];
  note: string;
}

/** Indicator sets: whether the grouping in dimensions and the strengths come from the source or from Dalili. */
export interface Grouping {
  dimensions?: (typeof OWNERSHIPS)[number];
  strength?: (typeof OWNERSHIPS)[number];
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

export type Strength = (typeof STRENGTHS)[number];
export type Audience = (typeof INDICATOR_AUDIENCES)[number];
export type ActorRole = (typeof ACTOR_ROLES)[number];

export type LocalizedList = { fr: string[] } & { [L in TranslationLanguage]?: string[] };

/** Where the official wording was read (issue 20): the publication, its number and date, the column or page. */
export interface OfficialReference {
  /** "Journal officiel de la République démocratique du Congo". */
  publication: string;
  /** The number as printed ("n° spécial", "n° 5"), where it has one. */
  number?: string;
  /** The date, ISO (YYYY-MM-DD). */
  date: string;
  /** The column or page as printed ("col. 12", "p. 5"). */
  page: string;
}

/** The official French wording of an entry, keyed by an office from the publication it names. */
export interface OfficialText {
  /** Markdown, French: the wording as published. */
  text: string;
  reference: OfficialReference;
  /** Who keyed it in and when (ISO date): initials or an office, never more than the office chooses. */
  keyedBy: string;
  keyedOn: string;
  /** Who checked the keyed text against the publication, and when. */
  verifiedBy: string;
  verifiedOn: string;
}

/** When a version of an entry was in force, and the instrument that made it (its citation). */
export interface InForce {
  /** First day in force, ISO. */
  from: string;
  /** Last day in force, ISO; absent while it still is. */
  until?: string;
  /** The instrument that gave the entry this wording ("Loi n° … modifiant …", or the original text). */
  madeBy: string;
}

/** An earlier wording of an entry (an article before a later law amended it): summary, official text, dates. */
export interface EntryVersion {
  text: Localized;
  official?: OfficialText;
  inForce: InForce & { until: string };
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
  headingTranslations?: { [L in TranslationLanguage]?: string };
  citation: string;
  /** Markdown; cross-references are links `[label](#/doc/<docId>/<entryId>)`. */
  text: Localized;
  /** Titles of the structure headings above the entry, outermost first. */
  path: string[];
  /** Indexes in `path` of the headings Dalili added (editorial), absent when none. */
  editorialPath?: number[];
  nature: EntryNature;
  /** The official wording of the version `text` summarises, where an office keyed it (issue 20). */
  official?: OfficialText;
  /** When the version `text` summarises is in force and what made it; set when the entry has versions. */
  inForce?: InForce;
  /** Earlier versions, oldest first; `text`, `official` and `inForce` are the latest. */
  versions?: EntryVersion[];
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
