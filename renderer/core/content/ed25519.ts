import { parseHex, utf8Bytes } from '../text';

// Ed25519 verification for the trust chain. WebCrypto's where the runtime has it (Chromium 137+, so
// Electron 45, and Node 20): native code, about a hundred times faster than JavaScript, which made the
// three signature checks the largest script cost of start-up (issue 17, point 8). @noble/curves
// otherwise, loaded only then, so it stays out of the start-up code.
//
// Both refuse every forgery and a signature's S at or above the group order (malleability). They may
// differ on non-canonical point encodings, which noble (zip215: false) refuses and BoringSSL may
// accept: these cannot make a signature the key's owner did not make, and the keys themselves are
// fixed by the app's roots and the root-signed certificates.

export type Ed25519Backend = 'webcrypto' | 'noble';

// A signature made once with @noble/curves (fixed secret 0x07…07) over this text: the probe proves the
// WebCrypto implementation accepts a good signature and refuses a changed one before it is trusted.
const PROBE_MESSAGE = 'dalili-ed25519-probe';
const PROBE_KEY = 'ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c';
const PROBE_SIGNATURE =
  'f67dbeb59b3bed85cc1f40c16dc80505ceb5b3f25d749f87bf3c7c8d7fb67191378fee82c917d773844b1fce51788aac3163815e6a2dce8171b66b521ddb3b0e';

type Verify = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => Promise<boolean>;

const ALGORITHM = { name: 'Ed25519' };

// WebCrypto refuses views over a SharedArrayBuffer in some hosts: copy only those.
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

const webCryptoVerify: Verify = async (message, signature, publicKey) => {
  try {
    const key = await crypto.subtle.importKey('raw', own(publicKey), ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(ALGORITHM, key, own(signature), own(message));
  } catch {
    return false;
  }
};

const nobleVerify: Verify = async (message, signature, publicKey) => {
  const { ed25519 } = await import('@noble/curves/ed25519.js');
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};

const probe = async (): Promise<Ed25519Backend> => {
  if (typeof crypto === 'undefined' || typeof crypto.subtle?.importKey !== 'function') return 'noble';
  const message = utf8Bytes(PROBE_MESSAGE);
  const key = parseHex(PROBE_KEY)!;
  const good = parseHex(PROBE_SIGNATURE)!;
  const changed = new Uint8Array(good);
  changed[0] = changed[0]! ^ 1;
  const [accepts, refuses] = await Promise.all([
    webCryptoVerify(message, good, key),
    webCryptoVerify(message, changed, key).then((ok) => !ok),
  ]);
  return accepts && refuses ? 'webcrypto' : 'noble';
};

let chosen: Promise<Ed25519Backend> | undefined;

/** Which implementation verifies signatures here (probed once). */
export const ed25519Backend = (): Promise<Ed25519Backend> => (chosen ??= probe());

/** For tests: force one implementation, or `undefined` to probe again. */
export const setEd25519Backend = (backend: Ed25519Backend | undefined): void => {
  chosen = backend ? Promise.resolve(backend) : undefined;
};

/** Ed25519 over `message`; false for a wrong signature and for malformed hex or lengths. */
export const verifyEd25519 = async (
  message: Uint8Array,
  signatureHex: string,
  publicKeyHex: string,
): Promise<boolean> => {
  const signature = parseHex(signatureHex);
  const publicKey = parseHex(publicKeyHex);
  if (!signature || !publicKey || signature.length !== 64 || publicKey.length !== 32) return false;
  const verify = (await ed25519Backend()) === 'webcrypto' ? webCryptoVerify : nobleVerify;
  return verify(message, signature, publicKey);
};
