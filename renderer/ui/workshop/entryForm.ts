import type { Entry, OfficialText, VerificationLevel } from '../../core/content';
import type { EntryEdit, EntryEditProblems } from '../../core/workshop';
import type { MessageKey } from '../i18n/catalog';

// The entry form's fields as typed, and the edit they make. Dates are typed YYYY-MM-DD (the date inputs
// give that); empty official fields mean "no official text".

export interface EntryFormFields {
  text: string;
  publication: string;
  number: string;
  date: string;
  page: string;
  keyedBy: string;
  keyedOn: string;
  verifiedBy: string;
  verifiedOn: string;
  level: VerificationLevel;
  note: string;
}

export type FormField = keyof EntryFormFields;

const OFFICIAL_FIELDS: readonly FormField[] = [
  'text',
  'publication',
  'number',
  'date',
  'page',
  'keyedBy',
  'verifiedBy',
];

export function formFromEntry(entry: Entry, today: string): EntryFormFields {
  const o = entry.official;
  return {
    text: o?.text ?? '',
    publication: o?.reference.publication ?? '',
    number: o?.reference.number ?? '',
    date: o?.reference.date ?? '',
    page: o?.reference.page ?? '',
    keyedBy: o?.keyedBy ?? '',
    keyedOn: o?.keyedOn ?? today,
    verifiedBy: o?.verifiedBy ?? '',
    verifiedOn: o?.verifiedOn ?? today,
    level: entry.verification.status,
    note: entry.verification.note ?? '',
  };
}

/** The edit the form makes on the pack's entry (`original`), relative to what the pack has. */
export function editFromForm(original: Entry, base: string, f: EntryFormFields): EntryEdit {
  const anyOfficial = OFFICIAL_FIELDS.some((name) => f[name].trim() !== '');
  const official: OfficialText | null | undefined = anyOfficial
    ? {
        text: f.text,
        reference: {
          publication: f.publication,
          ...(f.number.trim() ? { number: f.number } : {}),
          date: f.date,
          page: f.page,
        },
        keyedBy: f.keyedBy,
        keyedOn: f.keyedOn,
        verifiedBy: f.verifiedBy,
        verifiedOn: f.verifiedOn,
      }
    : original.official
      ? null
      : undefined;
  const note = f.note.trim();
  return {
    kind: 'entry',
    entryId: original.id,
    base,
    ...(official !== undefined ? { official } : {}),
    verification: note ? { status: f.level, note } : { status: f.level },
  };
}

/** Each problem as a translated message under the field a person must correct. */
export function fieldErrors(problems: EntryEditProblems): Partial<Record<FormField, MessageKey>> {
  const errors: Partial<Record<FormField, MessageKey>> = {};
  for (const p of problems.official) errors[p.field] ??= `workshop.error.${p.code}`;
  if (problems.notALaw) errors.text ??= 'workshop.error.notALaw';
  if (problems.level)
    errors[problems.level === 'a-verifier-without-note' ? 'note' : 'level'] ??=
      `workshop.error.level.${problems.level}`;
  return errors;
}
