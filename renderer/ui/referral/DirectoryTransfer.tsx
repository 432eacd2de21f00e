import { type Contact, MAX_IMPORT_BYTES, parseDirectoryFile, serialiseDirectory } from '../../core/directory';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { importErrorMessage } from './directoryMessages';
import { directoryStore } from './useDirectory';

export type TransferMessage = { kind: 'status' | 'alert'; text: string };

const FILTERS = [{ name: 'Répertoire Dalili (JSON)', extensions: ['json'] }];

/** Export and import as a file, to pass the directory from one office to another on a USB stick. */
export function DirectoryTransfer({
  contacts,
  onMessage,
}: {
  contacts: Contact[];
  onMessage: (m: TransferMessage) => void;
}) {
  const { t } = useT();
  const platform = usePlatform();

  const exportFile = () => {
    const name = `repertoire-dalili-${new Date().toISOString().slice(0, 10)}.json`;
    platform.saveFile(name, serialiseDirectory(contacts, new Date()), FILTERS).then(
      (result) =>
        result.saved &&
        onMessage({
          kind: 'status',
          text: t('directory.export.done', { count: contacts.length, file: result.fileName }),
        }),
      () => onMessage({ kind: 'alert', text: t('directory.export.failed') }),
    );
  };

  const importFile = async () => {
    const opened = await platform.openFile(FILTERS, MAX_IMPORT_BYTES);
    if (!opened.opened) {
      if (opened.reason === 'cancelled') return;
      const key =
        opened.reason === 'too-large' ? 'directory.import.too-large' : 'directory.import.unreadable';
      onMessage({ kind: 'alert', text: t(key) });
      return;
    }
    const parsed = parseDirectoryFile(opened.data);
    if (!parsed.ok) {
      onMessage({ kind: 'alert', text: importErrorMessage(parsed.error, t) });
      return;
    }
    try {
      const { added, duplicates } = await directoryStore().importContacts(parsed.contacts);
      onMessage({ kind: 'status', text: t('directory.import.done', { added, duplicates }) });
    } catch {
      onMessage({ kind: 'alert', text: t('directory.import.storeFailed') });
    }
  };

  return (
    <div className="directory-transfer">
      <button type="button" className="secondary" onClick={exportFile} disabled={contacts.length === 0}>
        {t('directory.export.button')}
      </button>
      <button type="button" className="secondary" onClick={() => void importFile()}>
        {t('directory.import.button')}
      </button>
    </div>
  );
}
