import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { formatError } from '../../../build/content/contentError';
import { readContentDir } from '../../../build/content/readContentDir';
import { FIXTURES, VALID_DIR } from './packHelpers';

// Each broken fixture is added, as content/laws/<name>.md, to the valid fixture set; the compiler
// must report exactly the expected file:line: message lines and nothing else.

const compileWithBroken = (name: string, baseName = name): string[] => {
  const base = readContentDir(VALID_DIR);
  const file = `broken/${name}.md`;
  const source = readFileSync(resolve(FIXTURES, file), 'utf8');
  const result = compileContent({ ...base, files: [...base.files, { file, folder: 'laws', baseName, source }] });
  return result.errors.map(formatError);
};

const cases: [string, string[]][] = [
  ['missing-field', ['broken/missing-field.md:2: missing required field `citation`']],
  [
    'invalid-field',
    ['broken/invalid-field.md:7: `jurisdiction` Invalid option: expected one of "RDC"|"international"|"regional"'],
  ],
  [
    'unknown-field',
    ['broken/unknown-field.md:2: missing required field `validAsOf`', 'broken/unknown-field.md:12: unknown field `validAsof`'],
  ],
  ['invalid-date', ['broken/invalid-date.md:12: `validAsOf` invalid date: expected a real calendar date written YYYY-MM-DD']],
  [
    'invalid-date-format',
    ['broken/invalid-date-format.md:8: `dates.adopted` invalid date: expected a real calendar date written YYYY-MM-DD'],
  ],
  ['unknown-tag', ['broken/unknown-tag.md:11: unknown tag `inconnu`: add it to content/tags.yml']],
  ['duplicate-entry-id', ['broken/duplicate-entry-id.md:24: duplicate entry id `art-1` (first at line 15)']],
  ['duplicate-article-number', ['broken/duplicate-article-number.md:24: duplicate article number `1` (first at line 15)']],
  [
    'broken-cross-ref',
    ['broken/broken-cross-ref.md:22: broken cross-reference `[[loi-test/art-99]]`: no such document or entry'],
  ],
  ['broken-related', ['broken/broken-related.md:20: broken reference in `related`: no entry `loi-test/art-99`']],
  [
    'raw-html',
    [
      'broken/raw-html.md:22: raw HTML is not allowed (found `<b>`): write Markdown instead',
      'broken/raw-html.md:24: raw HTML is not allowed (found `<!-- commentaire -->`): write Markdown instead',
      'broken/raw-html.md:26: raw HTML is not allowed (found `<div>`): write Markdown instead',
    ],
  ],
  ['raw-html-meta', ['broken/raw-html-meta.md:21: raw HTML is not allowed (found `<script>`): write Markdown instead']],
  ['empty-article', ['broken/empty-article.md:15: empty entry `art-1`: the French text is required']],
  [
    'officiel-without-source',
    [
      "broken/officiel-without-source.md:20: this entry is officiel but none of its sources is of type official (the Journal officiel or the depositary's text) and it carries no `official` text",
    ],
  ],
  [
    'a-verifier-without-note',
    [
      'broken/a-verifier-without-note.md:18: an a-verifier entry needs a note saying which: one secondary source only, sources disagree (which, on what), or point not read',
    ],
  ],
  ['missing-meta', ['broken/missing-meta.md:15: entry `art-1` has no meta block: `verification` is required']],
  ['id-mismatch', ['broken/id-mismatch.md:2: id `autre-id` must match the file name (id-mismatch.md)']],
  ['unknown-source', ['broken/unknown-source.md:19: unknown source `inconnue`: list it in the front matter `sources`']],
  [
    'text-before-heading',
    ['broken/text-before-heading.md:15: text before the first heading: put an introduction in the front matter `summary`'],
  ],
  ['no-front-matter', ['broken/no-front-matter.md:1: the file must start with YAML front matter between two `---` lines']],
];

describe('the compiler refuses broken content with file:line and a clear message', () => {
  it('compiles the valid fixtures without any error', () => {
    expect(compileContent(readContentDir(VALID_DIR)).errors).toEqual([]);
  });

  for (const [name, expected] of cases) {
    it(name, () => {
      expect(compileWithBroken(name)).toEqual(expected);
    });
  }

  it('duplicate document id', () => {
    expect(compileWithBroken('duplicate-document-id', 'loi-test')).toEqual([
      'broken/duplicate-document-id.md:2: duplicate document id `loi-test` (also test/fixtures/content/valid/laws/loi-test.md)',
    ]);
  });

  it('YAML syntax errors point into the front matter', () => {
    const errors = compileWithBroken('yaml-syntax');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^broken\/yaml-syntax\.md:[45]: YAML: Flow map/);
  });

  it('reports every error of a file in one run, not just the first', () => {
    expect(compileWithBroken('many-errors')).toEqual([
      'broken/many-errors.md:13: unknown tag `inconnu`: add it to content/tags.yml',
      'broken/many-errors.md:15: `validAsOf` invalid date: expected a real calendar date written YYYY-MM-DD',
      'broken/many-errors.md:25: raw HTML is not allowed (found `<i>`): write Markdown instead',
      'broken/many-errors.md:25: broken cross-reference `[[nulle-part]]`: no such document or entry',
      'broken/many-errors.md:27: duplicate entry id `art-1` (first at line 18)',
      'broken/many-errors.md:36: empty entry `art-2`: the French text is required',
      "broken/many-errors.md:39: this entry is officiel but none of its sources is of type official (the Journal officiel or the depositary's text) and it carries no `official` text",
    ]);
  });

  it('reports errors across files in one run', () => {
    const base = readContentDir(VALID_DIR);
    const extra = ['unknown-tag', 'empty-article'].map((name) => ({
      file: `broken/${name}.md`,
      folder: 'laws',
      baseName: name,
      source: readFileSync(resolve(FIXTURES, `broken/${name}.md`), 'utf8'),
    }));
    const errors = compileContent({ ...base, files: [...base.files, ...extra] }).errors.map(formatError);
    expect(errors).toEqual([
      'broken/empty-article.md:15: empty entry `art-1`: the French text is required',
      'broken/unknown-tag.md:11: unknown tag `inconnu`: add it to content/tags.yml',
    ]);
  });
});
