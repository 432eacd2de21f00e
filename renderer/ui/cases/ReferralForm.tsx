import { nowMs } from './clock';
import { useRef, useState, type FormEvent } from 'react';
import type { CaseBundle, Item } from '../../core/cases/caseBundle';
import { todayIso } from '../../core/cases/caseDates';
import {
  CONSENT_MODES,
  KINDS,
  REFERRAL_STATUSES,
  SHAREABLE,
  type Referral,
} from '../../core/cases/caseSchemas';
import type { FieldError } from '../../core/cases/fieldError';
import { validateReferral, type ReferralDraft } from '../../core/cases/validateReferral';
import { useT } from '../i18n/useT';
import { useDirectory } from '../referral/useDirectory';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';

function draftOf(item: Item<Referral> | undefined, personId: string): ReferralDraft {
  if (item) return { ...item.value, shared: [...item.value.shared] };
  return {
    personId,
    contactId: '',
    actor: '',
    organisation: '',
    date: todayIso(),
    reason: '',
    consent: false,
    consentMode: '',
    shared: [],
    status: 'envoyee',
    followUpOn: '',
  };
}

export function ReferralForm({
  open,
  bundle,
  item,
  onDone,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  item: Item<Referral> | undefined;
  onDone: () => void;
}) {
  const { t } = useT();
  const { contacts } = useDirectory();
  const [draft, setDraft] = useState<ReferralDraft>(() => draftOf(item, bundle.persons[0]?.id ?? ''));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<ReferralDraft>) => setDraft({ ...draft, ...patch });
  const err = (field: string) => fieldErrorText(t, errorOf(errors, field));
  const pickContact = (id: string) => {
    const c = contacts?.find((x) => x.id === id);
    set(
      c
        ? { contactId: c.id, organisation: c.organisation, actor: c.role ? `${c.name} (${c.role})` : c.name }
        : { contactId: '' },
    );
  };
  const toggle = (s: string) =>
    set({ shared: draft.shared.includes(s) ? draft.shared.filter((x) => x !== s) : [...draft.shared, s] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateReferral(draft, bundle.file.openedOn, todayIso());
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors([]);
    // A first referral moves an open case to "orienté"; the change is in the same transaction.
    const file =
      !item && bundle.file.status === 'ouvert'
        ? {
            ...bundle.file,
            status: 'oriente' as const,
            statusHistory: [
              ...bundle.file.statusHistory,
              { status: 'oriente' as const, on: result.value.date, at: nowMs() },
            ],
          }
        : undefined;
    const ok = await open.save({
      action: 'referral',
      ...(file ? { file } : {}),
      put: [{ ...(item ? { id: item.id } : {}), kind: KINDS.referral, payload: result.value }],
    });
    if (ok) onDone();
    else setFailed(true);
  };

  return (
    <form className="case-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      <div className="case-grid">
        <Field id="referral-person" label={t('cases.referral.person')} required>
          {(p) => (
            <select {...p} value={draft.personId} onChange={(e) => set({ personId: e.target.value })}>
              {bundle.persons.map((x) => (
                <option
                  key={x.id}
                  value={x.id}
                >{`${x.value.code} · ${t(`cases.role.${x.value.role}`)}`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="referral-contact"
          label={t('cases.referral.contact')}
          hint={contacts?.length === 0 ? t('cases.referral.directoryEmpty') : undefined}
        >
          {(p) => (
            <select {...p} value={draft.contactId} onChange={(e) => pickContact(e.target.value)}>
              <option value="">{t('cases.referral.contactNone')}</option>
              {(contacts ?? []).map((c) => (
                <option key={c.id} value={c.id}>{`${c.organisation} · ${c.name}`}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="case-grid">
        <Field
          id="referral-organisation"
          label={t('cases.referral.organisation')}
          error={err('organisation')}
          required
        >
          {(p) => (
            <input
              {...p}
              value={draft.organisation}
              onChange={(e) => set({ organisation: e.target.value })}
            />
          )}
        </Field>
        <Field id="referral-actor" label={t('cases.referral.actor')} error={err('actor')}>
          {(p) => <input {...p} value={draft.actor} onChange={(e) => set({ actor: e.target.value })} />}
        </Field>
        <Field id="referral-date" label={t('cases.referral.date')} error={err('date')} required>
          {(p) => (
            <input {...p} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
          )}
        </Field>
      </div>
      <Field id="referral-reason" label={t('cases.referral.reason')} error={err('reason')} required>
        {(p) => (
          <textarea {...p} rows={3} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />
        )}
      </Field>
      <label className="case-check">
        <input type="checkbox" checked={draft.consent} onChange={(e) => set({ consent: e.target.checked })} />
        {t('cases.referral.consent')}
      </label>
      {draft.consent && (
        <Field
          id="referral-consent-mode"
          label={t('cases.referral.consentMode')}
          error={err('consentMode')}
          required
        >
          {(p) => (
            <select {...p} value={draft.consentMode} onChange={(e) => set({ consentMode: e.target.value })}>
              <option value="" />
              {CONSENT_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`cases.consentMode.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset
        className="case-fieldset"
        aria-describedby={err('shared') ? 'referral-shared-error' : undefined}
      >
        <legend>{t('cases.referral.shared')}</legend>
        <div className="case-checks">
          {SHAREABLE.map((s) => (
            <label key={s} className="case-check">
              <input type="checkbox" checked={draft.shared.includes(s)} onChange={() => toggle(s)} />
              {t(`cases.shared.${s}`)}
            </label>
          ))}
        </div>
        {err('shared') && (
          <p className="error-message" id="referral-shared-error">
            {err('shared')}
          </p>
        )}
      </fieldset>
      <div className="case-grid">
        <Field id="referral-status" label={t('cases.referral.status')}>
          {(p) => (
            <select {...p} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
              {REFERRAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.rstatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="referral-follow-up" label={t('cases.referral.followUpOn')} error={err('followUpOn')}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={draft.followUpOn}
              onChange={(e) => set({ followUpOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="case-actions">
        <button type="submit">{t('cases.referral.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cases.form.cancel')}
        </button>
      </div>
    </form>
  );
}
