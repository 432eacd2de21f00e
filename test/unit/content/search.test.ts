import { describe, expect, it } from 'vitest';
import { lightStem } from '../../../renderer/core/search/normalise';
import { SEARCH_CONFIG } from '../../../renderer/core/search/searchConfig';
import {
  buildSearchIndex,
  exportSearchIndex,
  importSearchIndex,
  searchConfigHash,
  searchContent,
} from '../../../renderer/core/search/searchIndex';
import { compileValid } from './packHelpers';

describe('search normalisation', () => {
  it('stems plural and feminine endings only', () => {
    expect(['enfants', 'enfant'].map(lightStem)).toEqual(['enfant', 'enfant']);
    expect(['forcees', 'forcee', 'forces', 'force'].map(lightStem)).toEqual(['forc', 'forc', 'forc', 'forc']);
    expect(['penaux', 'penal'].map(lightStem)).toEqual(['penal', 'penal']);
    expect(lightStem('travaux')).toBe('travail');
    // Short words are left alone so "mes" and "me" do not collapse into one.
    expect(lightStem('mes')).toBe('mes');
  });
});

describe('search index', () => {
  const { documents, entries } = compileValid();

  it('finds plurals and singulars alike', () => {
    const index = buildSearchIndex(documents, entries);
    expect(searchContent(index, 'enfant')).toContain('loi-test/art-2-bis');
    expect(searchContent(index, 'travaux forcés')).toContain('loi-test/art-3');
  });

  it('exports and imports to an index giving the same answers', () => {
    const index = buildSearchIndex(documents, entries);
    const copy = importSearchIndex(exportSearchIndex(index), documents, entries);
    for (const q of ['exploitation', 'menaces', 'police', 'Loi fictive']) {
      expect(searchContent(copy, q)).toEqual(searchContent(index, q));
      expect(searchContent(copy, q).length).toBeGreaterThan(0);
    }
  });

  it('hashes the shared config', async () => {
    expect(await searchConfigHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(SEARCH_CONFIG.version).toBeGreaterThanOrEqual(1);
  });
});
