import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import type { CompiledContent } from '../../../build/content/compileContent';
import { formatError } from '../../../build/content/contentError';
import { readContentDir } from '../../../build/content/readContentDir';
import { VERIFICATION_LEVELS } from '../../../renderer/core/content/types';

// Assertions on the real legal library (content/laws). They compile the actual Markdown with the
// same compiler as `npm run content:build`, so a failure names the document or entry to fix.

const CONTENT_DIR = resolve(import.meta.dirname, '../../../content');
const LINK = /\]\(#\/doc\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\)/g;
const WIKI = /\[\[([a-z0-9-]+)(?:\/([a-z0-9-]+))?(?:\|[^\]]*)?\]\]/g;

let compiled: CompiledContent;

beforeAll(() => {
  compiled = compileContent(readContentDir(CONTENT_DIR));
});

const lawDocuments = () => compiled.documents.filter((d) => d.kind === 'law');
const lawEntries = () => {
  const ids = new Set(lawDocuments().map((d) => d.id));
  return compiled.entries.filter((e) => ids.has(e.docId));
};

describe('the legal library (content/laws)', () => {
  it('compiles without errors in the law files and tags', () => {
    const mine = compiled.errors.filter((e) => /content\/laws\/|tags\.yml/.test(formatError(e)));
    expect(mine.map(formatError)).toEqual([]);
  });

  it('holds at least 15 law documents and 150 law entries', () => {
    expect(lawDocuments().length).toBeGreaterThanOrEqual(15);
    expect(lawEntries().length).toBeGreaterThanOrEqual(150);
  });

  it('contains the documents other content refers to', () => {
    const ids = new Set(lawDocuments().map((d) => d.id));
    for (const id of [
      'constitution-2006',
      'loi-22-067',
      'code-penal',
      'loi-06-018',
      'loi-06-019',
      'loi-09-001',
      'code-travail',
      'arrete-045-2008',
      'code-minier',
      'reglement-minier',
      'decret-17-009',
      'arrete-0057-2012',
      'code-famille',
      'protocole-palerme',
      'oit-c29',
      'oit-p29',
      'oit-c105',
      'oit-c138',
      'oit-c182',
      'cde',
      'ocde-guide',
      'cirgl-mrc',
      'ue-2017-821',
      'dodd-frank-1502',
      'coordination-nationale',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('gives every law entry a citation, at least one source and a verification status', () => {
    const problems: string[] = [];
    for (const e of lawEntries()) {
      const doc = lawDocuments().find((d) => d.id === e.docId);
      if (!doc || !e.citation.startsWith(doc.citation)) problems.push(`${e.id}: citation`);
      if (e.sources.length === 0) problems.push(`${e.id}: no source`);
      if (!VERIFICATION_LEVELS.includes(e.verification.status)) problems.push(`${e.id}: status`);
      if (e.verification.status === 'a-verifier' && !e.verification.note?.trim()) problems.push(`${e.id}: note`);
      if (!e.text.fr.trim()) problems.push(`${e.id}: empty French text`);
    }
    expect(problems).toEqual([]);
  });

  it('cites law articles as "<citation>, art. N"', () => {
    const numbered = lawEntries().filter((e) => e.number);
    expect(numbered.length).toBeGreaterThan(100);
    for (const e of numbered) expect(e.citation.endsWith(`, art. ${e.number ?? ''}`), e.id).toBe(true);
    const art53 = compiled.entries.find((e) => e.id === 'loi-09-001/art-53');
    expect(art53?.citation).toBe("Loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant, art. 53");
  });

  it('resolves every related id and every cross-reference link of the law entries', () => {
    const entryIds = new Set(compiled.entries.map((e) => e.id));
    const docIds = new Set(compiled.documents.map((d) => d.id));
    const broken: string[] = [];
    let links = 0;
    for (const e of lawEntries()) {
      for (const r of e.related) if (!entryIds.has(r)) broken.push(`${e.id} related ${r}`);
      for (const text of Object.values(e.text)) {
        for (const m of (text ?? '').matchAll(LINK)) {
          links++;
          const target = m[2] ? `${m[1]}/${m[2]}` : (m[1] ?? '');
          if (!(m[2] ? entryIds.has(target) : docIds.has(target))) broken.push(`${e.id} links ${target}`);
        }
      }
    }
    for (const d of lawDocuments()) {
      for (const text of Object.values(d.summary ?? {})) {
        const refs = [...(text ?? '').matchAll(LINK), ...(text ?? '').matchAll(WIKI)];
        for (const m of refs) {
          const target = m[2] ? `${m[1]}/${m[2]}` : (m[1] ?? '');
          if (!(m[2] ? entryIds.has(target) : docIds.has(target))) broken.push(`${d.id} summary ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(50);
  });

  it('maps national provisions to international ones', () => {
    const related = (id: string) => compiled.entries.find((e) => e.id === id)?.related ?? [];
    expect(related('loi-09-001/art-53')).toContain('oit-c182/art-3');
    expect(related('oit-c182/art-3')).toContain('loi-09-001/art-53');
    expect(related('code-travail/art-2')).toContain('oit-c29/art-2');
    expect(related('loi-09-001/art-162')).toContain('protocole-palerme/art-3');
  });

  it('writes Swahili for at least 20 law entries and English for every international entry', () => {
    const withSw = lawEntries().filter((e) => e.text.sw?.trim());
    expect(withSw.length).toBeGreaterThanOrEqual(20);
    const international = lawDocuments().filter((d) => d.jurisdiction !== 'RDC');
    for (const d of international) {
      expect(d.title.en, d.id).toBeTruthy();
      expect(d.summary?.en, d.id).toBeTruthy();
    }
    const intlIds = new Set(international.map((d) => d.id));
    for (const e of lawEntries().filter((x) => intlIds.has(x.docId))) expect(e.text.en?.trim(), e.id).toBeTruthy();
  });

  it('keeps the statuses honest: P29 not ratified, OECD guidance is a reference, levels rest on their sources', () => {
    const doc = (id: string) => lawDocuments().find((d) => d.id === id);
    expect(doc('oit-p29')?.status).toBe('non-ratifie');
    expect(doc('ocde-guide')?.status).toBe('reference');
    for (const e of lawEntries().filter((x) => x.verification.status === 'officiel')) {
      expect(e.sources.some((s) => s.type === 'official'), e.id).toBe(true);
    }
    for (const e of lawEntries().filter((x) => x.verification.status === 'concordant')) {
      expect(new Set(e.sources.map((s) => s.publisher)).size, e.id).toBeGreaterThanOrEqual(2);
    }
  });
});
