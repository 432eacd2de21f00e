import { describe, expect, it } from 'vitest';
import { toHex } from '../../../renderer/core/text';
import {
  createWorkerKdfRunner,
  defaultKdfRunner,
  deriveKey,
  directKdfRunner,
  KdfFailure,
  type KdfWorkerLike,
} from '../../../renderer/core/crypto/deriveKey';
import {
  handleKdfRequest,
  type KdfRequest,
  type KdfResponse,
} from '../../../renderer/core/crypto/kdfProtocol';
import type { KdfParams } from '../../../renderer/core/crypto/kdfParams';

const params: KdfParams = {
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: 256,
  iterations: 2,
  parallelism: 1,
  salt: new Uint8Array(16).fill(7),
};

/** Runs the real worker message handler in-process, with structured cloning like postMessage. */
class InProcessWorker implements KdfWorkerLike {
  onmessage: ((event: MessageEvent<KdfResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(message: KdfRequest): void {
    const copy = structuredClone(message);
    void (this.fail ? Promise.resolve<KdfResponse>({ id: copy.id, ok: false }) : handleKdfRequest(copy)).then(
      (data) => {
        this.onmessage?.({ data } as MessageEvent<KdfResponse>);
      },
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('deriveKey', () => {
  it('uses the current thread when there is no Worker (Node)', () => {
    expect(typeof Worker).toBe('undefined');
    expect(defaultKdfRunner()).toBe(directKdfRunner);
  });

  it('gives the same key through the worker protocol as directly, and terminates the worker', async () => {
    const workers: InProcessWorker[] = [];
    const viaWorker = createWorkerKdfRunner(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    const a = await deriveKey('Mangue pirogue tonnerre', params, viaWorker);
    const b = await deriveKey('Mangue pirogue tonnerre', params, directKdfRunner);
    expect(a).toHaveLength(32);
    expect(toHex(a)).toBe(toHex(b));
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('falls back to the current thread when the worker cannot start or load', async () => {
    const expected = toHex(await deriveKey('Mangue pirogue tonnerre', params, directKdfRunner));
    const throwing = createWorkerKdfRunner(() => {
      throw new Error('blocked by CSP');
    }, directKdfRunner);
    expect(toHex(await deriveKey('Mangue pirogue tonnerre', params, throwing))).toBe(expected);
    const unloadable = new InProcessWorker();
    unloadable.postMessage = () => queueMicrotask(() => unloadable.onerror?.({} as ErrorEvent));
    const erroring = createWorkerKdfRunner(() => unloadable, directKdfRunner);
    expect(toHex(await deriveKey('Mangue pirogue tonnerre', params, erroring))).toBe(expected);
    expect(unloadable.terminated).toBe(true);
    await expect(
      deriveKey(
        'x',
        params,
        createWorkerKdfRunner(() => unloadable),
      ),
    ).rejects.toBeInstanceOf(KdfFailure);
  });

  it('reports a worker failure as KdfFailure, with no detail', async () => {
    const failing = createWorkerKdfRunner(() => new InProcessWorker(true));
    await expect(deriveKey('x', params, failing)).rejects.toBeInstanceOf(KdfFailure);
    await expect(
      deriveKey('x', { ...params, salt: new Uint8Array(2) }, directKdfRunner),
    ).rejects.toBeInstanceOf(KdfFailure);
  });

  it('normalises the passphrase (NFC) so composed and decomposed accents give one key', async () => {
    const composed = 'Sécurité des témoins';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(toHex(await deriveKey(decomposed, params, directKdfRunner))).toBe(
      toHex(await deriveKey(composed, params, directKdfRunner)),
    );
  });

  it('wipes the encoded passphrase once hashed', async () => {
    let seen: Uint8Array | null = null;
    await directKdfRunner({
      password: (seen = new TextEncoder().encode('abc')),
      salt: params.salt,
      cost: params,
      hashLength: 32,
    });
    expect([...seen]).toEqual([0, 0, 0]);
  });
});
