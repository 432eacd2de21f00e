import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { mergeEdits } from '../../../build/content/mergeEdits';
import { readContentDir } from '../../../build/content/readContentDir';
import type { Entry, OfficialText } from '../../../renderer/core/content';
import {
  applyEdits,
  documentFingerprint,
  editsFileBytes,
  type EntryEdit,
  entryFingerprint,
  readEditsFile,
  type WorkshopEdit,
} from '../../../renderer/core/workshop';

// « Exporter pour les mainteneurs » → `npm run content:merge-edits`: sources → edits → sources give the
// same compiled content as the workshop's edited model. Over a copy of content/ in a temp folder, with
// clearly fictional official texts: the real content/ is never written.

const REPO = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'dalili-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const copyContent = (name: string): string => {
  const dir = path.join(work, name);
  cpSync(path.join(REPO, 'content'), dir, { recursive: true });
  return dir;
};

const fictional = (n: number): OfficialText => ({
  text: `Texte officiel fictif n° ${n}, pour les tests : quiconque contraint un enfant imaginaire à travailler dans une mine inventée est puni d’une peine fictive.\n\nSecond alinéa fictif.`,
  reference: {
    publication: 'Journal officiel fictif de la République imaginaire',
    number: `n° ${n}`,
    date: '2026-01-05',
    page: `col. ${n}`,
  },
  keyedBy: 'A. K. (bureau fictif)',
  keyedOn: '2026-11-20',
  verifiedBy: 'B. M. (bureau fictif)',
  verifiedOn: '2026-11-21',
});

const lawArticles = (entries: readonly Entry[]) =>
  entries.filter((e) => e.kind === 'article' && !e.official && e.number);

describe('content:merge-edits round trip', () => {
  const dir = copyContent('sources');
  const before = compileContent(readContentDir(dir));
  const [first, second, third] = lawArticles(before.entries);

  it('applies the edits to the Markdown and compiles to exactly the workshop’s edited model', async () => {
    expect(before.errors).toEqual([]);
    if (!first || !second || !third) throw new Error('content has too few law articles');
    // A structure heading (official or not) marked as Dalili's grouping, and one editorial heading unmarked.
    const withHeading = before.documents.find((d) =>
      d.outline.some((n) => n.type === 'heading' && !n.editorial),
    );
    const plainAt = withHeading?.outline.findIndex((n) => n.type === 'heading' && !n.editorial) ?? -1;
    const plain = withHeading?.outline[plainAt];
    const marked = before.documents.find((d) => d.outline.some((n) => n.type === 'heading' && n.editorial));
    const markedAt = marked?.outline.findIndex((n) => n.type === 'heading' && n.editorial) ?? -1;
    const markedNode = marked?.outline[markedAt];
    if (!withHeading || plain?.type !== 'heading' || !marked || markedNode?.type !== 'heading')
      throw new Error('content has no headings to mark');
    const edits: WorkshopEdit[] = [
      {
        kind: 'heading',
        docId: withHeading.id,
        at: [plainAt],
        title: plain.title,
        base: await documentFingerprint(withHeading),
        editorial: true,
      },
      {
        kind: 'heading',
        docId: marked.id,
        at: [markedAt],
        title: markedNode.title,
        base: await documentFingerprint(marked),
        editorial: false,
      },
      {
        kind: 'entry',
        entryId: first.id,
        base: await entryFingerprint(first),
        official: fictional(1),
        verification: { status: 'officiel' },
      },
      { kind: 'entry', entryId: second.id, base: await entryFingerprint(second), official: fictional(2) },
      {
        kind: 'entry',
        entryId: third.id,
        base: await entryFingerprint(third),
        verification: { status: 'a-verifier', note: 'Point fictif à vérifier.' },
      },
    ];
    const file = readEditsFile(editsFileBytes(edits, { packVersion: 1 }, '2026-12-05T00:00:00Z'));
    const result = await mergeEdits(dir, readContentDir(dir), file);
    if (!result.ok) throw new Error(JSON.stringify(result.refusals));
    for (const f of result.files) writeFileSync(f.path, f.source);
    const after = compileContent(readContentDir(dir));
    expect(after.errors).toEqual([]);
    const expected = applyEdits({ documents: before.documents, entries: before.entries }, edits);
    // Byte for byte as the pack's parts would hold them.
    expect(JSON.stringify(after.entries)).toBe(JSON.stringify(expected.entries));
    expect(JSON.stringify(after.documents)).toBe(JSON.stringify(expected.documents));
    const markedDoc = after.documents.find((d) => d.id === withHeading.id)?.outline[plainAt];
    expect(markedDoc).toMatchObject({ type: 'heading', title: plain.title, editorial: true });
    const underMarked = after.entries.find((e) => e.docId === withHeading.id && e.path[0] === plain.title);
    if (underMarked) expect(underMarked.editorialPath).toContain(0);
    expect(after.documents.find((d) => d.id === marked.id)?.outline[markedAt]).not.toHaveProperty(
      'editorial',
    );
    const merged = after.entries.find((e) => e.id === first.id);
    expect(merged).toMatchObject({ nature: 'texte', verification: { status: 'officiel' } });
    expect(merged?.official?.reference).toEqual({
      publication: 'Journal officiel fictif de la République imaginaire',
      number: 'n° 1',
      date: '2026-01-05',
      page: 'col. 1',
    });
    // The diff names the file and shows the official text added.
    expect(result.files.map((f) => f.diff).join('\n')).toMatch(/@@ .*\.md:\d+\n[\s\S]*\+ official:/);
  });

  it('refuses an edit whose entry changed since, names file and reason, and writes nothing', async () => {
    const other = copyContent('changed');
    const compiled = compileContent(readContentDir(other));
    const [a, b] = lawArticles(compiled.entries);
    if (!a || !b) throw new Error('content has too few law articles');
    const stale: EntryEdit = {
      kind: 'entry',
      entryId: b.id,
      base: await entryFingerprint(b),
      official: fictional(3),
    };
    // Someone changes b's summary in the repository after the office keyed its text.
    const bFile = path.join(other, 'laws', `${b.docId}.md`);
    const bLines = readFileSync(bFile, 'utf8').split('\n');
    const heading = bLines.findIndex((l) => l.endsWith(`{#${b.id.split('/')[1] ?? ''}}`));
    const close = bLines.findIndex((l, i) => i > heading + 1 && l.trim() === '```');
    bLines.splice(close + 1, 0, '', 'Phrase fictive ajoutée depuis dans le résumé.');
    writeFileSync(bFile, bLines.join('\n'));
    const good: EntryEdit = {
      kind: 'entry',
      entryId: a.id,
      base: await entryFingerprint(a),
      official: fictional(4),
    };
    const editsPath = path.join(work, 'edits.json');
    writeFileSync(editsPath, editsFileBytes([good, stale], { packVersion: 1 }, '2026-12-05T00:00:00Z'));
    const snapshot = (d: string) =>
      readContentDir(d)
        .files.map((f) => f.source)
        .join('\u0000');
    const unchanged = snapshot(other);
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'build/content/cli/contentMergeEdits.ts', editsPath, '--content', other],
        { cwd: REPO, encoding: 'utf8', stdio: 'pipe' },
      );
      throw new Error('merge-edits accepted a stale edit');
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr);
    }
    expect(stderr).toContain(`(${b.id}): this entry has changed in the sources since the edits were made`);
    expect(stderr).toMatch(new RegExp(`${b.docId}\\.md`));
    expect(stderr).toContain('nothing written');
    expect(snapshot(other)).toBe(unchanged);
  });

  it('the command applies a good file and prints the diff', () => {
    const other = copyContent('cli');
    const compiled = compileContent(readContentDir(other));
    const [a] = lawArticles(compiled.entries);
    if (!a) throw new Error('no law article');
    return entryFingerprint(a).then((base) => {
      const editsPath = path.join(work, 'good.json');
      writeFileSync(
        editsPath,
        editsFileBytes(
          [{ kind: 'entry', entryId: a.id, base, official: fictional(5) }],
          { packVersion: 1 },
          '2026-12-05T00:00:00Z',
        ),
      );
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'build/content/cli/contentMergeEdits.ts', editsPath, '--content', other],
        { cwd: REPO, encoding: 'utf8' },
      );
      expect(out).toContain('+   text: |');
      expect(out).toContain('✓ 1 edit(s) merged into 1 file(s)');
      expect(readFileSync(path.join(other, 'laws', `${a.docId}.md`), 'utf8')).toContain(
        'Texte officiel fictif n° 5',
      );
      // The real sources are untouched.
      expect(readFileSync(path.join(REPO, 'content', 'laws', `${a.docId}.md`), 'utf8')).not.toContain(
        'fictif n° 5',
      );
    });
  });
});
