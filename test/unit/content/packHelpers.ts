import { resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256Hex, toHex } from '../../../renderer/core/text';
import type { ReadPart } from '../../../renderer/core/content/loadPack';
import { PART } from '../../../renderer/core/content/packManifest';
import type { PackManifest } from '../../../renderer/core/content/packManifest';
import { serializeSignature, signManifest } from '../../../renderer/core/content/packSignature';
import type { TrustedKey } from '../../../renderer/core/content/trustedKeys';
import { issueCertificate } from '../../../renderer/core/content/publisherCertificate';
import { issueRevocations } from '../../../renderer/core/content/revocationList';
import { loadSigningKey } from '../../../build/content/signingKey';
import { buildPack, packManifestBytes } from '../../../build/content/buildPack';
import type { SigningKey } from '../../../build/content/buildPack';
import { compileContent } from '../../../build/content/compileContent';
import type { CompiledContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';

// Test packs are built from the fixtures, never from the real content/ being written by others.

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/content');
export const VALID_DIR = resolve(FIXTURES, 'valid');
export const CREATED_AT = '2026-03-01T12:00:00.000Z';

/** The committed development publisher, certified by the development root (as content:build uses it). */
export const DEV_SIGNING_KEY: SigningKey = loadSigningKey({});

export interface TestRoot {
  trusted: TrustedKey;
  secretKey: Uint8Array;
}

/** A production-like root the tests trust explicitly. */
export const makeRoot = (id: string): TestRoot => {
  const { secretKey, publicKey } = ed25519.keygen();
  return { trusted: { id, publicKey: toHex(publicKey), dev: false }, secretKey };
};

export interface PublisherOptions {
  publisher?: string;
  validFrom?: string;
  validUntil?: string;
  roles?: string[];
  revoked?: string[];
  revocationNumber?: number;
}

/** A publisher key certified by `root`, with a revocation list of that root. */
export const makePublisher = (root: TestRoot, keyId: string, options: PublisherOptions = {}): SigningKey => {
  const { secretKey, publicKey } = ed25519.keygen();
  const certificate = issueCertificate(
    {
      rootId: root.trusted.id,
      publisher: options.publisher ?? `Éditeur ${keyId}`,
      keyId,
      publicKey: toHex(publicKey),
      validFrom: options.validFrom ?? '2026-01-01T00:00:00.000Z',
      validUntil: options.validUntil ?? '2027-12-31T23:59:59.999Z',
      roles: options.roles ?? ['content'],
    },
    root.secretKey,
  );
  const revocations = issueRevocations(
    { rootId: root.trusted.id, number: options.revocationNumber ?? 1, issuedAt: '2026-01-01T00:00:00.000Z', revoked: options.revoked ?? [] },
    root.secretKey,
  );
  return { keyId, secretKey, dev: false, certificate, revocations };
};

/** A production-like root and a publisher under it: `trusted` is the root to pass as trustedKeys. */
export const makeKey = (keyId: string): { signing: SigningKey; trusted: TrustedKey; root: TestRoot } => {
  const root = makeRoot(`${keyId}-root`);
  return { signing: makePublisher(root, keyId), trusted: root.trusted, root };
};

export const compileValid = (): CompiledContent => compileContent(readContentDir(VALID_DIR));

export const buildParts = async (
  options: { packVersion?: number; createdAt?: string; key?: SigningKey; content?: CompiledContent } = {},
): Promise<Map<string, Uint8Array>> => {
  const pack = await buildPack(options.content ?? compileValid(), {
    packVersion: options.packVersion ?? 1,
    createdAt: options.createdAt ?? CREATED_AT,
    key: options.key ?? DEV_SIGNING_KEY,
  });
  return new Map(pack.parts);
};

export const reader =
  (parts: ReadonlyMap<string, Uint8Array>): ReadPart =>
  (name) =>
    Promise.resolve(parts.get(name));

export const manifestOf = (parts: ReadonlyMap<string, Uint8Array>): PackManifest =>
  JSON.parse(new TextDecoder().decode(parts.get(PART.manifest))) as PackManifest;

/** Replaces parts and/or edits the manifest, then re-hashes and re-signs: a validly signed odd pack. */
export const resign = async (
  parts: ReadonlyMap<string, Uint8Array>,
  edit: { replace?: Record<string, Uint8Array>; manifest?: (m: PackManifest) => unknown; key?: SigningKey } = {},
): Promise<Map<string, Uint8Array>> => {
  const out = new Map(parts);
  for (const [name, bytes] of Object.entries(edit.replace ?? {})) out.set(name, bytes);
  const manifest = manifestOf(out);
  manifest.parts = await Promise.all(
    manifest.parts.map(async (p) => {
      const bytes = out.get(p.name) ?? new Uint8Array();
      return { name: p.name, size: bytes.length, sha256: await sha256Hex(bytes) };
    }),
  );
  const edited = (edit.manifest?.(manifest) ?? manifest) as PackManifest;
  const manifestBytes = packManifestBytes(edited);
  const key = edit.key ?? DEV_SIGNING_KEY;
  out.set(PART.manifest, manifestBytes);
  out.set(PART.signature, serializeSignature(signManifest(manifestBytes, key)));
  return out;
};

export const flipByte = (bytes: Uint8Array, index = Math.floor(bytes.length / 2)): Uint8Array => {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};
