import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex, toHex, utf8Bytes } from '../../../renderer/core/text';
import { sha256Sync } from '../../../renderer/core/text/syncHashFace';

// FIPS 180-2 appendix B test vectors.
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const TWO_BLOCKS = '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1';
const TWO_BLOCKS_TEXT = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';

describe('sha256', () => {
  it('matches the published test vectors, from text and from bytes, async and sync', async () => {
    expect(await sha256Hex('abc')).toBe(ABC);
    expect(await sha256Hex(utf8Bytes('abc'))).toBe(ABC);
    expect(await sha256Hex('')).toBe(EMPTY);
    expect(await sha256Hex(TWO_BLOCKS_TEXT)).toBe(TWO_BLOCKS);
    expect(toHex(sha256Sync('abc'))).toBe(ABC);
    expect(toHex(sha256Sync(utf8Bytes(TWO_BLOCKS_TEXT)))).toBe(TWO_BLOCKS);
    expect((await sha256('abc')).length).toBe(32);
  });

  it('hashes text as UTF-8, like Node does', async () => {
    const text = 'Sœur Œuvre ÉLÈVE l’enfant 😀';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes only the bytes of a view, also over a shared buffer', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(8));
    shared.set(utf8Bytes('xabcx'));
    expect(await sha256Hex(shared.subarray(1, 4))).toBe(ABC);
    const plain = utf8Bytes('xabcx').subarray(1, 4);
    expect(await sha256Hex(plain)).toBe(ABC);
    expect(toHex(sha256Sync(plain))).toBe(ABC);
  });
});
