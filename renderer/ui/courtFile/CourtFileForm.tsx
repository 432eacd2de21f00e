import { useId, type FormEvent } from 'react';
import type { CaseBundle } from '../../core/cases';
import {
  canShowIdentity,
  type ChoiceError,
  childrenOf,
  COURT_SECTIONS,
  type CourtFileChoice,
  type CourtFileKind,
  defaultChoice,
  EXTRACT_SECTIONS,
  ROLE_MAX,
} from '../../core/courtFile';
import { useT } from '../i18n/useT';

interface Props {
  bundle: CaseBundle;
  choice: CourtFileChoice;
  onChange: (choice: CourtFileChoice) => void;
  error: ChoiceError | 'failed' | null;
  /** Shown while the document is being prepared (fingerprints take time on large files). */
  progress: string | null;
  onSubmit: () => void;
  onBack: () => void;
}

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** What goes into the court file, chosen part by part and person by person; identities off by default. */
export function CourtFileForm({ bundle, choice, onChange, error, progress, onSubmit, onBack }: Props) {
  const { t } = useT();
  const ids = { kind: useId(), child: useId(), role: useId(), roleHint: useId(), error: useId() };
  const children = childrenOf(bundle);
  const extract = choice.kind === 'enfant';
  const sections = extract ? COURT_SECTIONS.filter((s) => EXTRACT_SECTIONS.includes(s)) : COURT_SECTIONS;
  const setKind = (kind: CourtFileKind) => onChange({ ...defaultChoice(bundle, kind), role: choice.role });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      className="court-form"
      onSubmit={submit}
      autoComplete="off"
      noValidate
      aria-describedby={error ? ids.error : undefined}
    >
      <p className="case-intro">{t('courtFile.form.intro')}</p>
      <fieldset>
        <legend>{t('courtFile.form.kind')}</legend>
        {(['parquet', 'enfant'] as const).map((kind) => (
          <label key={kind} className="court-choice">
            <input
              autoComplete="off"
              type="radio"
              name={ids.kind}
              checked={choice.kind === kind}
              disabled={kind === 'enfant' && children.length === 0}
              onChange={() => setKind(kind)}
            />
            {t(`courtFile.form.kind.${kind}`)}
          </label>
        ))}
        <p className="case-muted">
          {children.length === 0 ? t('courtFile.form.kind.noChild') : t('courtFile.form.kind.enfantHint')}
        </p>
      </fieldset>
      {extract && (
        <fieldset>
          <legend>{t('courtFile.form.child')}</legend>
          {children.map((p) => (
            <label key={p.id} className="court-choice">
              <input
                autoComplete="off"
                type="radio"
                name={ids.child}
                checked={choice.persons.includes(p.id)}
                onChange={() => onChange({ ...choice, persons: [p.id], identities: [] })}
              />
              {t('courtFile.form.personLine', {
                code: p.value.code,
                initials: p.value.initials,
                role: t(`cases.role.${p.value.role}`),
              })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="case-field">
        <label htmlFor={ids.role}>{t('courtFile.form.role')}</label>
        <input
          autoComplete="off"
          id={ids.role}
          type="text"
          maxLength={ROLE_MAX + 20}
          aria-describedby={ids.roleHint}
          aria-invalid={error === 'role-too-long' || error === 'role-invalid' || undefined}
          value={choice.role}
          onChange={(e) => onChange({ ...choice, role: e.target.value })}
        />
        <p id={ids.roleHint} className="case-muted">
          {t('courtFile.form.roleHint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('courtFile.form.sections')}</legend>
        <p className="case-muted">{t('courtFile.form.sectionsHint')}</p>
        {sections.map((s) => {
          const hint =
            s === 'notes'
              ? t('courtFile.form.section.notesHint')
              : extract && (s === 'summary' || s === 'qualification')
                ? t('courtFile.form.section.wholeCase')
                : null;
          return (
            <div key={s}>
              <label className="court-choice">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={choice.sections.includes(s)}
                  aria-describedby={hint ? `${ids.role}-${s}` : undefined}
                  onChange={(e) =>
                    onChange({ ...choice, sections: toggle(choice.sections, s, e.target.checked) })
                  }
                />
                {t(`courtFile.form.section.${s}`)}
              </label>
              {hint && (
                <p id={`${ids.role}-${s}`} className="case-muted court-choice-hint">
                  {hint}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      {!extract && (
        <fieldset>
          <legend>{t('courtFile.form.persons')}</legend>
          <p className="case-muted">{t('courtFile.form.personsHint')}</p>
          <ul className="court-persons-choice">
            {bundle.persons.map((p) => {
              const included = choice.persons.includes(p.id);
              const line = t('courtFile.form.personLine', {
                code: p.value.code,
                initials: p.value.initials,
                role: t(`cases.role.${p.value.role}`),
              });
              return (
                <li key={p.id}>
                  <label className="court-choice">
                    <input
                      autoComplete="off"
                      type="checkbox"
                      checked={included}
                      onChange={(e) =>
                        onChange({
                          ...choice,
                          persons: toggle(choice.persons, p.id, e.target.checked),
                          identities: e.target.checked
                            ? choice.identities
                            : toggle(choice.identities, p.id, false),
                        })
                      }
                    />
                    {line}
                  </label>
                  {canShowIdentity(p.value) ? (
                    <label className="court-choice court-identity-choice">
                      <input
                        autoComplete="off"
                        type="checkbox"
                        disabled={!included}
                        checked={included && choice.identities.includes(p.id)}
                        onChange={(e) =>
                          onChange({
                            ...choice,
                            identities: toggle(choice.identities, p.id, e.target.checked),
                          })
                        }
                        aria-label={`${t('courtFile.form.identity')} : ${p.value.code}`}
                      />
                      {t('courtFile.form.identity')}
                      <span className="case-muted"> — {t('courtFile.form.identityHint')}</span>
                    </label>
                  ) : (
                    <p className="case-muted court-identity-choice">{t('courtFile.form.identityNone')}</p>
                  )}
                </li>
              );
            })}
          </ul>
          <label className="court-choice">
            <input
              autoComplete="off"
              type="checkbox"
              checked={choice.interviewers}
              onChange={(e) => onChange({ ...choice, interviewers: e.target.checked })}
            />
            {t('courtFile.form.interviewers')}
          </label>
        </fieldset>
      )}
      <div role="alert" id={ids.error}>
        {error && <p className="error-message">{t(`courtFile.error.${error}`)}</p>}
      </div>
      <div role="status">{progress && <p className="court-progress">{progress}</p>}</div>
      <div className="actions">
        <button type="submit" disabled={progress !== null}>
          {t('courtFile.form.prepare')}
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          {t('courtFile.form.back')}
        </button>
      </div>
    </form>
  );
}
