import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContactFields } from '../../../renderer/core/directory/contact';
import {
  MAX_IMPORT_BYTES,
  parseDirectoryFile,
  planImport,
  serialiseDirectory,
} from '../../../renderer/core/directory/directoryFile';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/directory');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe('directory file: the corpus of bad files', () => {
  it.each([
    ['bad-malformed.json', { code: 'not-json' }],
    ['bad-wrong-marker.json', { code: 'wrong-format' }],
    ['bad-no-marker.json', { code: 'wrong-format' }],
    ['bad-wrong-version.json', { code: 'unsupported-version' }],
    ['bad-too-many.json', { code: 'too-many' }],
    [
      'bad-phone.json',
      { code: 'invalid-contact', index: 1, error: { field: 'phone', code: 'phone:invalid' } },
    ],
    [
      'bad-missing-fields.json',
      { code: 'invalid-contact', index: 0, error: { field: 'organisation', code: 'required' } },
    ],
    [
      'bad-unknown-field.json',
      { code: 'invalid-contact', index: 0, error: { field: null, code: 'unknown-field', key: 'victime' } },
    ],
  ])('%s is refused with a precise error', (name, error) => {
    expect(parseDirectoryFile(fixture(name))).toEqual({ ok: false, error });
  });

  it('refuses a file over 1 MiB before reading it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20);
    expect(parseDirectoryFile(bytes)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(parseDirectoryFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({
      ok: false,
      error: { code: 'not-json' },
    });
  });
});

describe('directory file: good files', () => {
  it('reads the valid fixture and normalises phone numbers to E.164', () => {
    const result = parseDirectoryFile(fixture('valid.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contacts.map((c) => c.phone)).toEqual(['+243800000001', '+243800000002', '+243800000001']);
    // Files written before the second number and the e-mail existed still import, with those empty.
    expect(result.contacts[1]).toMatchObject({ role: '', notes: '', phone2: '', email: '' });
  });

  it('round-trips through export, without local ids or dates', () => {
    const contacts = [
      {
        id: 'local-1',
        updatedAt: '2026-01-01T00:00:00.000Z',
        name: 'Agent Exemple',
        organisation: 'Bureau',
        role: '',
        province: 'Nord-Kivu',
        territory: '',
        phone: '+243800000009',
        phone2: '+250788123456',
        email: 'permanence@exemple.org',
        notes: '',
      },
    ];
    const bytes = serialiseDirectory(contacts, new Date('2026-11-30T00:00:00Z'));
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('local-1');
    expect(parseDirectoryFile(bytes)).toEqual({
      ok: true,
      contacts: [
        {
          name: 'Agent Exemple',
          organisation: 'Bureau',
          role: '',
          province: 'Nord-Kivu',
          territory: '',
          phone: '+243800000009',
          phone2: '+250788123456',
          email: 'permanence@exemple.org',
          notes: '',
        },
      ],
    });
  });

  it('plans an import: contacts already present and repeats inside the file are counted once', () => {
    const result = parseDirectoryFile(fixture('valid.json'));
    if (!result.ok) throw new Error('valid fixture refused');
    const existing = [{ ...result.contacts[1]!, name: 'AGENT  Exemple Deux', notes: 'corrigé au bureau' }];
    const plan = planImport(existing, result.contacts);
    expect(plan.toAdd.map((c) => c.name)).toEqual(['Agent Exemple Un']);
    expect(plan.duplicates).toBe(2);
  });
});

describe('contact form validation', () => {
  it('names each wrong field with a code the UI translates', () => {
    const result = validateContactFields({
      name: ' ',
      organisation: 'x'.repeat(161),
      role: '',
      province: '',
      territory: '',
      phone: '+243 12',
      notes: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'required' },
        { field: 'organisation', code: 'too-long' },
        { field: 'phone', code: 'phone:wrong-length' },
      ],
    });
  });
});
