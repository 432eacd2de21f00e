import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry, OfficialText } from '../../../renderer/core/content';
import {
  checkEntryEdit,
  EditsFileError,
  type EntryEdit,
  readEditsFile,
} from '../../../renderer/core/workshop';
import { translate } from '../../../renderer/ui/i18n/translate';
import { editFromForm, fieldErrors, formFromEntry } from '../../../renderer/ui/workshop/entryForm';

// The workshop's form checked with the compiler's own rules (renderer/core/workshop/entryRules.ts), each
// problem translated under the field to correct; and the maintainers' file refused when hostile.

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/workshop-edits');
const article: Entry = {
  id: 'loi-fictive/art-2',
  docId: 'loi-fictive',
  kind: 'article',
  number: '2',
  heading: 'Article 2',
  citation: 'Loi fictive, art. 2',
  text: { fr: 'Résumé fictif.' },
  path: [],
  nature: 'resume',
  verification: { status: 'a-verifier', note: 'Point fictif.' },
  sources: [{ id: 'blog', label: 'Blog fictif', type: 'secondary', publisher: 'blog.example' }],
  related: [],
  tags: [],
};
const official: OfficialText = {
  text: 'Texte officiel fictif.',
  reference: { publication: 'Journal officiel fictif', date: '2026-01-05', page: 'col. 3' },
  keyedBy: 'A. K.',
  keyedOn: '2026-11-20',
  verifiedBy: 'B. M.',
  verifiedOn: '2026-11-21',
};
const edit = (patch: Partial<EntryEdit>): EntryEdit => ({
  kind: 'entry',
  entryId: article.id,
  base: 'f'.repeat(64),
  ...patch,
});
const messages = (e: EntryEdit, entry: Entry = article) =>
  Object.fromEntries(
    Object.entries(fieldErrors(checkEntryEdit(entry, e))).map(([field, key]) => [
      field,
      translate('fr', key),
    ]),
  );

describe('the workshop form, checked with the compiler’s rules', () => {
  it('accepts a complete official text at the officiel level', () => {
    expect(messages(edit({ official, verification: { status: 'officiel' } }))).toEqual({});
  });

  it('says, under each field, what is missing or wrong', () => {
    const bad = {
      ...official,
      text: '  ',
      reference: { publication: 'JO fictif', date: '2026-02-30', page: '' },
      verifiedOn: '2026-11-19',
    };
    expect(messages(edit({ official: bad }))).toEqual({
      text: 'Champ obligatoire.',
      date: 'Date incomplète ou impossible.',
      page: 'Champ obligatoire.',
    });
    expect(messages(edit({ official: { ...official, verifiedOn: '2026-11-19' } }))).toEqual({
      verifiedOn: 'La vérification ne peut pas précéder la saisie.',
    });
    expect(
      messages(edit({ official: { ...official, text: 'Texte <script>alert(1)</script> fictif.' } })),
    ).toEqual({
      text: 'Le texte contient du HTML : gardez le texte seul.',
    });
  });

  it('holds each level to what it rests on', () => {
    expect(messages(edit({ verification: { status: 'officiel' } }))).toEqual({
      level: 'Le niveau « officiel » demande le texte officiel saisi ou une source officielle.',
    });
    expect(messages(edit({ verification: { status: 'concordant' } }))).toEqual({
      level: 'Le niveau « concordant » demande deux sources d’éditeurs différents.',
    });
    expect(messages(edit({ verification: { status: 'a-verifier' } }))).toEqual({
      note: 'Le niveau « à vérifier » demande une note disant quel point reste ouvert.',
    });
  });

  it('keys an official text only for a law article', () => {
    expect(messages(edit({ official }), { ...article, kind: 'indicator' })).toEqual({
      text: 'Le texte officiel ne se saisit que pour un article de loi.',
    });
  });

  it('turns the form into the edit: empty official fields keep the pack’s state, cleared ones remove its text', () => {
    const form = formFromEntry(article, '2026-12-05');
    expect(editFromForm(article, 'b'.repeat(64), form)).toEqual({
      kind: 'entry',
      entryId: article.id,
      base: 'b'.repeat(64),
      verification: { status: 'a-verifier', note: 'Point fictif.' },
    });
    const withText = { ...article, official, nature: 'texte' as const };
    const cleared = {
      ...formFromEntry(withText, '2026-12-05'),
      text: '',
      publication: '',
      date: '',
      page: '',
      keyedBy: '',
      verifiedBy: '',
    };
    expect(editFromForm(withText, 'b'.repeat(64), cleared).official).toBeNull();
  });
});

describe('the maintainers’ edits file: hostile inputs are refused with a code', () => {
  const expected: Record<string, string> = {
    'edits-not-json.json': 'not-edits-file',
    'edits-wrong-format.json': 'not-edits-file',
    'edits-newer-version.json': 'newer-version',
    'edits-bad-fingerprint.json': 'malformed',
    'edits-impossible-date.json': 'malformed',
    'edits-path-in-id.json': 'malformed',
    'edits-unknown-field.json': 'malformed',
  };
  it('every fixture is listed here', () => {
    expect(
      readdirSync(FIXTURES)
        .filter((f) => f.startsWith('edits-'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
  for (const [file, code] of Object.entries(expected)) {
    it(`${file} → ${code}`, () => {
      const error: unknown = (() => {
        try {
          readEditsFile(readFileSync(path.join(FIXTURES, file)));
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(EditsFileError);
      expect((error as EditsFileError).code).toBe(code);
    });
  }
  it('a file larger than the limit is refused before it is parsed', () => {
    expect(() => readEditsFile(new Uint8Array(9 * 1024 * 1024))).toThrow(EditsFileError);
  });
});
