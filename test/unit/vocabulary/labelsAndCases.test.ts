// Labels, filters and case schemas derive from the one vocabulary: every value has a label written in each
// language (not a French fallback), each filter offers one choice per value, and every case record kind has
// exactly one decoder, used both to read the notebook and to check a transfer.
import { describe, expect, it } from 'vitest';
import { CASE_RECORD_SCHEMAS, caseRecordSchema } from '../../../renderer/core/cases/caseRecordSchemas';
import { caseFileSchema, personSchema, referralSchema } from '../../../renderer/core/cases/caseSchemas';
import { isReferralOpen } from '../../../renderer/core/cases/followUp';
import {
  ACTOR_ROLES,
  CASE_RECORD_KIND_LIST,
  CASE_RECORD_KINDS,
  CASE_STATUSES,
  DOC_KINDS,
  DOCUMENT_STATUSES,
  ENTRY_NATURES,
  JURISDICTIONS,
  LANGUAGE_FACTS,
  LANGUAGES,
  MARKS,
  PERSON_ROLES,
  REFERRAL_STATUSES,
  SCREENING_AUDIENCES,
  STRENGTHS,
  VERIFICATION_LEVELS,
} from '../../../renderer/core/vocabulary';
import {
  EXPLOITATION_FORMS,
  NATIONALITY_CODES,
  REFERRAL_OUTCOMES,
  SITE_TYPES,
} from '../../../renderer/core/vocabulary';
import { kindLabel } from '../../../renderer/ui/backup/kindLabel';
import { catalog } from '../../../renderer/ui/i18n/catalog';
import { VOCABULARY_LABELS } from '../../../renderer/ui/i18n/vocabularyLabels';
import { filterOptions } from '../../../renderer/ui/search/filterOptions';
import { filtersFromParams, searchAddress } from '../../../renderer/ui/search/searchAddress';

const LISTS: { [F in keyof typeof VOCABULARY_LABELS]: readonly string[] } = {
  docKind: DOC_KINDS,
  docKindCount: DOC_KINDS,
  docKindFilter: DOC_KINDS,
  docKindResults: DOC_KINDS,
  nature: ENTRY_NATURES,
  natureExplain: ENTRY_NATURES,
  verification: VERIFICATION_LEVELS,
  verificationExplain: VERIFICATION_LEVELS,
  jurisdiction: JURISDICTIONS,
  jurisdictionFilter: JURISDICTIONS,
  documentStatus: DOCUMENT_STATUSES,
  languageName: LANGUAGES,
  languageFilter: LANGUAGES,
  strength: STRENGTHS,
  screeningAudience: SCREENING_AUDIENCES,
  mark: MARKS,
  actorRole: ACTOR_ROLES,
  caseStatus: CASE_STATUSES,
  personRole: PERSON_ROLES,
  referralStatus: REFERRAL_STATUSES,
  caseRecordKind: CASE_RECORD_KIND_LIST,
  siteType: SITE_TYPES,
  exploitation: EXPLOITATION_FORMS,
  nationalityCode: NATIONALITY_CODES,
  serviceType: ACTOR_ROLES,
  referralOutcome: REFERRAL_OUTCOMES,
};

/** The text a key has in one language's own catalogue, or undefined when that language lacks it. */
const written = (language: string, key: string): string | undefined => {
  const dot = key.indexOf('.');
  const namespace = (catalog as unknown as Record<string, Record<string, Record<string, string>>>)[
    key.slice(0, dot)
  ];
  return namespace?.[language]?.[key.slice(dot + 1)];
};

describe('labels', () => {
  it('each label family has one key per declared value, no more', () => {
    for (const [family, keys] of Object.entries(VOCABULARY_LABELS)) {
      expect(Object.keys(keys), family).toEqual([...LISTS[family as keyof typeof LISTS]]);
    }
  });

  it('every value has its own label in every language, and no two values share one', () => {
    const missing: string[] = [];
    for (const [family, keys] of Object.entries(VOCABULARY_LABELS)) {
      for (const language of LANGUAGES) {
        const texts = Object.values<string>(keys).map((key) => {
          const text = written(language, key);
          if (!text?.trim()) missing.push(`${language}: ${key}`);
          return text;
        });
        if (family !== 'docKindCount')
          expect(new Set(texts).size, `${language} ${family}`).toBe(texts.length);
      }
    }
    expect(missing).toEqual([]);
  });

  it('each language has a catalogue in every namespace, a name written in itself and a locale dates can use', () => {
    for (const [name, namespace] of Object.entries(catalog))
      expect(Object.keys(namespace).sort(), name).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(LANGUAGE_FACTS[language].nativeName.length).toBeGreaterThan(0);
      expect(() => new Intl.DateTimeFormat(LANGUAGE_FACTS[language].locale)).not.toThrow();
    }
  });

  it('a record kind of the notebook is named; any other kind reads "another entry"', () => {
    for (const kind of CASE_RECORD_KIND_LIST) expect(kindLabel(kind)).toBe(`backup.kind.${kind}`);
    expect(kindLabel('case-note-draft')).toBe('backup.kind.other');
    expect(kindLabel('__proto__')).toBe('backup.kind.other');
  });
});

describe('search filters', () => {
  it('offer one choice per kind, jurisdiction and language, in the declared order, each with its label', () => {
    const kinds = filterOptions(DOC_KINDS, VOCABULARY_LABELS.docKindFilter);
    expect(kinds.map((o) => o.value)).toEqual([...DOC_KINDS]);
    expect(kinds.map((o) => o.label)).toEqual(DOC_KINDS.map((k) => `search.filter.kind.${k}`));
    expect(filterOptions(JURISDICTIONS, VOCABULARY_LABELS.jurisdictionFilter).map((o) => o.value)).toEqual([
      ...JURISDICTIONS,
    ]);
    expect(filterOptions(LANGUAGES, VOCABULARY_LABELS.languageFilter).map((o) => o.value)).toEqual([
      ...LANGUAGES,
    ]);
  });

  it('the address keeps each declared filter value and drops any other', () => {
    for (const kind of DOC_KINDS) {
      for (const jurisdiction of JURISDICTIONS) {
        for (const lang of LANGUAGES) {
          const filters = { kind, jurisdiction, lang };
          const address = searchAddress('travail', filters);
          expect(filtersFromParams(new URLSearchParams(address.split('?')[1]))).toEqual(filters);
        }
      }
    }
    expect(filtersFromParams(new URLSearchParams('type=treaty&juridiction=national&langue=zz'))).toEqual({});
  });
});

describe('case records', () => {
  it('every record kind has exactly one decoder, and an unknown kind has none', () => {
    expect(Object.keys(CASE_RECORD_SCHEMAS).sort()).toEqual([...CASE_RECORD_KIND_LIST].sort());
    for (const kind of CASE_RECORD_KIND_LIST) expect(caseRecordSchema(kind)).toBe(CASE_RECORD_SCHEMAS[kind]);
    for (const hostile of ['case-note-draft', '__proto__', 'constructor', 'toString', ''])
      expect(caseRecordSchema(hostile)).toBeUndefined();
    expect(caseRecordSchema(CASE_RECORD_KINDS.case)).toBe(caseFileSchema);
  });

  it('statuses and roles in the schemas are the declared ones', () => {
    expect(caseFileSchema.shape.status.options).toEqual([...CASE_STATUSES]);
    expect(personSchema.shape.role.options).toEqual([...PERSON_ROLES]);
    expect(referralSchema.shape.status.options).toEqual([...REFERRAL_STATUSES]);
  });

  it('a referral sent or accepted is still open; refused or closed is not', () => {
    expect(REFERRAL_STATUSES.filter((status) => isReferralOpen({ status }))).toEqual(['envoyee', 'acceptee']);
  });
});
