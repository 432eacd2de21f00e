import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ATTACHMENT_DESCRIPTION_MAX,
  type Attachment,
  attachmentExtensions,
  type FieldError,
  type Item,
  renameAttachmentChange,
  validateAttachmentRename,
} from '../../core/cases';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';

/**
 * "Renommer" an attachment: its name (keeping the file's extension) and what it shows. The bytes
 * are not touched; the previous name stays in the attachment's history.
 */
export function RenameAttachment({
  open,
  item,
  onDone,
}: {
  open: OpenCase;
  item: Item<Attachment>;
  onDone: () => void;
}) {
  const { t } = useT();
  const [name, setName] = useState(item.value.name);
  const [description, setDescription] = useState(item.value.description);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateAttachmentRename(item.value, name, description);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors([]);
    // Built on the case as stored when the queue runs it: a rename made meanwhile elsewhere is not undone blindly.
    const ok = await open.save((fresh) =>
      renameAttachmentChange(fresh, item.id, checked.value.name, checked.value.description),
    );
    if (ok) onDone();
    else setFailed(true);
  };
  const extensions = attachmentExtensions(item.value.type)
    .map((ext) => `.${ext}`)
    .join(', ');

  return (
    <form
      autoComplete="off"
      className="case-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      noValidate
    >
      <h3>{t('cases.attachments.renameTitle', { name: item.value.name })}</h3>
      <p className="case-intro">{t('cases.attachments.renameIntro')}</p>
      <FormErrors errors={errors} failed={failed} focusRef={summaryRef} />
      <Field
        id={`rename-${item.id}-name`}
        label={t('cases.attachments.renameName')}
        hint={t('cases.attachments.renameNameHint', { ext: extensions })}
        error={fieldErrorText(t, errorOf(errors, 'name'))}
        required
      >
        {(p) => (
          <input
            {...p}
            ref={nameRef}
            autoComplete="off"
            maxLength={400}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`rename-${item.id}-description`}
        label={t('cases.attachments.description')}
        hint={t('cases.attachments.descriptionHint', { max: ATTACHMENT_DESCRIPTION_MAX })}
        error={fieldErrorText(t, errorOf(errors, 'description'))}
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            autoComplete="off"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="case-actions">
        <button type="submit">{t('cases.item.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cases.item.cancel')}
        </button>
      </div>
    </form>
  );
}
