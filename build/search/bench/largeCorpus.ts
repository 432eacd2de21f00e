import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { corpusBytes, ensureManpagesFr, manRecords } from './manCorpus';
import { variationRecords } from './variations';

/** At least 20 MB of French: the man pages, the bundled content, and variations of it to make up the rest. */
export const LARGE_CORPUS_BYTES = 20 * 1024 * 1024;

export interface LargeCorpus {
  records: SearchRecord[];
  bytes: number;
  manBytes: number;
  copies: number;
}

export const buildLargeCorpus = (bundled: readonly SearchRecord[]): LargeCorpus => {
  ensureManpagesFr();
  const man = manRecords();
  const manBytes = corpusBytes(man);
  const bundledBytes = corpusBytes(bundled);
  const copies = Math.max(0, Math.ceil((LARGE_CORPUS_BYTES - manBytes - bundledBytes) / bundledBytes));
  const records = [...bundled, ...man, ...variationRecords(bundled, copies)];
  return { records, bytes: corpusBytes(records), manBytes, copies };
};
