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
export type VerificationStatus = 'verifie' | 'a-verifier';

export interface Verification {
  status: VerificationStatus;
  /** Present (and required) when status is a-verifier: what remains to check. */
  note?: string;
}

export interface Source {
  id: string;
  label: string;
  type: 'official' | 'secondary';
  url?: string;
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
  | { type: 'heading'; title: string; depth: number; text?: string; children: OutlineNode[] }
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
  citation: string;
  /** Markdown; cross-references are links `[label](#/doc/<docId>/<entryId>)`. */
  text: Localized;
  /** Titles of the structure headings above the entry, outermost first. */
  path: string[];
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
