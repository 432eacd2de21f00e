import { nowMs } from './clock';
import { useState, type FormEvent } from 'react';
import {
  canMarkOriented,
  type CaseBundle,
  CONSENT_MODES,
  type Item,
  type Referral,
  REFERRAL_STATUSES,
  type ReferralDraft,
  referralChange,
  SHAREABLE,
  todayIso,
  validateReferral,
} from '../../core/cases';
import { useT } from '../i18n/useT';
import { CheckList } from './CheckList';
import { DirectoryPicker } from './DirectoryPicker';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { useCaseForm } from './useCaseForm';
import { DateInput } from '../components/DateInput';
import { ACTOR_ROLES, REFERRAL_OUTCOMES } from '../../core/vocabulary';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';
import { VocabularySelect } from './VocabularySelect';

function draftOf(item: Item<Referral> | undefined, personId: string): ReferralDraft {
  if (item)
    return {
      ...item.value,
      shared: [...item.value.shared],
      serviceType: item.value.serviceType ?? '',
      outcome: item.value.outcome ?? '',
    };
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
  const { draft, set, err, errors, failed, setFailed, summaryRef, accept } = useCaseForm<ReferralDraft>(() =>
    draftOf(item, bundle.persons[0]?.id ?? ''),
  );

  const [markOriented, setMarkOriented] = useState(false);
  const offerOriented = canMarkOriented(bundle.file, draft.consent, item === undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = accept(validateReferral(draft, bundle.file.openedOn, todayIso()));
    if (value === undefined) return;
    // The case status moves only when the person ticks it (issue 18, point 8), in the same transaction.
    const ok = await open.save(
      referralChange(bundle.file, value, {
        ...(item ? { id: item.id } : {}),
        markOriented: offerOriented && markOriented,
        at: nowMs(),
      }),
    );
    if (ok) onDone();
    else setFailed(true);
  };

  return (
    <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
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
        <DirectoryPicker contactId={draft.contactId} onPick={set} />
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
              autoComplete="off"
              {...p}
              value={draft.organisation}
              onChange={(e) => set({ organisation: e.target.value })}
            />
          )}
        </Field>
        <Field id="referral-actor" label={t('cases.referral.actor')} error={err('actor')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              value={draft.actor}
              onChange={(e) => set({ actor: e.target.value })}
            />
          )}
        </Field>
        <Field id="referral-date" label={t('cases.referral.date')} error={err('date')} required>
          {(p) => <DateInput {...p} value={draft.date} onChange={(v) => set({ date: v })} />}
        </Field>
      </div>
      <Field id="referral-reason" label={t('cases.referral.reason')} error={err('reason')} required>
        {(p) => (
          <textarea
            autoComplete="off"
            {...p}
            rows={3}
            value={draft.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
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
      <CheckList
        id="referral-shared"
        legend={t('cases.referral.shared')}
        options={SHAREABLE.map((v) => ({ value: v, label: t(`cases.shared.${v}`) }))}
        selected={draft.shared}
        onChange={(shared) => set({ shared })}
        error={err('shared')}
      />
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
          {(p) => <DateInput {...p} value={draft.followUpOn} onChange={(v) => set({ followUpOn: v })} />}
        </Field>
      </div>
      <div className="case-grid">
        <VocabularySelect
          id="referral-service-type"
          label={t('cases.stats.serviceType')}
          values={ACTOR_ROLES}
          labels={VOCABULARY_LABELS.serviceType}
          value={draft.serviceType ?? ''}
          onChange={(serviceType) => set({ serviceType })}
        />
        <VocabularySelect
          id="referral-outcome"
          label={t('cases.stats.outcome')}
          values={REFERRAL_OUTCOMES}
          labels={VOCABULARY_LABELS.referralOutcome}
          value={draft.outcome ?? ''}
          onChange={(outcome) => set({ outcome })}
        />
      </div>
      {offerOriented && (
        <label className="case-check">
          <input type="checkbox" checked={markOriented} onChange={(e) => setMarkOriented(e.target.checked)} />
          {t('cases.referral.markOriented')}
        </label>
      )}
      <div className="case-actions">
        <button type="submit">{t('cases.referral.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cases.form.cancel')}
        </button>
      </div>
    </form>
  );
}
