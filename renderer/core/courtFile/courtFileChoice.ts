import { audienceForPerson, type CaseBundle, type Person } from '../cases';

// What goes into a court file is chosen, never assumed (issue 21, point 1). The choice is data the
// form edits; `settleChoice` is the one gate the builder passes it through, so an identity can only
// reach paper where the person's consent is recorded, whatever the form sent.

/** The parts of the document after its cover, in their printed order. */
export const COURT_SECTIONS = [
  'summary',
  'persons',
  'screenings',
  'qualification',
  'referrals',
  'journal',
  'notes',
  'annexes',
] as const;
export type CourtSection = (typeof COURT_SECTIONS)[number];

/**
 * `parquet`: the dossier de transmission au parquet. `enfant`: the extract for the juge pour enfants,
 * which holds one child's part only (README.md, _The extract_).
 */
export const COURT_FILE_KINDS = ['parquet', 'enfant'] as const;
export type CourtFileKind = (typeof COURT_FILE_KINDS)[number];

/** The extract holds what is tied to the child, and the two case-wide parts only when ticked. */
export const EXTRACT_SECTIONS: readonly CourtSection[] = [
  'summary',
  'persons',
  'screenings',
  'qualification',
  'referrals',
];

export const ROLE_MAX = 120;

export interface CourtFileChoice {
  kind: CourtFileKind;
  sections: readonly CourtSection[];
  /** Person record ids shown in the document (by code and initials). */
  persons: readonly string[];
  /** Person ids whose contact details (their identity in Dalili) are shown: only with recorded consent. */
  identities: readonly string[];
  /** Whether each screening names who led it (the screening's free-text interviewer, often a name). */
  interviewers: boolean;
  /** The transmitting investigator's role on the cover ("Officier de police judiciaire"), as typed. */
  role: string;
}

/** A child: under 18 by age or age group, or marked as a child among the vulnerabilities. */
export function isChild(person: Person): boolean {
  return audienceForPerson(person) === 'child' || person.vulnerabilities.includes('child');
}

/** An identity may be shown only for a person who agreed to be reached and has details recorded. */
export function canShowIdentity(person: Person): boolean {
  return (
    person.contactConsent &&
    [person.phone, person.phone2, person.email, person.contactNote].some((v) => v.trim() !== '')
  );
}

export function childrenOf(bundle: CaseBundle): CaseBundle['persons'] {
  return bundle.persons.filter((p) => isChild(p.value));
}

/** What the form starts from: everything but the notes for the parquet, the child's own part for the extract. */
export function defaultChoice(bundle: CaseBundle, kind: CourtFileKind, childId?: string): CourtFileChoice {
  if (kind === 'enfant') {
    const child = childrenOf(bundle).find((p) => p.id === childId) ?? childrenOf(bundle)[0];
    return {
      kind,
      sections: ['persons', 'screenings', 'referrals'],
      persons: child ? [child.id] : [],
      identities: [],
      interviewers: false,
      role: '',
    };
  }
  return {
    kind,
    // Notes are free text typed for the investigator: they may name anyone, so they are read first.
    sections: COURT_SECTIONS.filter((s) => s !== 'notes'),
    persons: bundle.persons.map((p) => p.id),
    identities: [],
    interviewers: false,
    role: '',
  };
}

/**
 * The choice as the builder applies it: known sections in their order, persons of this case, identities
 * only of persons chosen whose consent is recorded, and the extract held to one child and its sections.
 */
export function settleChoice(bundle: CaseBundle, choice: CourtFileChoice): CourtFileChoice {
  const persons = new Map(bundle.persons.map((p) => [p.id, p.value]));
  const allowed = choice.kind === 'enfant' ? EXTRACT_SECTIONS : COURT_SECTIONS;
  let chosen = bundle.persons.map((p) => p.id).filter((id) => choice.persons.includes(id));
  const is = (id: string, test: (p: Person) => boolean) => {
    const person = persons.get(id);
    return person !== undefined && test(person);
  };
  if (choice.kind === 'enfant') chosen = chosen.filter((id) => is(id, isChild)).slice(0, 1);
  return {
    kind: choice.kind,
    sections: COURT_SECTIONS.filter((s) => allowed.includes(s) && choice.sections.includes(s)),
    persons: chosen,
    identities: chosen.filter((id) => choice.identities.includes(id) && is(id, canShowIdentity)),
    interviewers: choice.interviewers,
    role: choice.role.replace(/\s+/g, ' ').trim(),
  };
}

// Control characters and the bidirectional controls that could make a printed role read otherwise than
// typed (the same set renameAttachment.ts refuses in file names). Line breaks and tabs are only spaces.
const DISGUISE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;

export type ChoiceError = 'role-too-long' | 'role-invalid' | 'no-child' | 'nothing-chosen';

/** Why the document cannot be prepared as chosen, or null. */
export function checkChoice(bundle: CaseBundle, choice: CourtFileChoice): ChoiceError | null {
  const settled = settleChoice(bundle, choice);
  if (settled.role.length > ROLE_MAX) return 'role-too-long';
  if (DISGUISE.test(settled.role)) return 'role-invalid';
  if (choice.kind === 'enfant' && settled.persons.length === 0) return 'no-child';
  if (settled.sections.length === 0) return 'nothing-chosen';
  return null;
}
