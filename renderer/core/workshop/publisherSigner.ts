import { ed25519 } from '@noble/curves/ed25519.js';
import { type SignedDocument } from '../content';
import {
  manifestSignature,
  manifestSigningMessage,
  type PackSignature,
  type PackSigner,
} from '../content/publishFace';
import { toHex } from '../text';
import { WorkshopError } from './workshopError';

// A publisher key opened in the workshop. The secret is imported into WebCrypto as a non-extractable
// Ed25519 key where the runtime offers it (Chromium 137+, so Electron 45; Node 20): script can then
// sign with it but never read it back, and the raw bytes are wiped at once. Where WebCrypto has no
// Ed25519, @noble/curves signs with the raw bytes kept in this closure, wiped by forget(). Ed25519 is
// deterministic: both give the same signature, so a pack signed here is byte for byte the one the
// content compiler would sign. forget() drops the key; the lock and the workshop's close call it.

export interface PublisherSigner {
  /** Who signs, as the import screen will show it (from the root-signed certificate). */
  readonly identity: PackSigner;
  readonly certificate: SignedDocument;
  /** The highest revocation list known when the key was opened: every pack carries it. */
  readonly revocations: SignedDocument;
  /** Signs a manifest's exact bytes; throws WorkshopError 'forgotten' after forget(). */
  signManifest(manifestBytes: Uint8Array): Promise<PackSignature>;
  /** Drops the secret key. Idempotent. */
  forget(): void;
  readonly forgotten: boolean;
}

// PKCS #8 wrapping of a 32-byte Ed25519 seed (RFC 8410): the one form WebCrypto imports a private key from.
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

type Sign = (message: Uint8Array) => Promise<Uint8Array>;

const webCryptoSigner = async (secret: Uint8Array): Promise<Sign | undefined> => {
  const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + 32);
  pkcs8.set(PKCS8_PREFIX);
  pkcs8.set(secret, PKCS8_PREFIX.length);
  try {
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
    return async (message) =>
      new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, new Uint8Array(message)));
  } catch {
    return undefined;
  } finally {
    pkcs8.fill(0);
  }
};

/** A secret key that can sign until forgotten. */
export interface SecretHandle {
  sign: (message: Uint8Array) => Promise<Uint8Array>;
  forget(): void;
  readonly forgotten: boolean;
}

/** Takes ownership of `secret`: wiped here once WebCrypto holds the key, or by forget() otherwise. */
export const importSigningSecret = async (secret: Uint8Array): Promise<SecretHandle> => {
  let sign: Sign | undefined = await webCryptoSigner(secret);
  let kept: Uint8Array | undefined;
  if (sign) secret.fill(0);
  else {
    kept = secret;
    sign = (message) => Promise.resolve(ed25519.sign(message, kept ?? new Uint8Array(32)));
  }
  return {
    sign: (message) => {
      if (!sign) return Promise.reject(new WorkshopError('forgotten'));
      return sign(message);
    },
    forget: () => {
      sign = undefined;
      kept?.fill(0);
      kept = undefined;
    },
    get forgotten() {
      return sign === undefined;
    },
  };
};

export const createPublisherSigner = (
  handle: SecretHandle,
  identity: PackSigner,
  certificate: SignedDocument,
  revocations: SignedDocument,
): PublisherSigner => ({
  identity,
  certificate,
  revocations,
  signManifest: async (manifestBytes) => {
    const signature = await handle.sign(manifestSigningMessage(manifestBytes));
    return manifestSignature(toHex(signature), { certificate, revocations });
  },
  forget: () => handle.forget(),
  get forgotten() {
    return handle.forgotten;
  },
});
