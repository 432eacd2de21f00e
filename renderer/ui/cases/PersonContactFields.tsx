import type { PersonDraft } from '../../core/cases';
import { useT } from '../i18n/useT';
import { Field } from './Field';

/** Two phone numbers, an e-mail and another way to reach the person: only with consent. */
export function PersonContactFields({
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
    <fieldset className="case-fieldset">
      <legend>{t('cases.person.contact')}</legend>
      <div className="case-grid">
        <Field
          id="person-phone"
          label={t('cases.person.phone')}
          hint={t('cases.person.phoneHint')}
          error={err('phone')}
        >
          {(p) => (
            <input
              {...p}
              type="tel"
              value={draft.phone}
              onChange={(e) => set({ phone: e.target.value })}
              autoComplete="off"
            />
          )}
        </Field>
        <Field id="person-phone2" label={t('cases.person.phone2')} error={err('phone2')}>
          {(p) => (
            <input
              {...p}
              type="tel"
              value={draft.phone2}
              onChange={(e) => set({ phone2: e.target.value })}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <Field id="person-email" label={t('cases.person.email')} error={err('email')}>
        {(p) => (
          <input
            {...p}
            type="email"
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        id="person-contact-note"
        label={t('cases.person.contactNote')}
        hint={t('cases.person.contactHint')}
        error={err('contactNote')}
      >
        {(p) => (
          <input
            {...p}
            value={draft.contactNote}
            onChange={(e) => set({ contactNote: e.target.value })}
            autoComplete="off"
          />
        )}
      </Field>
    </fieldset>
  );
}
