import { type ContentDocument, type Entry } from '../content';
import {
  assemblePack,
  DELTA_FILE_EXTENSION,
  type DeltaBase,
  makeDelta,
  applyDelta,
  PACK_FILE_EXTENSION,
  type PackManifest,
  type TagLabels,
  writeDeltaFile,
  writePackFile,
} from '../content/publishFace';
import type { PublisherSigner } from './publisherSigner';
import { WorkshopError } from './workshopError';

export interface PublishInput {
  /** The pack in use, as the app holds it (a LoadedPack fits): what a delta is made against. */
  base: DeltaBase & { manifest: PackManifest; tags: TagLabels; scenariosPart?: Uint8Array };
  /** The edited model: the pack's documents and entries, same shapes and order. */
  documents: ContentDocument[];
  entries: Entry[];
  signer: PublisherSigner;
  mode: 'full' | 'delta';
  packVersion: number;
  /** ISO date-time written into the manifest. */
  createdAt: string;
}

export interface PublishSummary {
  mode: 'full' | 'delta';
  packVersion: number;
  baseVersion: number;
  /** Documents the update adds or changes (a delta carries exactly these). */
  documentsChanged: number;
  documentsTotal: number;
  entriesTotal: number;
  /** Size of the file written, and of the full pack it stands for. */
  bytes: number;
  fullBytes: number;
  publisher: string;
  keyId: string;
}

export interface Published {
  fileName: string;
  bytes: Uint8Array;
  summary: PublishSummary;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Builds and signs an update from the edited model, in the app: the same function as the content
 * compiler (assemblePack), so the same content, version, date and key give the same bytes. A full
 * update is a .dalili-pack; a delta is a .dalili-delta carrying the new signed manifest and only the
 * documents that changed, checked here by rebuilding the full content from base + delta before it is
 * handed out (a model whose order a delta cannot express is refused: publish it full).
 */
export const publishPack = async (input: PublishInput): Promise<Published> => {
  const { base, signer, mode, packVersion } = input;
  if (signer.forgotten) throw new WorkshopError('forgotten');
  if (!Number.isSafeInteger(packVersion) || packVersion <= base.manifest.packVersion) {
    throw new WorkshopError('version-not-newer', `${packVersion}`);
  }
  // The training scenarios are not edited here: the base's bytes go into the new pack unchanged.
  const content = {
    documents: input.documents,
    entries: input.entries,
    tags: base.tags,
    ...(base.scenariosPart ? { scenariosPart: base.scenariosPart } : {}),
  };
  const delta = mode === 'delta' ? makeDelta(base, content) : undefined;
  if (delta) {
    if (
      delta.changed.length === 0 &&
      same(
        delta.documentOrder,
        base.documents.map((d) => d.id),
      )
    ) {
      throw new WorkshopError('nothing-changed');
    }
    const rebuilt = applyDelta(base, delta);
    if (!same(rebuilt.documents, content.documents) || !same(rebuilt.entries, content.entries)) {
      throw new WorkshopError('delta-unavailable');
    }
  }
  const pack = await assemblePack(content, { packVersion, createdAt: input.createdAt }, (bytes) =>
    signer.signManifest(bytes),
  );
  const full = writePackFile(pack.parts);
  const bytes = delta ? writeDeltaFile(pack, delta) : full;
  const name = `dalili-contenu-v${packVersion}`;
  return {
    fileName: delta
      ? `${name}-depuis-v${base.manifest.packVersion}${DELTA_FILE_EXTENSION}`
      : `${name}${PACK_FILE_EXTENSION}`,
    bytes,
    summary: {
      mode,
      packVersion,
      baseVersion: base.manifest.packVersion,
      documentsChanged: delta ? delta.changed.length : makeDelta(base, content).changed.length,
      documentsTotal: content.documents.length,
      entriesTotal: content.entries.length,
      bytes: bytes.length,
      fullBytes: full.length,
      publisher: signer.identity.publisher,
      keyId: signer.identity.keyId,
    },
  };
};
