import { readFileSync } from 'node:fs';
import { writeContainer } from '../../../renderer/core/backup/container';
import { utf8Bytes } from '../../../renderer/core/text';
import { rehash } from './mutations';

/** Header JSON and body of a valid container, to rebuild it with one thing changed. */
export function splitContainer(file: Uint8Array): { header: Record<string, unknown>; body: Uint8Array } {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(12);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(24, 24 + headerLength))) as Record<
    string,
    unknown
  >;
  return { header, body: file.slice(24 + headerLength, file.length - 32) };
}

/** Every kind of bad backup file of issue 10 item 6, with the code each must give. */
export async function badBackups(
  valid: Uint8Array<ArrayBuffer>,
  transfer: Uint8Array,
): Promise<Array<[string, Uint8Array, string]>> {
  const { header, body } = splitContainer(valid);
  const withHeader = (h: unknown, b: Uint8Array = body) => writeContainer('backup', h, b);
  const setU16 = async (at: number, value: number) => {
    const copy = new Uint8Array(valid);
    new DataView(copy.buffer).setUint16(at, value);
    return rehash(copy);
  };
  const firstFrameMeta = (() => {
    const metaLength = new DataView(body.buffer, body.byteOffset).getUint16(0);
    return {
      metaLength,
      meta: JSON.parse(new TextDecoder().decode(body.subarray(2, 2 + metaLength))) as unknown[],
    };
  })();
  const withMeta = (meta: unknown[]) => {
    const bytes = utf8Bytes(JSON.stringify(meta));
    const rest = body.subarray(2 + firstFrameMeta.metaLength);
    const out = new Uint8Array(2 + bytes.length + rest.length);
    new DataView(out.buffer).setUint16(0, bytes.length);
    out.set(bytes, 2);
    out.set(rest, 2 + bytes.length);
    return out;
  };
  const flipped = new Uint8Array(valid);
  flipped[valid.length - 40] = flipped[valid.length - 40]! ^ 1;
  const pack = readFileSync('test/fixtures/content/frozen-v1.dalili-pack');
  return [
    ['empty file', new Uint8Array(0), 'not-a-backup'],
    ['plain text', utf8Bytes('Bonjour, ceci n’est pas une sauvegarde.'), 'not-a-backup'],
    [
      'JSON that is not ours',
      utf8Bytes(JSON.stringify({ kind: 'dalili-directory', entries: [] })),
      'not-a-backup',
    ],
    [
      'directory export',
      new Uint8Array(readFileSync('test/fixtures/directory/bad-missing-fields.json')),
      'wrong-kind',
    ],
    ['content pack', new Uint8Array(pack), 'wrong-kind'],
    ['transfer file', transfer, 'wrong-kind'],
    ['cut inside the magic', valid.slice(0, 5), 'truncated'],
    ['cut inside the preamble', valid.slice(0, 20), 'truncated'],
    ['cut in the middle', valid.slice(0, Math.floor(valid.length / 2)), 'truncated'],
    ['last byte missing', valid.slice(0, -1), 'truncated'],
    ['one byte added', new Uint8Array([...valid, 0]), 'corrupted'],
    ['one bit flipped', flipped, 'corrupted'],
    ['old container version 0', await setU16(8, 0), 'format-unsupported'],
    ['container version 2', await setU16(8, 2), 'format-too-new'],
    ['flags set', await setU16(10, 1), 'corrupted'],
    ['backup format 0', await withHeader({ ...header, format: 0 }), 'format-unsupported'],
    ['backup format 2', await withHeader({ ...header, format: 2 }), 'format-too-new'],
    [
      'vault header format 2',
      await withHeader({ ...header, vault: { ...(header.vault as object), format: 2 } }),
      'format-too-new',
    ],
    [
      'vault header checksum edited',
      await withHeader({ ...header, vault: { ...(header.vault as object), checksum: btoa('x'.repeat(32)) } }),
      'corrupted',
    ],
    [
      'KDF cost above the ceiling',
      await withHeader({
        ...header,
        vault: {
          ...(header.vault as Record<string, object>),
          kdf: { ...(header.vault as { kdf: object }).kdf, memoryKiB: 4 * 1024 * 1024 },
        },
      }),
      'corrupted',
    ],
    [
      'record count too high',
      await withHeader({ ...header, recordCount: (header.recordCount as number) + 1 }),
      'corrupted',
    ],
    ['record count above the limit', await withHeader({ ...header, recordCount: 10_000_000 }), 'corrupted'],
    ['unknown header field', await withHeader({ ...header, extra: 'x' }), 'corrupted'],
    [
      '__proto__ in the header',
      await withHeader(JSON.parse(JSON.stringify(header).replace('{', '{"__proto__":{"polluted":1},'))),
      'corrupted',
    ],
    [
      'case data in a clear id',
      await withHeader(header, withMeta(['Amani Kabila', ...firstFrameMeta.meta.slice(1)])),
      'corrupted',
    ],
    [
      'kind with spaces',
      await withHeader(
        header,
        withMeta([firstFrameMeta.meta[0], 'Nom complet', ...firstFrameMeta.meta.slice(2)]),
      ),
      'corrupted',
    ],
    [
      'record format 2',
      await withHeader(header, withMeta([...firstFrameMeta.meta.slice(0, 4), 2])),
      'format-too-new',
    ],
    ['header is not JSON', await writeRawContainer('not json'), 'corrupted'],
  ];
}

async function writeRawContainer(headerText: string): Promise<Uint8Array<ArrayBuffer>> {
  const h = utf8Bytes(headerText);
  const out = new Uint8Array(24 + h.length + 32);
  out.set(utf8Bytes('DALILIBK'));
  const view = new DataView(out.buffer);
  view.setUint16(8, 1);
  view.setUint32(12, h.length);
  out.set(h, 24);
  return rehash(out);
}
