import { describe, expect, it } from 'vitest';
import { createSearchClient } from '../../../renderer/core/search/searchClient';
import { createSearchHost } from '../../../renderer/core/search/searchHost';
import {
  buildSearchIndex,
  exportSearchIndex,
  type SearchSource,
} from '../../../renderer/core/search/searchIndex';
import type { WorkerResponse } from '../../../renderer/core/search/searchProtocol';
import { compileValid } from '../content/packHelpers';

// The worker's logic, run on this thread: parse and import the pack's index, or rebuild it (with a notice)
// when the pack was built with another configuration or its index cannot be read.

const { documents, entries } = compileValid();
const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const prebuilt = bytesOf(exportSearchIndex(buildSearchIndex(documents, entries)));

const run = (source: SearchSource, query: string): WorkerResponse[] => {
  const out: WorkerResponse[] = [];
  const host = createSearchHost((m) => out.push(m));
  host({ type: 'open', source });
  host({ type: 'search', id: 1, query, options: { limit: 5 } });
  return out;
};

describe('search worker host', () => {
  it('imports the prebuilt index and answers', () => {
    const [opened, result] = run({ documents, entries, prebuilt }, 'exploitation');
    expect(opened).toMatchObject({ type: 'opened', rebuilt: false });
    expect(result?.type === 'result' && result.response.hits.map((h) => h.id)).toContain(
      'loi-test/art-2-bis',
    );
  });

  it('rebuilds when the pack has no usable index, and says so', () => {
    expect(run({ documents, entries }, 'exploitation')[0]).toMatchObject({ type: 'opened', rebuilt: true });
    for (const broken of [
      bytesOf({ ids: ['nope'], data: { 'dalili:vocab': '' } }),
      bytesOf([1, 2, 3]),
      new TextEncoder().encode('{"ids": ["a"], "data": {'),
      new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]),
    ]) {
      const [opened, result] = run({ documents, entries, prebuilt: broken }, 'exploitation');
      expect(opened).toMatchObject({ type: 'opened', rebuilt: true });
      expect(result?.type === 'result' && result.response.hits.length).toBeGreaterThan(0);
    }
  });

  it('refuses a search before the index is open, without throwing', () => {
    const out: WorkerResponse[] = [];
    createSearchHost((m) => out.push(m))({ type: 'search', id: 7, query: 'x', options: {} });
    expect(out).toEqual([{ type: 'failed', id: 7, reason: 'search' }]);
  });

  it('runs on the current thread when no worker is available', async () => {
    const client = createSearchClient({ documents, entries, prebuilt });
    expect((await client.opened).rebuilt).toBe(false);
    const response = await client.search('menaces');
    expect(response.hits.map((h) => h.id)).toContain('ind-test/menaces');
    client.dispose();
  });
});
