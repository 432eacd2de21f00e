import { AGE_GROUPS, type PersonDraft, SEXES } from '../../core/cases';
import { useT } from '../i18n/useT';
import { Field } from './Field';
import { NATIONALITY_CODES } from '../../core/vocabulary';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';
import { VocabularySelect } from './VocabularySelect';

/** The age group follows a typed age, so lists and the fiche say the same thing. */
function ageGroupOf(age: string): string | undefined {
  if (!/^\d{1,3}$/.test(age.trim())) return undefined;
  const n = Number(age);
  return n <= 11
    ? '0-11'
    : n <= 14
      ? '12-14'
      : n <= 17
        ? '15-17'
        : n <= 24
          ? '18-24'
          : n <= 59
            ? '25-59'
            : '60+';
}

/** Age, age group, sex, nationality and languages of a person. */
export function PersonDetailsFields({
  draft,
  errorOf: err,
  onChange: set,
}: {
  draft: PersonDraft;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<PersonDraft>) => void;
}) {
  const { t } = useT();
  return (
    <>
      <div className="case-grid">
        <Field id="person-age" label={t('cases.person.age')} error={err('age')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              inputMode="numeric"
              value={draft.age}
              onChange={(e) =>
                set({ age: e.target.value, ageGroup: ageGroupOf(e.target.value) ?? draft.ageGroup })
              }
              size={4}
            />
          )}
        </Field>
        <Field id="person-age-group" label={t('cases.person.ageGroup')}>
          {(p) => (
            <select {...p} value={draft.ageGroup} onChange={(e) => set({ ageGroup: e.target.value })}>
              {AGE_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`cases.ageGroup.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="person-sex" label={t('cases.person.sex')}>
          {(p) => (
            <select {...p} value={draft.sex} onChange={(e) => set({ sex: e.target.value })}>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.sex.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="case-grid">
        <Field id="person-nationality" label={t('cases.person.nationality')} error={err('nationality')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              value={draft.nationality}
              onChange={(e) => set({ nationality: e.target.value })}
            />
          )}
        </Field>
        <VocabularySelect
          id="person-nationality-code"
          label={t('cases.stats.nationalityCode')}
          values={NATIONALITY_CODES}
          labels={VOCABULARY_LABELS.nationalityCode}
          value={draft.nationalityCode ?? ''}
          onChange={(nationalityCode) => set({ nationalityCode })}
        />
        <Field id="person-languages" label={t('cases.person.languages')} error={err('languages')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              value={draft.languages}
              onChange={(e) => set({ languages: e.target.value })}
            />
          )}
        </Field>
      </div>
    </>
  );
}
