import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  type CaseBundle,
  deleteCase,
  type FieldError,
  formatCaseNumber,
  loadCase,
  UNDO_DAYS,
  validateCaseDeletion,
} from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { nowMs } from './clock';
import { DeletionReasonField } from './DeletionReasonField';
import { Field } from './Field';
import { refreshCase } from './notebookStore';

/**
 * « Supprimer ce dossier »: a reason and the case number typed again, in place (no window to lose).
 * Not offered in a closed case: it is read-only, and is reopened first (journalled) like any change.
 */
export function DeleteCase({
  session,
  bundle,
  onDeleted,
}: {
  session: VaultSession;
  bundle: CaseBundle;
  onDeleted: (number: string) => void;
}) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (asking) field.current?.focus();
  }, [asking]);
  const number = formatCaseNumber(bundle.file.number);
  if (bundle.file.status === 'clos') return null;
  const close = () => {
    setAsking(false);
    setReason('');
    setTyped('');
    setErrors([]);
    setFailed(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCaseDeletion(bundle, reason, typed);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors([]);
    setBusy(true);
    try {
      await deleteCase(session, bundle.caseId, checked.value, typed, nowMs);
      // The list moves it to « Dossiers supprimés » without reading the other cases.
      refreshCase(session, await loadCase(session, bundle.caseId));
      onDeleted(number);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  if (!asking)
    return (
      <div className="case-delete-whole">
        <button ref={button} type="button" className="secondary case-delete" onClick={() => setAsking(true)}>
          {t('cases.caseDelete.button')}
        </button>
      </div>
    );
  return (
    <form
      autoComplete="off"
      className="case-delete-confirm case-delete-whole"
      role="group"
      aria-labelledby="case-delete-title"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      noValidate
    >
      <p id="case-delete-title" className="case-delete-title">
        <strong>{t('cases.caseDelete.title', { number })}</strong>
      </p>
      <p>{t('cases.caseDelete.explain', { days: UNDO_DAYS })}</p>
      {failed && (
        <p className="error-message" role="alert">
          {t('cases.caseDelete.failed')}
        </p>
      )}
      <DeletionReasonField
        id="case-delete-reason"
        hint={t('cases.caseDelete.reasonHint')}
        errors={errors}
        value={reason}
        onChange={setReason}
        fieldRef={field}
      />
      <Field
        id="case-delete-number"
        label={t('cases.caseDelete.confirmNumber', { number })}
        error={fieldErrorText(t, errorOf(errors, 'confirmNumber'))}
        required
      >
        {(p) => (
          <input
            {...p}
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              // A mismatch said before is stale once the number is typed again.
              setErrors(errors.filter((x) => x.field !== 'confirmNumber'));
            }}
          />
        )}
      </Field>
      <div className="case-delete-buttons">
        <button type="submit" className="danger" disabled={busy}>
          {t('cases.caseDelete.confirm')}
        </button>
        <button type="button" className="secondary" onClick={close}>
          {t('cases.delete.cancel')}
        </button>
      </div>
    </form>
  );
}
