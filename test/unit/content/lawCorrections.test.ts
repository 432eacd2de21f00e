import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import type { CompiledContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import type { Entry } from '../../../renderer/core/content/types';

// The corrections of the review of 4 December 2026 (issue 14, §3) on the laws helper's documents, asserted
// on the compiled real content so that none of them can come back unnoticed. Each test names the error
// the review found and checks it in every language the entry is written in.

const CONTENT_DIR = resolve(import.meta.dirname, '../../../content');
let compiled: CompiledContent;

beforeAll(() => {
  compiled = compileContent(readContentDir(CONTENT_DIR));
});

const entry = (id: string): Entry => {
  const found = compiled.entries.find((e) => e.id === id);
  if (!found) throw new Error(`entry ${id} is missing from the compiled content`);
  return found;
};

const doc = (id: string) => {
  const found = compiled.documents.find((d) => d.id === id);
  if (!found) throw new Error(`document ${id} is missing from the compiled content`);
  return found;
};

const languages = (e: Entry) => (['fr', 'en', 'sw'] as const).map((lang) => [lang, e.text[lang] ?? ''] as const);

describe('review corrections in the legal library', () => {
  it('Constitution art. 16 states the 2006 text: no servitude and no exception clause, in fr, en and sw', () => {
    const art16 = entry('constitution-2006/art-16');
    for (const [lang, text] of languages(art16)) {
      expect(text, lang).not.toBe('');
      // The article itself is summarised in the first paragraph; later paragraphs explain the old wording.
      const firstParagraph = text.split(/\n\s*\n/)[0] ?? '';
      expect(firstParagraph, lang).not.toMatch(/servitude|utumishi wa kulazimishwa/i);
      expect(text, lang).not.toMatch(/sauf dans les cas prévus par la loi|except in the cases provided by law|isipokuwa katika hali zilizotajwa na sheria/i);
    }
    expect(art16.text.fr).toMatch(/aucune exception/);
    expect(art16.text.en).toMatch(/no exception/);
    expect(art16.text.sw).toMatch(/haiweki tofauti yoyote|hayaweki tofauti yoyote/);
    // Servitude is named where the 2006 text names it: among the non-derogable rights of art. 61.
    expect(entry('constitution-2006/art-61').text.fr).toMatch(/esclavage et de la servitude/);
    expect(art16.related).toContain('constitution-2006/art-61');
    expect(art16.sources.map((s) => s.id)).toContain('globalhealthrights');
  });

  it('Loi 09/001 art. 162 shows the means the reproduced JO text lists and never states the opposite as settled law', () => {
    const art162 = entry('loi-09-001/art-162');
    expect(art162.text.fr).toMatch(/énumère donc des moyens/);
    expect(art162.text.en).toMatch(/lists means/);
    expect(art162.text.sw).toMatch(/yanaorodhesha njia/);
    // The Swahili used to say that no coercion or deception need be shown for a child, as Congolese law.
    expect(art162.text.sw).not.toMatch(/hakuna haja ya kuonyesha/);
    for (const [lang, text] of languages(art162)) {
      expect(text, `${lang}: identification standard`).toMatch(/Palerm/);
      expect(text, `${lang}: check in the JO`).toMatch(/Journal officiel|Official Journal|Gazeti rasmi/);
    }
    expect(art162.verification.status).toBe('a-verifier');
    expect(art162.penalty).toMatchObject({ min: '10 ans', max: '20 ans' });
  });

  it('Code du travail: the penalty for the worst forms sits under art. 326 (two publishers), art. 327 keeps the disagreement', () => {
    const a326 = entry('code-travail/art-326');
    const a327 = entry('code-travail/art-327');
    // Art. 326: the Wikisource transcription of the JO and WageIndicator agree on the number and the penalty.
    expect(a326.verification.status).toBe('concordant');
    expect(new Set(a326.sources.map((s) => s.publisher)).size).toBeGreaterThanOrEqual(2);
    expect(a326.penalty).toMatchObject({ max: '6 mois' });
    expect(a326.penalty?.fine).toMatch(/30 000 FC/);
    // The 2007 thesis that puts the penalty under art. 327 is still shown, in every language.
    for (const [lang, text] of languages(a326)) expect(text, lang).toMatch(/327/);
    // Art. 327 is the inspector's professional secrecy in the transcription: no worst-forms penalty of its own,
    // and the thesis's contrary attribution stays visible as a disagreement.
    expect(a327.verification.status).toBe('a-verifier');
    expect(a327.verification.note).toMatch(/désaccord/);
    expect(a327.verification.note).toMatch(/326/);
    expect(a327.penalty?.max).not.toBe('6 mois');
    expect(a327.text.fr).toMatch(/inspecteur ou le contrôleur du travail qui révèle les secrets/);
    expect(a327.text.en).toMatch(/labour inspector or controller who reveals the secrets/);
    expect(a327.text.sw).toMatch(/mkaguzi au mdhibiti wa kazi anayefichua siri/);
    for (const [lang, text] of languages(a327)) expect(text, lang).toMatch(/326/);
    expect(a326.related).toContain('code-travail/art-327');
    expect(a327.related).toContain('code-travail/art-326');
    expect(entry('code-travail/art-3').text.fr).toMatch(/326/);
    expect(entry('code-travail/art-3').text.fr).toMatch(/327/);
  });

  it('Loi 22/067 is the first general offence of trafficking in persons, not the first trafficking offence', () => {
    const summary = doc('loi-22-067').summary;
    expect(summary?.fr).toMatch(/infraction générale de traite des personnes/);
    expect(summary?.fr).not.toMatch(/incrimine la \*\*traite des personnes\*\* en tant que telle/);
    expect(summary?.fr).toMatch(/loi-09-001\/art-162/);
    expect(summary?.en).toMatch(/general offence of trafficking in persons/);
    expect(summary?.sw).toMatch(/kosa la jumla la biashara ya watu/);
  });

  it('Swahili treaty wording carries no example Dalili added inside it', () => {
    // C182 art. 3 (d) used to end with "for example digging underground or carrying heavy loads in mines".
    expect(entry('oit-c182/art-3').text.sw).not.toMatch(/migodini/);
    // C29 art. 2 used to list Dalili's examples of threats inside the definition.
    const c29def = (entry('oit-c29/art-2').text.sw ?? '').split(/\n\s*\n/)[0] ?? '';
    expect(c29def).not.toMatch(/kunyang'anywa kadi/);
    expect(c29def).toMatch(/chini ya tishio la adhabu yoyote/);
  });

  it('Loi 09/001 keeps the official titles apart from the chapters Dalili added', () => {
    const art50 = entry('loi-09-001/art-50');
    expect(art50.path[0]).toBe("Titre II — Protection sociale de l'enfant");
    expect(art50.editorialPath).toEqual([1]);
    const art162 = entry('loi-09-001/art-162');
    expect(art162.path).toEqual(["Titre IV — Protection pénale de l'enfant"]);
    expect(art162.editorialPath ?? []).toEqual([]);
  });

  it('Code pénal art. 170 gives the 2006 rape penalty from two publishers', () => {
    const art170 = entry('code-penal/art-170');
    expect(art170.penalty).toMatchObject({ min: '5 ans', max: '20 ans' });
    expect(art170.verification.status).toBe('concordant');
    expect(new Set(art170.sources.map((s) => s.publisher)).size).toBeGreaterThanOrEqual(2);
  });

  it('the mine-site ban on children and pregnant women is said to be still unfound, after the new search', () => {
    const ban = entry('code-minier/interdiction-enfants-femmes-enceintes');
    expect(ban.verification.status).toBe('a-verifier');
    expect(ban.verification.note).toMatch(/4 décembre 2026/);
    expect(ban.text.sw).toMatch(/Hakuna namba ya kifungu wala adhabu iliyopatikana/);
  });
});
