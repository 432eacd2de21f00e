import { nowMs } from './clock';
import { useState } from 'react';
import {
  addAttachment,
  type Attachment,
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  enqueueCaseWrite,
  type FieldError,
  type Item,
  KINDS,
  readAttachment,
} from '../../core/cases';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { fieldErrorText, formatDateTime } from './caseMessages';
import type { SectionProps } from './CaseSection';
import { DeletedItems } from './DeletedItems';
import { ItemTools } from './ItemTools';
import { RenameAttachment } from './RenameAttachment';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Files kept encrypted in the vault; bytes are read and decrypted only to save a copy. */
export function AttachmentsSection({ session, open, bundle }: SectionProps) {
  const { t, language } = useT();
  const platform = usePlatform();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<Item<Attachment> | null>(null);
  const fail = (error: FieldError | 'file-unreadable' | 'saveFailed') =>
    setMessage({
      kind: 'error',
      text: typeof error === 'string' ? t(`cases.error.${error}`) : (fieldErrorText(t, error) ?? ''),
    });

  const add = async () => {
    setMessage(null);
    // The platform refuses files over the limit before reading them; the content check follows.
    const picked = await platform.openFile(
      [{ name: t('cases.attachments.add'), extensions: ATTACHMENT_EXTENSIONS }],
      ATTACHMENT_MAX_BYTES,
    );
    if (!picked.opened) {
      if (picked.reason === 'too-large') fail({ field: 'file', code: 'file-too-large' });
      else if (picked.reason === 'unreadable') fail('file-unreadable');
      return;
    }
    setBusy(true);
    try {
      const result = await enqueueCaseWrite(session, bundle.caseId, (fresh) =>
        addAttachment(session, fresh, picked.fileName, picked.data, nowMs()),
      );
      if (!result.ok) return fail(result.error);
      await open.reload();
      setMessage({ kind: 'ok', text: t('cases.attachments.added') });
    } catch {
      fail('saveFailed');
    } finally {
      setBusy(false);
    }
  };
  const saveCopy = async (a: Attachment) => {
    setMessage(null);
    try {
      const bytes = await readAttachment(session, a);
      const saved = await platform.saveFile(a.name, bytes, [
        { name: t(`cases.type.${a.type}`), extensions: [a.name.split('.').pop() ?? a.type] },
      ]);
      bytes.fill(0);
      if (saved.saved) {
        await open.save({ action: 'exported' });
        setMessage({ kind: 'ok', text: t('cases.attachments.saved', { name: saved.fileName }) });
      }
    } catch {
      setMessage({ kind: 'error', text: t('cases.attachments.damaged') });
    }
  };
  if (renaming) return <RenameAttachment open={open} item={renaming} onDone={() => setRenaming(null)} />;
  return (
    <>
      <p className="case-intro">{t('cases.attachments.intro')}</p>
      {!open.readOnly && (
        <button type="button" onClick={() => void add()} disabled={busy}>
          {t('cases.attachments.add')}
        </button>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <p className={message.kind === 'ok' ? 'success-message' : 'error-message'}>{message.text}</p>
        )}
      </div>
      {bundle.attachments.length === 0 ? (
        <p>{t('cases.attachments.empty')}</p>
      ) : (
        <table className="case-table">
          <caption className="visually-hidden">{t('cases.attachments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.attachments.col.name')}</th>
              <th scope="col">{t('cases.attachments.col.type')}</th>
              <th scope="col">{t('cases.attachments.col.size')}</th>
              <th scope="col">{t('cases.attachments.col.added')}</th>
              <th scope="col">{t('cases.attachments.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {bundle.attachments.map((item) => {
              const { id, value } = item;
              return (
                <tr key={id}>
                  <th scope="row">
                    {value.name}
                    {value.description && <p className="case-muted">{value.description}</p>}
                  </th>
                  <td>{t(`cases.type.${value.type}`)}</td>
                  <td>{t('cases.attachments.size', { size: Math.max(1, Math.round(value.size / 1024)) })}</td>
                  <td>{formatDateTime(language, value.addedAt)}</td>
                  <td className="case-item-actions">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void saveCopy(value)}
                      aria-label={`${t('cases.attachments.save')} : ${value.name}`}
                    >
                      {t('cases.attachments.save')}
                    </button>
                    <ItemTools open={open} bundle={bundle} recordId={id} what={value.name}>
                      {!open.readOnly && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setRenaming(item)}
                          aria-label={`${t('cases.attachments.rename')} : ${value.name}`}
                        >
                          {t('cases.attachments.rename')}
                        </button>
                      )}
                    </ItemTools>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <DeletedItems open={open} bundle={bundle} kinds={[KINDS.attachment]} />
    </>
  );
}
