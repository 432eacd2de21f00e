import { type CaseBundle, readAttachment } from '../cases';
import { sha256Hex } from '../text';
import type { VaultSession } from '../vault';

/**
 * SHA-256 of each attachment's bytes as decrypted from the notebook: the same figure `sha256sum` or
 * `certutil -hashfile … SHA256` gives for a faithful copy. One file at a time (up to 25 MB each), with
 * progress; a file that cannot be read gets null and the document says so, it is never skipped.
 */
export async function attachmentFingerprints(
  session: VaultSession,
  attachments: CaseBundle['attachments'],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  onProgress(0, attachments.length);
  for (const item of attachments) {
    try {
      out.set(item.id, await sha256Hex(await readAttachment(session, item.value)));
    } catch {
      out.set(item.id, null);
    }
    onProgress(out.size, attachments.length);
  }
  return out;
}
