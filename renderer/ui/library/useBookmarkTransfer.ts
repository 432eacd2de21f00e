import { useState } from 'react';
import { BOOKMARK_FILE_MAX_BYTES, exportBookmarks, importBookmarks } from '../../core/library';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { getLibraryDb } from './libraryDb';

const FILTERS = [{ name: 'Dalili', extensions: ['json'] }];

export interface TransferMessage {
  tone: 'status' | 'error';
  text: string;
}

/** Export and import of bookmarks through the host (save and open dialogs), with translated outcomes. */
export function useBookmarkTransfer(): {
  message: TransferMessage | null;
  busy: boolean;
  exportAll: () => Promise<void>;
  importFile: () => Promise<void>;
} {
  const { t } = useT();
  const platform = usePlatform();
  const [message, setMessage] = useState<TransferMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (key: MessageKey) => setMessage({ tone: 'error', text: t(key) });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch {
      fail('library.bookmarks.error.storage');
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      const data = await exportBookmarks(getLibraryDb());
      const name = `dalili-signets-${new Date().toISOString().slice(0, 10)}.json`;
      const result = await platform.saveFile(name, data, FILTERS);
      setMessage(
        result.saved
          ? { tone: 'status', text: t('library.bookmarks.exported', { file: result.fileName }) }
          : { tone: 'status', text: t('library.bookmarks.exportCancelled') },
      );
    });

  const importFile = () =>
    run(async () => {
      const file = await platform.openFile(FILTERS, BOOKMARK_FILE_MAX_BYTES);
      if (!file.opened) {
        if (file.reason === 'cancelled')
          setMessage({ tone: 'status', text: t('library.bookmarks.importCancelled') });
        else
          fail(
            file.reason === 'too-large'
              ? 'library.bookmarks.error.too-large'
              : 'library.bookmarks.error.unreadable',
          );
        return;
      }
      const result = await importBookmarks(getLibraryDb(), file.data);
      if (!result.ok) return fail(`library.bookmarks.error.${result.error}`);
      setMessage({
        tone: 'status',
        text: t('library.bookmarks.imported', { added: result.added, kept: result.alreadyKept }),
      });
    });

  return { message, busy, exportAll, importFile };
}
