import { nowMs } from './clock';
import { useState, type FormEvent } from 'react';
import {
  type CaseBundle,
  type CaseDraft,
  type CaseSummary,
  formatCaseNumber,
  loadCase,
  nextCaseNumber,
  normalisePrefix,
  saveCaseChange,
  saveNewCase,
  todayIso,
  validateCase,
} from '../../core/cases';
import { newOpaqueId, type VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { CasePlaceFields } from './CasePlaceFields';
import { CaseStatisticsFields } from './CaseStatisticsFields';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { refreshCase } from './notebookStore';
import { useCaseForm } from './useCaseForm';
import { DateInput } from '../components/DateInput';

const LAST_PREFIX = 'dalili.cases.prefix';

function draftOf(bundle: CaseBundle | undefined, cases: readonly CaseSummary[]): CaseDraft {
  if (bundle) {
    const { file } = bundle;
    const coord = (n: number | null) => (n === null ? '' : String(n));
    return {
      prefix: file.number.prefix,
      openedOn: file.openedOn,
      incidentOn: file.incidentOn,
      province: file.place.province,
      territory: file.place.territory,
      site: file.place.site,
      lat: coord(file.place.lat),
      lon: coord(file.place.lon),
      summary: file.summary,
      siteType: file.siteType ?? '',
      exploitation: [...(file.exploitation ?? [])],
    };
  }
  // The office prefix is a preference of this computer (not case data): remembered in localStorage.
  const prefix = localStorage.getItem(LAST_PREFIX) ?? cases[0]?.number.prefix ?? '';
  return {
    prefix,
    openedOn: todayIso(),
    incidentOn: '',
    province: '',
    territory: '',
    site: '',
    lat: '',
    lon: '',
    summary: '',
  };
}

/** The case record without its optional statistics fields: emptied in the form, they are removed. */
function withoutStatisticsFields(file: CaseBundle['file']): CaseBundle['file'] {
  const rest = { ...file };
  delete rest.siteType;
  delete rest.exploitation;
  return rest;
}

/** Creates a case (bundle absent) or edits its summary, dates and place. */
export function CaseForm({
  session,
  cases,
  bundle,
  onDone,
}: {
  session: VaultSession;
  cases: readonly CaseSummary[];
  bundle?: CaseBundle;
  onDone: (caseId?: string) => void;
}) {
  const { t } = useT();
  const { draft, set, err, errors, failed, setFailed, summaryRef, accept } = useCaseForm<CaseDraft>(() =>
    draftOf(bundle, cases),
  );
  const [busy, setBusy] = useState(false);
  const year = Number(draft.openedOn.slice(0, 4)) || new Date().getFullYear();
  const number = bundle
    ? bundle.file.number
    : nextCaseNumber(
        cases.map((c) => c.number),
        draft.prefix,
        year,
      );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const value = accept(validateCase(draft, todayIso()));
    if (value === undefined) return;
    setBusy(true);
    try {
      const now = nowMs();
      if (bundle) {
        // Built on the case as stored when the write runs: a status changed meanwhile is kept.
        await saveCaseChange(
          session,
          bundle.caseId,
          (fresh) => ({
            action: 'edited',
            file: {
              ...withoutStatisticsFields(fresh.file),
              incidentOn: value.incidentOn,
              place: value.place,
              summary: value.summary,
              ...(value.siteType === undefined ? {} : { siteType: value.siteType }),
              ...(value.exploitation === undefined ? {} : { exploitation: value.exploitation }),
            },
          }),
          () => now,
        );
        refreshCase(session, await loadCase(session, bundle.caseId));
        onDone(bundle.caseId);
      } else {
        const caseId = newOpaqueId();
        await saveNewCase(session, caseId, number, value, now);
        localStorage.setItem(LAST_PREFIX, value.prefix);
        refreshCase(session, await loadCase(session, caseId));
        onDone(caseId);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form autoComplete="off" className="case-form panel" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{bundle ? t('cases.form.editTitle') : t('cases.form.newTitle')}</h2>
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      {!bundle && (
        <Field
          id="case-prefix"
          label={t('cases.form.prefix')}
          hint={t('cases.form.prefixHint')}
          error={err('prefix')}
          required
        >
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              value={draft.prefix}
              onChange={(e) => set({ prefix: normalisePrefix(e.target.value).slice(0, 8) })}
              size={10}
            />
          )}
        </Field>
      )}
      {draft.prefix.length >= 2 && (
        <p className="case-number-preview">
          {t('cases.form.numberPreview', { number: formatCaseNumber(number) })}
        </p>
      )}
      <div className="case-grid">
        {!bundle && (
          <Field id="case-opened" label={t('cases.form.openedOn')} error={err('openedOn')} required>
            {(p) => <DateInput {...p} value={draft.openedOn} onChange={(v) => set({ openedOn: v })} />}
          </Field>
        )}
        <Field id="case-incident" label={t('cases.form.incidentOn')} error={err('incidentOn')}>
          {(p) => <DateInput {...p} value={draft.incidentOn} onChange={(v) => set({ incidentOn: v })} />}
        </Field>
      </div>
      <CasePlaceFields draft={draft} errorOf={err} onChange={set} />
      <CaseStatisticsFields draft={draft} onChange={set} />
      <Field
        id="case-summary"
        label={t('cases.form.summary')}
        hint={t('cases.form.summaryHint')}
        error={err('summary')}
        required
      >
        {(p) => (
          <textarea
            autoComplete="off"
            {...p}
            rows={5}
            value={draft.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </Field>
      <div className="case-actions">
        <button type="submit" disabled={busy}>
          {bundle ? t('cases.form.save') : t('cases.form.create')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(bundle?.caseId)}>
          {t('cases.form.cancel')}
        </button>
      </div>
    </form>
  );
}
