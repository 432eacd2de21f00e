import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromHex, sha256Hex } from '../../../renderer/core/content/bytes';
import type { ReadPart } from '../../../renderer/core/content/loadPack';
import { PART } from '../../../renderer/core/content/packManifest';
import type { PackManifest } from '../../../renderer/core/content/packManifest';
import { serializeSignature, signManifest } from '../../../renderer/core/content/packSignature';
import { DEV_KEY } from '../../../renderer/core/content/trustedKeys';
import type { TrustedKey } from '../../../renderer/core/content/trustedKeys';
import { buildPack, packManifestBytes } from '../../../build/content/buildPack';
import type { SigningKey } from '../../../build/content/buildPack';
import { compileContent } from '../../../build/content/compileContent';
import type { CompiledContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';

// Test packs are built from the fixtures, never from the real content/ being written by others.

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/content');
export const VALID_DIR = resolve(FIXTURES, 'valid');
export const CREATED_AT = '2026-03-01T12:00:00.000Z';

const devFile = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../build/content/keys/dev-ed25519.json'), 'utf8'),
) as { secretKey: string };
export const DEV_SIGNING_KEY: SigningKey = {
  keyId: DEV_KEY.id,
  secretKey: fromHex(devFile.secretKey) ?? new Uint8Array(),
  dev: true,
};

/** A second, production-like key the tests trust explicitly. */
export const makeKey = (keyId: string): { signing: SigningKey; trusted: TrustedKey } => {
  const { secretKey, publicKey } = ed25519.keygen();
  return {
    signing: { keyId, secretKey, dev: false },
    trusted: { id: keyId, publicKey: [...publicKey].map((b) => b.toString(16).padStart(2, '0')).join(''), dev: false },
  };
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
  out.set(PART.signature, serializeSignature(signManifest(manifestBytes, key.secretKey, key.keyId)));
  return out;
};

export const flipByte = (bytes: Uint8Array, index = Math.floor(bytes.length / 2)): Uint8Array => {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};
