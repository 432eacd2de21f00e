// Checks an OLE2 compound file (the old Word .doc): the header, every sector its allocation table
// uses, and a "WordDocument" stream in its directory. Excel and PowerPoint files share the container
// but not that stream. A file cut short no longer holds the sectors its table says are in use.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const DIFAT_IN_HEADER = 109;
const DIR_ENTRY = 128;
const WORD_STREAM = 'WordDocument';

export type CompoundCheck = 'word' | 'other' | 'not-compound' | 'incomplete';

export function isCompoundStart(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

export function checkCompoundFile(bytes: Uint8Array): CompoundCheck {
  if (!isCompoundStart(bytes)) return 'not-compound';
  if (bytes.length < HEADER) return 'incomplete';
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = data.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return 'not-compound';
  const sector = 1 << shift;
  const sectorAt = (n: number) => HEADER + n * sector;
  const present = (n: number) => n < 0x7fffffff && sectorAt(n) + sector <= bytes.length;

  // The allocation table's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatCount = data.getUint32(44, true);
  if (fatCount === 0 || fatCount > bytes.length / sector) return 'incomplete';
  const fatSectors: number[] = [];
  for (let i = 0; i < DIFAT_IN_HEADER && fatSectors.length < fatCount; i += 1)
    fatSectors.push(data.getUint32(76 + i * 4, true));
  let difat = data.getUint32(68, true);
  for (let hops = 0; fatSectors.length < fatCount; hops += 1) {
    if (!present(difat) || hops > fatCount) return 'incomplete';
    const perSector = sector / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatCount; i += 1)
      fatSectors.push(data.getUint32(sectorAt(difat) + i * 4, true));
    difat = data.getUint32(sectorAt(difat) + perSector * 4, true);
  }
  if (!fatSectors.every(present)) return 'incomplete';
  const next = (n: number): number => {
    const perSector = sector / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    return fat === undefined ? FREE : data.getUint32(sectorAt(fat) + (n % perSector) * 4, true);
  };
  // Every sector in use must be in the file.
  const entries = fatCount * (sector / 4);
  for (let n = entries - 1; n >= 0; n -= 1) {
    if (next(n) !== FREE) {
      if (!present(n)) return 'incomplete';
      break;
    }
  }

  // The directory chain, entry by entry, looking for the Word stream.
  let dir = data.getUint32(48, true);
  for (let hops = 0; dir !== END_OF_CHAIN; hops += 1) {
    if (!present(dir) || hops > entries) return 'incomplete';
    for (let e = 0; e < sector / DIR_ENTRY; e += 1) {
      const at = sectorAt(dir) + e * DIR_ENTRY;
      const nameBytes = data.getUint16(at + 64, true);
      const type = bytes[at + 66];
      if (
        type === 2 &&
        nameBytes === (WORD_STREAM.length + 1) * 2 &&
        nameOf(data, at, WORD_STREAM.length) === WORD_STREAM
      )
        return 'word';
    }
    dir = next(dir);
  }
  return 'other';
}

function nameOf(data: DataView, at: number, length: number): string {
  let name = '';
  for (let i = 0; i < length; i += 1) name += String.fromCharCode(data.getUint16(at + i * 2, true));
  return name;
}
