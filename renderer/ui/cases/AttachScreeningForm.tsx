import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  audienceForPerson,
  type CaseBundle,
  type CaseScreening,
  type FieldError,
  formatCaseNumber,
  KINDS,
  loadCase,
  saveCaseChange,
  todayIso,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { setSessionScreening, useSessionScreening } from '../indicators/screeningSession';
import { nowMs } from './clock';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { ScreeningFields } from './ScreeningFields';
import { screeningFieldErrors } from './screeningFieldErrors';
import { openNotebook, refreshCase, useNotebook } from './notebookStore';

/** Which case, which person, when and by whom; then one write through the case's queue. */
export function AttachScreeningForm({
  session,
  onCancel,
  onDone,
}: {
  session: VaultSession;
  onCancel: () => void;
  onDone: (done: { number: string; code: string }) => void;
}) {
  const { t } = useT();
  const screening = useSessionScreening();
  const notebook = useNotebook();
  const [caseId, setCaseId] = useState('');
  const [loaded, setLoaded] = useState<CaseBundle | null>(null);
  const [personId, setPersonId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [interviewer, setInterviewer] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => openNotebook(session), [session]);

  const cases =
    notebook.status === 'ready'
      ? [...notebook.data.cases.values()].sort((a, b) => b.updatedAt - a.updatedAt)
      : [];
  const chosenCase = caseId || cases[0]?.caseId || '';
  useEffect(() => {
    if (chosenCase === '') return undefined;
    let live = true;
    loadCase(session, chosenCase).then(
      (read) => {
        if (!live) return;
        setLoaded(read);
        setPersonId(read.persons[0]?.id ?? '');
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [session, chosenCase]);

  if (notebook.status !== 'ready') return <p className="loading">{t('cases.list.loading')}</p>;
  if (cases.length === 0) return <p className="warning">{t('cases.attach.noCases')}</p>;
  // The case read last, shown only while it is still the chosen one.
  const bundle = loaded?.caseId === chosenCase ? loaded : null;
  const person = bundle?.persons.find((p) => p.id === personId)?.value;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!bundle || !person || !screening) return;
    const found = screeningFieldErrors(date, interviewer, bundle.file.openedOn);
    setErrors(found);
    setFailed(false);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const payload: CaseScreening = { v: 1, personId, date, interviewer: interviewer.trim(), screening };
    setBusy(true);
    try {
      // Through the case's write queue, on a freshly read case, like every other change to it.
      await saveCaseChange(
        session,
        bundle.caseId,
        { action: 'screening', put: [{ kind: KINDS.screening, payload }] },
        nowMs,
      );
      refreshCase(session, await loadCase(session, bundle.caseId));
      // The answers now live in the case, encrypted: no copy stays in memory on this page.
      setSessionScreening(undefined);
      onDone({ number: formatCaseNumber(bundle.file.number), code: person.code });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      <div className="case-grid">
        <Field id="attach-case" label={t('cases.attach.case')} required>
          {(p) => (
            <select {...p} value={chosenCase} onChange={(e) => setCaseId(e.target.value)}>
              {cases.map((c) => (
                <option key={c.caseId} value={c.caseId}>
                  {[c.label, c.site || c.territory, t(`cases.status.${c.status}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ScreeningFields
          idPrefix="attach"
          persons={bundle?.persons ?? []}
          personLabel="cases.attach.person"
          personId={personId}
          onPerson={setPersonId}
          personWarning={
            person && screening?.audience === 'adult' && audienceForPerson(person) === 'child'
              ? t('cases.attach.ageMismatch', { code: person.code })
              : undefined
          }
          date={date}
          onDate={setDate}
          interviewer={interviewer}
          onInterviewer={setInterviewer}
          errors={errors}
        />
      </div>
      {!bundle && !failed && <p className="loading">{t('cases.attach.loading')}</p>}
      {bundle && bundle.persons.length === 0 && <p className="warning">{t('cases.attach.noPersons')}</p>}
      <div className="case-actions">
        <button type="submit" disabled={busy || !bundle || !person}>
          {t('cases.attach.submit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cases.attach.cancel')}
        </button>
      </div>
    </form>
  );
}
