import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import type { CompiledContent } from '../../../build/content/compileContent';
import { formatError } from '../../../build/content/contentError';
import { contentReport, formatReport } from '../../../build/content/contentReport';
import { decodeUtf8File, firstInvalidUtf8 } from '../../../build/content/decodeUtf8';
import { isOfficialUrl } from '../../../build/content/officialHosts';
import { readContentDir } from '../../../build/content/readContentDir';
import { FIXTURES, VALID_DIR } from './packHelpers';

// The rules of issue 14 on hostile and borderline files: each fixture is added to the valid set as
// content/laws/<name>.md and the compiler must say exactly what is wrong, where.

const compileWith = (name: string): CompiledContent => {
  const base = readContentDir(VALID_DIR);
  const file = `broken/${name}.md`;
  const source = readFileSync(resolve(FIXTURES, file), 'utf8');
  return compileContent({ ...base, files: [...base.files, { file, folder: 'laws', baseName: name, source }] });
};
const errorsOf = (name: string): string[] => compileWith(name).errors.map(formatError);

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('verification levels rest on their sources', () => {
  it('refuses officiel without an official source, for an entry and for a document', () => {
    expect(errorsOf('officiel-without-source')).toEqual([
      "broken/officiel-without-source.md:20: this entry is officiel but none of its sources is of type official (the Journal officiel or the depositary's text) and it carries no `official` text",
    ]);
    expect(errorsOf('document-officiel-secondary')).toEqual([
      "broken/document-officiel-secondary.md:10: the document is officiel but none of its sources is of type official (the Journal officiel or the depositary's text)",
    ]);
  });

  it('refuses concordant when the sources share one publisher, however it is spelt', () => {
    expect(errorsOf('concordant-one-publisher')).toEqual([
      'broken/concordant-one-publisher.md:20: this entry is concordant but its sources come from fewer than two different publishers: `copie-a` (Éditeur fictif), `copie-b` (éditeur  FICTIF)',
    ]);
  });

  it('accepts concordant with two publishers and officiel with an official source naming its publication', () => {
    const compiled = compileContent(readContentDir(VALID_DIR));
    expect(compiled.errors).toEqual([]);
    expect(compiled.entries.find((e) => e.id === 'loi-test/art-3')?.verification.status).toBe('concordant');
    expect(compiled.entries.find((e) => e.id === 'loi-test/art-1')?.verification.status).toBe('officiel');
  });

  it('refuses an official source on a mirror that names no publication, and accepts the publisher’s own site', () => {
    expect(errorsOf('official-on-mirror')).toEqual([
      'broken/official-on-mirror.md:10: source `miroir` is typed official but its URL is not on an official publisher\'s site (see build/content/officialHosts.ts) and it names no `publication`: give the official publication\'s reference, or type it secondary',
    ]);
    expect(isOfficialUrl('https://normlex.ilo.org/dyn/normlex/fr/f?p=1')).toBe(true);
    expect(isOfficialUrl('https://treaties.un.org/doc/x')).toBe(true);
    expect(isOfficialUrl('https://www.readkong.com/page/ilo')).toBe(false);
    // A look-alike host is not the publisher's site.
    expect(isOfficialUrl('https://ilo.org.example.com/x')).toBe(false);
    expect(isOfficialUrl('https://fakeilo.org/x')).toBe(false);
  });

  it('refuses an entry with no source (from memory), and still lists it as a gap in the report', () => {
    const compiled = compileWith('entry-without-source');
    expect(compiled.errors.map(formatError)).toEqual([
      'broken/entry-without-source.md:17: entry `entry-without-source/art-1` names no source it was checked against (`sources: [...]`): research it or remove it and list it as a gap',
    ]);
    expect(compiled.gaps).toContainEqual({ id: 'entry-without-source/art-1', file: 'broken/entry-without-source.md', line: 17 });
    const report = contentReport(compiled);
    expect(report.gaps.map((g) => g.id)).toContain('entry-without-source/art-1');
    expect(formatReport(report)).toContain('entry-without-source/art-1 (broken/entry-without-source.md:17)');
  });
});

describe('the compiler is strict about its input', () => {
  it('refuses a file that is not UTF-8 with its file and line, and compiles nothing from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalili-utf8-'));
    temporary.push(dir);
    cpSync(VALID_DIR, dir, { recursive: true });
    cpSync(resolve(FIXTURES, 'broken/invalid-utf8.md'), join(dir, 'laws/invalid-utf8.md'));
    const compiled = compileContent(readContentDir(dir));
    expect(compiled.errors).toHaveLength(1);
    expect(compiled.errors[0]?.file.endsWith('laws/invalid-utf8.md')).toBe(true);
    expect(compiled.errors[0]?.line).toBe(23);
    expect(compiled.errors[0]?.message).toBe('not valid UTF-8 (byte 0xE9 at column 16): save the file as UTF-8; nothing from it is compiled');
    expect(compiled.documents.some((d) => d.id === 'invalid-utf8')).toBe(false);
    expect(JSON.stringify(compiled.entries)).not.toContain('\uFFFD');
  });

  it('finds overlong forms, surrogates and truncated sequences, and accepts real UTF-8', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(firstInvalidUtf8(new TextEncoder().encode('Protégé — 𝄞 ✓'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(decodeUtf8File(bytes(0x61, 0x0a, 0x62, 0x0a, 0x63, 0xff)).invalid).toEqual({ line: 3, column: 2, byte: 0xff });
  });

  it('refuses a YAML alias bomb and names the file and the line of the first alias', () => {
    expect(errorsOf('alias-bomb')).toEqual([
      'broken/alias-bomb.md:14: YAML refused: Excessive alias count indicates a resource exhaustion attack (anchors and aliases, `&name` / `*name`, expand to too much data)',
    ]);
  });

  it('refuses a law whose headings are not read as articles instead of shipping it empty', () => {
    expect(errorsOf('law-without-articles')).toEqual([
      'broken/law-without-articles.md:14: this law has no article: write each one as a heading with an id, `### Article 5 {#art-5}` (a document with no entry is refused, not shipped empty)',
      'broken/law-without-articles.md:17: heading `Article 1` looks like an article but has no id: write `### Article 1 {#art-…}` or it is dropped as a structure heading',
      'broken/law-without-articles.md:21: heading `Art. 2` looks like an article but has no id: write `### Art. 2 {#art-…}` or it is dropped as a structure heading',
    ]);
    expect(errorsOf('article-heading-not-read')).toEqual([
      'broken/article-heading-not-read.md:15: heading `Art. 5` is not recognised as an article: write `Article 5` (the word in full, then the number)',
    ]);
  });

  it('keeps a {.editorial} heading as editorial in the outline and in the entry path', () => {
    const compiled = compileWith('entry-without-source');
    const doc = compiled.documents.find((d) => d.id === 'entry-without-source');
    expect(doc?.outline[0]).toMatchObject({ type: 'heading', title: 'Regroupement fictif', editorial: true });
    const entry = compiled.entries.find((e) => e.id === 'entry-without-source/art-1');
    expect(entry?.path).toEqual(['Regroupement fictif']);
    expect(entry?.editorialPath).toEqual([0]);
    const official = compileContent(readContentDir(VALID_DIR)).documents.find((d) => d.id === 'loi-test');
    expect(official?.outline[0]).not.toHaveProperty('editorial');
  });
});
