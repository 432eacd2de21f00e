import { resolve } from 'node:path';
import { compileContent } from '../content/compileContent';
import { readContentDir } from '../content/readContentDir';
import { REPO_ROOT } from '../content/signingKey';
import { buildCorpusIndex } from '../../renderer/core/search/corpusIndex';
import { createSearchEngine, type SearchEngine } from '../../renderer/core/search/searchEngine';
import { recordsFromContent, type SearchRecord } from '../../renderer/core/search/searchRecords';

// The bundled corpus for the command line, the evaluation and the benchmark: compiled from content/
// with the pack compiler itself, so it is what the app ships (content errors are reported, not fatal:
// a broken cross-reference elsewhere should not stop a search).

export interface BundledCorpus {
  records: SearchRecord[];
  engine: SearchEngine;
  contentErrors: number;
}

export const loadBundledCorpus = (contentDir = resolve(REPO_ROOT, 'content')): BundledCorpus => {
  const compiled = compileContent(readContentDir(contentDir));
  const records = recordsFromContent(compiled.documents, compiled.entries);
  return {
    records,
    engine: createSearchEngine(buildCorpusIndex(records), records),
    contentErrors: compiled.errors.length,
  };
};
