import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type CompiledContent, type ContentInput } from '../../../build/content/compileContent';
import { decodeUtf8File } from '../../../build/content/decodeUtf8';
import { readContentDir } from '../../../build/content/readContentDir';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { PackError } from '../../../renderer/core/content/packError';
import { PART } from '../../../renderer/core/content/packManifest';
import type { Scenario } from '../../../renderer/core/content/scenarioPart';
import { TRAINING_AUDIENCES } from '../../../renderer/core/vocabulary';
import { buildParts, compileValid, FIXTURES, reader, resign } from './packHelpers';

// Training scenarios (issue 23, point 1): the compiler's rules, each proven by a hostile file in
// test/fixtures/content/hostile-scenarios that breaks it (reported as file:line), the real scenarios,
// and the signed part: carried by the pack, kept out of the search index, refused when malformed.

const CONTENT = resolve(import.meta.dirname, '../../../content');
const HOSTILE = resolve(FIXTURES, 'hostile-scenarios');
const HOSTILE_PART = resolve(FIXTURES, 'hostile-scenario-part');
const options = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };

let library: ContentInput;
let real: CompiledContent;
beforeAll(() => {
  library = readContentDir(CONTENT);
  real = compileContent(library);
});

const compileOne = (file: string): CompiledContent => {
  const { source, invalid } = decodeUtf8File(readFileSync(resolve(HOSTILE, file)));
  return compileContent({
    ...library,
    scenarioFiles: [
      { file, folder: 'scenarios', baseName: file.replace(/\.yml$/, ''), source, ...(invalid ? { invalidUtf8: invalid } : {}) },
    ],
  });
};

/** Each hostile scenario: the line and the words of the error a writer reads. */
const EXPECTED: Record<string, [number, string][]> = {
  'alias-bomb.yml': [[15, 'YAML refused']],
  'all-right.yml': [[33, 'every answer of question indices is right']],
  'article-number-invented.yml': [[25, 'mentions article 412bis but cites no library article numbered so']],
  'duplicate-choice.yml': [[40, 'answer id a used twice']],
  'id-mismatch.yml': [[2, 'must match the file name']],
  'indicator-not-indicator.yml': [[30, 'loi-09-001/art-53 is not an indicator']],
  'invalid-utf8.yml': [[4, 'not valid UTF-8']],
  'missing-feedback.yml': [[40, 'answer b of question indices has no feedback']],
  'no-links.yml': [[25, 'links to no library entry']],
  'no-right-answer.yml': [[33, 'has no right answer']],
  'not-fictional.yml': [[4, 'fictional: true']],
  'notice-not-fictional.yml': [[11, 'the fiction notice must say']],
  'phone-number.yml': [[44, 'looks like a phone number']],
  'raw-html.yml': [[42, 'raw HTML is not allowed']],
  'referral-not-step.yml': [[32, 'is not a referral step']],
  'single-two-right.yml': [
    [33, 'every answer of question indices is right'],
    [33, 'has 2 right answers'],
  ],
  'translation-undeclared.yml': [[8, 'has a en text but `languages` does not list en']],
  'unknown-article.yml': [
    [25, 'mentions article 53'],
    [31, 'loi-09-001/art-999 is not an entry of the library'],
  ],
  'unknown-audience.yml': [[3, 'audience must be one of police, inspection, magistrature, accompagnement']],
  'unknown-field.yml': [[4, 'unknown field `author`']],
  'unknown-indicator.yml': [[30, 'travail-enfants/enfant-qui-vole is not an entry of the library']],
  'unverified-not-said.yml': [[45, 'loi-09-001/art-162, which the library marks « à vérifier »']],
  'yaml-syntax.yml': [
    [9, 'YAML:'],
    [9, 'YAML:'],
  ],
};

describe('the scenario compiler', () => {
  it('compiles the valid fixture into one scenario whose links are the cited entries, in order', () => {
    const result = compileOne('valid.yml');
    expect(result.errors).toEqual([]);
    expect(result.scenarios).toHaveLength(1);
    expect(result.scenarios[0]!.steps[0]!.questions[0]!.links).toEqual([
      'travail-enfants/enfant-creuse-sous-terre',
      'loi-09-001/art-53',
      'orientation-enfants/retrait-travail-dangereux',
    ]);
  });

  const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.yml') && f !== 'valid.yml');
  it('has a hostile fixture for every rule, and an expectation for every fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect([...files].sort()).toEqual([...Object.keys(EXPECTED), 'translation-missing.yml'].sort());
  });

  for (const file of files.filter((f) => f !== 'translation-missing.yml')) {
    it(`refuses ${file} with file:line errors and compiles nothing from it`, () => {
      const result = compileOne(file);
      expect(result.scenarios).toEqual([]);
      expect(result.errors.map((e) => [e.file, e.line])).toEqual(EXPECTED[file]!.map(([line]) => [file, line]));
      EXPECTED[file]!.forEach(([, words], i) => expect(result.errors[i]!.message).toContain(words));
    });
  }

  it('refuses a scenario that declares English without an English text for every line, naming each', () => {
    const result = compileOne('translation-missing.yml');
    expect(result.scenarios).toEqual([]);
    expect(result.errors.length).toBe(13);
    expect(new Set(result.errors.map((e) => e.message))).toEqual(
      new Set(['missing the en text: `languages` says the whole scenario exists in en']),
    );
  });
});

describe('the scenarios shipped in content/scenarios', () => {
  it('compile without errors: at least 12, three or more per audience, each in French', () => {
    expect(real.errors).toEqual([]);
    expect(real.scenarios.length).toBeGreaterThanOrEqual(12);
    for (const audience of TRAINING_AUDIENCES) {
      expect(real.scenarios.filter((s) => s.audience === audience).length, audience).toBeGreaterThanOrEqual(3);
    }
    for (const s of real.scenarios) expect(s.languages).toContain('fr');
  });

  it('ask about indicators, qualification, referral and what not to do, each question with a wrong answer', () => {
    const topics = new Set(real.scenarios.flatMap((s) => s.steps.flatMap((st) => st.questions.map((q) => q.topic))));
    expect([...topics].sort()).toEqual(['avoid', 'indicators', 'qualification', 'reading', 'referral']);
    for (const s of real.scenarios) {
      for (const q of s.steps.flatMap((st) => st.questions)) {
        expect(q.choices.some((c) => !c.correct), `${s.id}/${q.id}`).toBe(true);
        expect(q.choices.every((c) => c.feedback.fr.length > 0), `${s.id}/${q.id}`).toBe(true);
      }
    }
  });

  it('stay out of the library: documents, entries and the search corpus are the same without them', () => {
    const without = compileContent({ ...library, scenarioFiles: [] });
    expect(without.documents).toEqual(real.documents);
    expect(without.entries).toEqual(real.entries);
    expect(without.scenarios).toEqual([]);
  });
});

describe('the signed scenarios part', () => {
  let parts: Map<string, Uint8Array>;
  let linkId: string;
  const template = (): string => readFileSync(resolve(HOSTILE_PART, 'valid-template.json'), 'utf8').replace('LINK', linkId);

  beforeAll(async () => {
    const content = compileValid();
    linkId = content.entries[0]!.id;
    const scenarios = JSON.parse(template()) as Scenario[];
    parts = await buildParts({ content: { ...content, scenarios } });
  });

  it('is written only when there are scenarios, listed and hashed in the manifest, and read back by loadPack', async () => {
    expect((await buildParts()).has(PART.scenarios)).toBe(false);
    expect(parts.has(PART.scenarios)).toBe(true);
    const pack = await loadPack(reader(parts), options);
    expect(pack.scenarios.map((s) => s.id)).toEqual(['essai']);
    expect(pack.manifest.parts.map((p) => p.name)).toContain(PART.scenarios);
    // The search index is the same bytes with or without scenarios: they are never indexed.
    expect(parts.get(PART.search)).toEqual((await buildParts()).get(PART.search));
  });

  it('a pack without the part loads with no scenarios', async () => {
    expect((await loadPack(reader(await buildParts()), options)).scenarios).toEqual([]);
  });

  it('a changed scenarios part is refused by its hash', async () => {
    const changed = new Map(parts);
    changed.set(PART.scenarios, new TextEncoder().encode(template().replace('Essai', 'Essaj')));
    await expect(loadPack(reader(changed), options)).rejects.toMatchObject({ code: 'hash-mismatch', part: PART.scenarios });
  });

  const hostile = readdirSync(HOSTILE_PART).filter((f) => f !== 'valid-template.json');
  it('has hostile part fixtures', () => expect(hostile.length).toBeGreaterThanOrEqual(9));
  for (const file of hostile) {
    it(`refuses ${file}, signed and hashed correctly, as malformed scenarios.json`, async () => {
      const bytes = readFileSync(resolve(HOSTILE_PART, file), 'utf8').replaceAll('LINK', linkId);
      const signed = await resign(parts, { replace: { [PART.scenarios]: new TextEncoder().encode(bytes) } });
      const error: unknown = await loadPack(reader(signed), options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PackError);
      expect(error).toMatchObject({ code: 'malformed', part: PART.scenarios });
    });
  }
});
