import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../renderer/core/content/loadPack';
import type { LoadOptions } from '../../../renderer/core/content/loadPack';
import { PackError } from '../../../renderer/core/content/packError';
import type { PackErrorCode } from '../../../renderer/core/content/packError';
import {
  PACK_FILE_LIMITS,
  readPackContainer,
  readPackFile,
  writePackFile,
} from '../../../renderer/core/content/packFile';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_TRUST_ROOTS as TRUSTED_KEYS } from '../../../renderer/core/content/devTrustRoots';
import { buildParts, flipByte, reader } from './packHelpers';

const options: LoadOptions = { trustedKeys: TRUSTED_KEYS, allowDevKeys: true };

const packFile = async (): Promise<Uint8Array> => writePackFile([...(await buildParts()).entries()]);

const codeOf = async (bytes: Uint8Array): Promise<PackErrorCode> => {
  try {
    await readPackFile(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).code;
  }
  throw new Error('accepted');
};

describe('.dalili-pack', () => {
  it('round-trips: the file loads to the same content as the folder', async () => {
    const parts = await buildParts();
    const fromFile = await readPackFile(writePackFile([...parts.entries()]), options);
    const fromFolder = await loadPack(reader(parts), options);
    expect(fromFile.documents).toEqual(fromFolder.documents);
    expect(fromFile.entries).toEqual(fromFolder.entries);
    expect(fromFile.manifest).toEqual(fromFolder.manifest);
  });

  it('starts with the magic header and container version 1', async () => {
    const bytes = await packFile();
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('DALILIPK');
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8)).toBe(1);
  });

  it('refuses every truncation with truncated', async () => {
    const bytes = await packFile();
    // Cuts inside the magic, the fixed header, the part table and the data.
    for (const length of [3, 8, 11, 12, 20, 60, Math.floor(bytes.length / 2), bytes.length - 1]) {
      expect(await codeOf(bytes.subarray(0, length)), `cut at ${length}`).toBe('truncated');
    }
  });

  it('refuses a foreign file, an empty file and an unknown container version', async () => {
    expect(await codeOf(new TextEncoder().encode('PK\u0003\u0004 a zip file'))).toBe('not-a-pack');
    expect(await codeOf(new Uint8Array())).toBe('not-a-pack');
    const bytes = await packFile();
    const v2 = new Uint8Array(bytes);
    new DataView(v2.buffer).setUint16(8, 2);
    expect(await codeOf(v2)).toBe('container-unsupported');
  });

  it('checks sizes before parsing: an oversized file or part → too-large', async () => {
    expect(await codeOf(new Uint8Array(PACK_FILE_LIMITS.maxFileBytes + 1))).toBe('too-large');
    // A part table claiming a 3 GB part, in a file of a few bytes.
    const bytes = writePackFile([['manifest.json', new Uint8Array([1])]]);
    new DataView(bytes.buffer).setUint32(12 + 1 + 'manifest.json'.length, 3_000_000_000);
    expect(() => readPackContainer(bytes)).toThrow(expect.objectContaining({ code: 'too-large' }) as Error);
  });

  it('refuses trailing bytes, a bad part name and a part not in the manifest', async () => {
    const bytes = await packFile();
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(await codeOf(longer)).toBe('malformed');
    expect(() => writePackFile([['../evil', new Uint8Array()]])).toThrow();
    const evil = writePackFile([['aaaa', new Uint8Array()]]);
    evil.set(new TextEncoder().encode('../a'), 13);
    expect(() => readPackContainer(evil)).toThrow(expect.objectContaining({ code: 'malformed' }) as Error);
    const parts = await buildParts();
    const extra = writePackFile([...parts.entries(), ['extra.js', new TextEncoder().encode('alert(1)')]]);
    expect(await codeOf(extra)).toBe('malformed');
  });

  it('verifies the parts inside exactly like a folder', async () => {
    const parts = await buildParts();
    parts.set(PART.entries, flipByte(parts.get(PART.entries) ?? new Uint8Array()));
    expect(await codeOf(writePackFile([...parts.entries()]))).toBe('hash-mismatch');
    const noSig = await buildParts();
    noSig.delete(PART.signature);
    expect(await codeOf(writePackFile([...noSig.entries()]))).toBe('missing-part');
  });
});
