import { useT } from '../i18n/useT';
import { panic } from './panic';

/** « Sortie rapide », on every page: the same as Ctrl+Shift+X. */
export function PanicButton() {
  const { t } = useT();
  return (
    <button
      type="button"
      className="banner-panic-button"
      onClick={panic}
      title={t('shell.panic.hint')}
      aria-keyshortcuts="Control+Shift+X"
    >
      {t('shell.panic.button')}
    </button>
  );
}
