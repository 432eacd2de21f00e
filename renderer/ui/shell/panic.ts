import { endSessionScreening } from '../indicators/screeningSession';
import { forgetOnLock } from '../vault/forgetOnLock';
import { vaultStatusSignal } from '../vault/vaultStatusSignal';

/** The panic shortcut, the same on every page; Ctrl+Shift+L stays the ordinary lock. */
export const PANIC_SHORTCUT = 'Control+Shift+X';

/** The neutral screen a panic lands on: the library's list of texts, nothing of a case or a screening. */
export const NEUTRAL_ADDRESS = '#/bibliotheque';

export function isPanicKey(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'key' | 'code'>,
): boolean {
  return (
    event.ctrlKey &&
    event.shiftKey &&
    !event.altKey &&
    !event.metaKey &&
    (event.key.toLowerCase() === 'x' || event.code === 'KeyX')
  );
}

/**
 * Locks at once (no wait for a draft), drops the screening under way and every registered cache,
 * and shows the library's home: someone glancing at the screen sees a legal library. Nothing is
 * announced on screen; the Dossiers page later says only that the notebook is locked.
 */
export function panic(): void {
  endSessionScreening('panic');
  vaultStatusSignal.requestLock(true);
  forgetOnLock.forgetAll();
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  window.getSelection()?.removeAllRanges();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  if (window.location.hash !== NEUTRAL_ADDRESS) window.location.hash = NEUTRAL_ADDRESS;
  document.getElementById('main-content')?.focus();
}
