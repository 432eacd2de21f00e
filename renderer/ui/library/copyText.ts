/**
 * Copies text to the clipboard. The async Clipboard API needs a focused, permitted document; when it
 * refuses (some Electron and kiosk setups), a hidden textarea and the copy command do the job.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text);
  }
}

function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  let done = false;
  try {
    // Deprecated but still the only fallback that works without clipboard permission.
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return done;
}
