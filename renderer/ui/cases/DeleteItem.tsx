import { useEffect, useRef, useState, type FormEvent } from 'react';
import { type FieldError, UNDO_DAYS, validateDeletionReason } from '../../core/cases';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/catalog';
import { DeletionReasonField } from './DeletionReasonField';
import type { OpenCase } from './useCase';

/**
 * "Supprimer" for one item: asks for confirmation and a reason in place (no window to lose), then
 * deletes through the case's queue. Escape or "Annuler" closes it and gives the focus back.
 */
export function DeleteItem({ open, recordId, what }: { open: OpenCase; recordId: string; what: string }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (asking) field.current?.focus();
  }, [asking]);
  if (open.readOnly) return null;
  const close = () => {
    setAsking(false);
    setReason('');
    setErrors([]);
    setFailure(null);
    requestAnimationFrame(() => button.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateDeletionReason(reason);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors([]);
    const code = await open.deleteItem(recordId, checked.value);
    if (code === 'person-in-use') setFailure('cases.error.person-in-use');
    else if (code === 'case-closed') setFailure('cases.error.case-closed');
    else if (code !== null) setFailure('cases.delete.failed');
  };
  if (!asking)
    return (
      <button
        ref={button}
        type="button"
        className="secondary case-delete"
        onClick={() => setAsking(true)}
        aria-label={`${t('cases.delete.button')} : ${what}`}
      >
        {t('cases.delete.button')}
      </button>
    );
  const titleId = `delete-${recordId}-title`;
  return (
    <form
      autoComplete="off"
      className="case-delete-confirm"
      role="group"
      aria-labelledby={titleId}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      noValidate
    >
      <p id={titleId} className="case-delete-title">
        <strong>{t('cases.delete.title', { what })}</strong>
      </p>
      <p>{t('cases.delete.explain', { days: UNDO_DAYS })}</p>
      {failure && (
        <p className="error-message" role="alert">
          {t(failure as MessageKey)}
        </p>
      )}
      <DeletionReasonField
        id={`delete-${recordId}-reason`}
        hint={t('cases.delete.reasonHint')}
        errors={errors}
        value={reason}
        onChange={setReason}
        fieldRef={field}
      />
      <div className="case-delete-buttons">
        <button type="submit" className="danger">
          {t('cases.delete.confirm')}
        </button>
        <button type="button" className="secondary" onClick={close}>
          {t('cases.delete.cancel')}
        </button>
      </div>
    </form>
  );
}
