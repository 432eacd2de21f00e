import type { CaseBundle, CaseStatus, Person, Referral } from '../cases';
import type { Coverage, EntryNature, InForce, Strength, VerificationLevel } from '../content';
import type { Mark, Reading } from '../screening';
import type { CourtFileKind, CourtSection } from './courtFileChoice';

// The court file as data: what the printed document shows, already chosen and ordered, with no
// word of interface language. The UI words it in French (renderer/ui/courtFile).

export interface CourtPerson {
  id: string;
  code: string;
  role: Person['role'];
  initials: string;
  age: number | null;
  ageGroup: Person['ageGroup'];
  sex: Person['sex'];
  nationality: string;
  languages: string;
  vulnerabilities: Person['vulnerabilities'];
  child: boolean;
  /** Present only when the person consented and the user chose to show it. */
  identity?: { phone: string; phone2: string; email: string; contactNote: string };
}

export interface CourtScreeningList {
  setId: string;
  /** The list's short name, in French. */
  name: string;
  coverage?: Coverage;
  reading: Reading;
  /** The indicators marked on this list, by mark, in the list's order. */
  marked: { id: string; heading: string; mark: Exclude<Mark, 'not-asked'>; strength?: Strength }[];
}

export interface CourtScreening {
  id: string;
  date: string;
  personCode: string;
  /** Who led it, only when the user chose to name them. */
  interviewer?: string;
  /** Empty when the screening's list is no longer in the library (then `setMissing`). */
  lists: CourtScreeningList[];
  setMissing: boolean;
}

export interface CourtArticle {
  id: string;
  citation: string;
  heading: string;
  nature: EntryNature;
  level: VerificationLevel;
  /** The version applied: the one in force on the date of the facts, where the entry has versions. */
  inForce?: InForce;
  /** No version Dalili holds was in force on the date of the facts. */
  noVersionAtFacts: boolean;
  /** The library no longer holds this entry: its id only, said as such. */
  missing: boolean;
}

export interface CourtReferral {
  id: string;
  date: string;
  personCode: string;
  organisation: string;
  actor: string;
  reason: string;
  consent: boolean;
  consentMode: Referral['consentMode'];
  status: Referral['status'];
  followUpOn: string;
}

export interface CourtJournalEntry {
  seq: number;
  at: number;
  action: CaseBundle['audit'][number]['action'];
  included?: CaseBundle['audit'][number]['included'];
}

export interface CourtAnnex {
  /** Annexe 1, 2… in the order the attachments were added. */
  index: number;
  id: string;
  name: string;
  description: string;
  type: string;
  size: number;
  addedAt: number;
  /** SHA-256 of the decrypted bytes, hexadecimal; null when the bytes could not be read. */
  sha256: string | null;
}

export interface CourtFile {
  kind: CourtFileKind;
  number: string;
  /** ISO day the document was prepared. */
  preparedOn: string;
  openedOn: string;
  incidentOn: string;
  status: CaseStatus;
  /** The office (the notebook's label, and the service from Paramètres when set). */
  office: string;
  service: string;
  role: string;
  /** The extract's child, by code. */
  childCode?: string;
  sections: readonly CourtSection[];
  summary: { text: string; place: CaseBundle['file']['place'] };
  persons: CourtPerson[];
  screenings: CourtScreening[];
  qualification: CourtArticle[];
  referrals: CourtReferral[];
  /** The whole journal (parquet only), its length and last hash, and whether it checked out. */
  journal: { entries: CourtJournalEntry[]; count: number; head: string; intact: boolean };
  notes: { at: number; text: string }[];
  annexes: CourtAnnex[];
}
