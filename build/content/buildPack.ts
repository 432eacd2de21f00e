import { assemblePack, packManifestBytes, type AssembledPack } from '../../renderer/core/content/assemblePack';
import { signManifest, type PackSignerKeys } from '../../renderer/core/content/packSignature';
import type { CompiledContent } from './compileContent';

// Compiled content → the named parts of a signed pack. The parts and the manifest are built by
// renderer/core/content/assemblePack.ts, which the workshop uses too (issue 20), so a pack published
// in the app and one built here from the same content are the same bytes. Pure apart from the clock
// value passed in: the same content, version and key always give the same bytes except for createdAt.

export { packManifestBytes };

/** A publisher key with its root-signed certificate and the root's current revocation list. */
export interface SigningKey extends PackSignerKeys {
  keyId: string;
  dev: boolean;
}

export interface PackBuildOptions {
  packVersion: number;
  createdAt: string;
  key: SigningKey;
}

export type BuiltPack = AssembledPack;

export const buildPack = (
  content: Pick<CompiledContent, 'documents' | 'entries' | 'tags'> & Partial<CompiledContent>,
  options: PackBuildOptions,
): Promise<BuiltPack> =>
  assemblePack(
    { documents: content.documents, entries: content.entries, tags: content.tags },
    { packVersion: options.packVersion, createdAt: options.createdAt },
    (manifestBytes) => signManifest(manifestBytes, options.key),
  );
