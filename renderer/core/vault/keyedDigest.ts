import { hmacSign } from '../crypto';
import { toHex, utf8Bytes } from '../text';
import { internalsOf, type VaultSession } from './vaultSession';

/**
 * HMAC-SHA-256 of `text` under this vault's journal key (HKDF from the data key, label
 * "journal-mac"), as hex. `purpose` separates uses (the case notebook seals a case's live set with
 * "case-seal"), so one digest can never stand for another. The key never leaves the vault: callers
 * get the digest only, and only while the session is open (`locked` otherwise).
 */
export async function keyedDigest(session: VaultSession, purpose: string, text: string): Promise<string> {
  const { keys } = internalsOf(session);
  const mac = await hmacSign(
    keys.journalMacKey,
    utf8Bytes(JSON.stringify(['dalili-keyed-digest', purpose, text])),
  );
  return toHex(mac);
}
