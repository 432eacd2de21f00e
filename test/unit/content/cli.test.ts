import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, VALID_DIR } from './packHelpers';

// The npm scripts end to end: exit codes and messages as a writer or a release manager sees them.

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'dalili-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `build/content/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DALILI_PACK_SIGNING_KEY: '', DALILI_PACK_SIGNING_KEY_FILE: '', SOURCE_DATE_EPOCH: '1767225600' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('content scripts', () => {
  const packDir = join(work, 'pack');

  it('content:build writes a verifiable pack, and content:verify accepts it', () => {
    const build = run('contentBuild', '--content', VALID_DIR, '--out', packDir, '--pack-version', '3');
    expect(build.code, build.err).toBe(0);
    expect(build.out).toContain('6 documents, 8 entries');
    const verify = run('contentVerify', packDir);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toContain('pack v3');
    expect(verify.out).toContain('pack de développement');
  });

  it('content:verify --release refuses the dev-signed pack', () => {
    const verify = run('contentVerify', packDir, '--release');
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('dev-key-refused');
  });

  it('content:pack writes a .dalili-pack that content:verify accepts; a truncated copy is refused', () => {
    const file = join(work, 'test.dalili-pack');
    const pack = run('contentPack', file, '--from', packDir);
    expect(pack.code, pack.err).toBe(0);
    expect(run('contentVerify', file).code).toBe(0);
    const cut = join(work, 'cut.dalili-pack');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
    const verify = run('contentVerify', cut);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('truncated');
  });

  it('content:verify names the tampered part', () => {
    const tampered = join(work, 'tampered');
    cpSync(packDir, tampered, { recursive: true });
    const entries = join(tampered, 'entries.json');
    writeFileSync(entries, readFileSync(entries, 'utf8').replace('fictive', 'FICTIVE'));
    const verify = run('contentVerify', tampered);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('hash-mismatch in entries.json');
  });

  it('content:build fails on broken content, lists every error and writes nothing', () => {
    const broken = join(work, 'broken');
    cpSync(VALID_DIR, broken, { recursive: true });
    for (const name of ['unknown-tag', 'empty-article']) {
      cpSync(join(FIXTURES, 'broken', `${name}.md`), join(broken, 'laws', `${name}.md`));
    }
    const out = join(work, 'never');
    const build = run('contentBuild', '--content', broken, '--out', out);
    expect(build.code).toBe(1);
    expect(build.err).toMatch(/laws\/empty-article\.md:15: empty entry `art-1`/);
    expect(build.err).toMatch(/laws\/unknown-tag\.md:11: unknown tag `inconnu`/);
    expect(build.err).toContain('2 error(s)');
    expect(() => readFileSync(join(out, 'manifest.json'))).toThrow();
  });

  it('content:report --json prints counts and open notes', () => {
    const report = run('contentReportCli', '--json', '--content', VALID_DIR);
    expect(report.code).toBe(0);
    const json = JSON.parse(report.out) as { documents: number; indicators: number; perDocument: { id: string }[] };
    expect(json.documents).toBe(6);
    expect(json.indicators).toBe(1);
    expect(json.perDocument.map((d) => d.id)).toContain('loi-test');
  });

  it('content:report counts levels and natures per document and overall, lists open points and gaps, and ends with the three figures', () => {
    const report = run('contentReportCli', '--json', '--content', VALID_DIR);
    const json = JSON.parse(report.out) as {
      levels: Record<string, number>;
      natures: Record<string, number>;
      perDocument: { id: string; levels: Record<string, number>; natures: Record<string, number> }[];
      openPoints: { id: string; note: string }[];
      gaps: { id: string }[];
    };
    expect(json.levels).toEqual({ officiel: 1, concordant: 1, 'a-verifier': 6 });
    expect(json.natures).toEqual({ resume: 8, texte: 0 });
    expect(json.perDocument.find((d) => d.id === 'loi-test')).toMatchObject({ levels: { officiel: 1, concordant: 1, 'a-verifier': 1 }, natures: { resume: 3, texte: 0 } });
    expect(json.openPoints).toContainEqual({ id: 'loi-test/art-2-bis', note: 'Numéro à confirmer.' });
    expect(json.openPoints).toContainEqual({ id: 'ind-test', note: 'Liste partielle : Liste fictive réduite à deux indicateurs.' });
    expect(json.gaps.map((g) => g.id)).toContain('loi-test/art-2-bis');
    const readable = run('contentReportCli', '--content', VALID_DIR);
    expect(readable.out.trimEnd().split('\n').at(-1)).toBe('Niveaux (toutes entrées) : officiel 1 · concordant 1 · à vérifier 6');
  });

  it('content:worksheet prints the worksheet of one document, and names the documents when the id is unknown', () => {
    const sheet = run('contentWorksheet', 'loi-test', '--content', VALID_DIR);
    expect(sheet.code, sheet.err).toBe(0);
    expect(sheet.out).toContain("# Fiche de vérification — Loi fictive n° 00/001 portant protection de l'enfant");
    expect(sheet.out.match(/^## /gm)).toHaveLength(3);
    expect(sheet.out).toContain('Référence au Journal officiel (numéro, date, colonne ou page) :');
    const file = join(work, 'fiche.md');
    expect(run('contentWorksheet', 'loi-test', '--content', VALID_DIR, '--out', file).code).toBe(0);
    // console.log adds one newline after the text the file holds.
    expect(`${readFileSync(file, 'utf8')}\n`).toBe(sheet.out);
    const unknown = run('contentWorksheet', 'nulle-part', '--content', VALID_DIR);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no document `nulle-part`; documents: ');
    expect(unknown.err).toContain('loi-test');
  });
});
