import { useState } from 'react';
import type { Contact, ContactFields } from '../../core/directory';
import { useT } from '../i18n/useT';
import { ContactForm } from './ContactForm';
import { ContactTable } from './ContactTable';
import { DirectoryTransfer, type TransferMessage } from './DirectoryTransfer';
import { directoryStore, useDirectory } from './useDirectory';

type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; contact: Contact };

/** The office's own contacts: empty until the office adds or imports them. */
export function OfficeDirectory() {
  const { t } = useT();
  const { contacts, failed } = useDirectory();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [message, setMessage] = useState<TransferMessage | undefined>();

  const save = async (fields: ContactFields): Promise<'saved' | 'duplicate' | 'failed'> => {
    try {
      const store = directoryStore();
      const result =
        editing.mode === 'edit' ? await store.update(editing.contact.id, fields) : await store.add(fields);
      if (!result.ok) return result.reason === 'duplicate' ? 'duplicate' : 'failed';
      setMessage({
        kind: 'status',
        text: t(editing.mode === 'edit' ? 'directory.saved.edited' : 'directory.saved.added', {
          name: result.contact.name,
        }),
      });
      setEditing({ mode: 'closed' });
      return 'saved';
    } catch {
      return 'failed';
    }
  };

  const remove = (contact: Contact) => {
    if (!window.confirm(t('directory.delete.confirm', { name: contact.name }))) return;
    directoryStore()
      .remove(contact.id)
      .then(
        () => setMessage({ kind: 'status', text: t('directory.delete.done', { name: contact.name }) }),
        () => setMessage({ kind: 'alert', text: t('directory.error.saveFailed') }),
      );
  };

  return (
    <section className="office-directory" aria-labelledby="office-directory-title">
      <h2 id="office-directory-title">{t('directory.title')}</h2>
      <p className="directory-intro">{t('directory.intro')}</p>
      <p className="notice directory-privacy">{t('directory.privacy')}</p>
      {failed ? (
        <p className="error-panel" role="alert">
          {t('directory.unavailable')}
        </p>
      ) : (
        <>
          <div className="directory-toolbar">
            <button
              type="button"
              onClick={() => setEditing({ mode: 'add' })}
              disabled={editing.mode !== 'closed'}
            >
              {t('directory.add')}
            </button>
            <DirectoryTransfer contacts={contacts ?? []} onMessage={setMessage} />
          </div>
          <div className="directory-messages">
            {message?.kind === 'status' && <p role="status">{message.text}</p>}
            {message?.kind === 'alert' && (
              <p role="alert" className="error-message">
                {message.text}
              </p>
            )}
          </div>
          {editing.mode !== 'closed' && (
            <ContactForm
              key={editing.mode === 'edit' ? editing.contact.id : 'new'}
              contact={editing.mode === 'edit' ? editing.contact : undefined}
              onSave={save}
              onCancel={() => setEditing({ mode: 'closed' })}
            />
          )}
          {contacts === undefined ? (
            <p className="loading" role="status">
              {t('directory.loading')}
            </p>
          ) : contacts.length === 0 ? (
            <p className="directory-empty">{t('directory.empty')}</p>
          ) : (
            <ContactTable
              contacts={contacts}
              onEdit={(contact) => setEditing({ mode: 'edit', contact })}
              onDelete={remove}
            />
          )}
        </>
      )}
    </section>
  );
}
