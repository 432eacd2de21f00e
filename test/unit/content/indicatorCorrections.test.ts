import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContent } from '../../../build/content/compileContent';
import type { ContentDocument, Entry } from '../../../renderer/core/content/types';
import { compiledContent, documentIn, entryIn } from './reviewCorrections';

// The corrections of the review of 4 December 2026 (issue 14 §1, §3, §5; issue 19 "Translations") on the
// indicator sets, referral guidelines and directory, asserted on the compiled real content so that none of
// them can come back unnoticed.

let compiled: CompiledContent;

beforeAll(() => {
  compiled = compiledContent();
});

const entry = (id: string): Entry => entryIn(compiled, id);
const doc = (id: string): ContentDocument => documentIn(compiled, id);

const INDICATOR_SETS = [
  'delphi-traite-adultes',
  'delphi-traite-enfants',
  'oit-travail-force',
  'onudc-indicateurs',
  'exploitation-sexuelle',
  'sites-miniers',
  'travail-enfants',
];
const GUIDELINES = ['orientation-generale', 'orientation-enfants', 'orientation-sites-miniers', 'orientation-violences-sexuelles'];
const MY_DOCUMENTS = [...INDICATOR_SETS, ...GUIDELINES, 'acteurs'];
const myEntries = () => compiled.entries.filter((e) => MY_DOCUMENTS.includes(e.docId));

describe('child trafficking: the Palermo screening standard is not the Congolese offence', () => {
  for (const id of ['delphi-traite-enfants', 'orientation-enfants']) {
    it(`${id} says in fr, en and sw that art. 162 as reproduced lists means, to be checked in the JO`, () => {
      const summary = doc(id).summary;
      expect(summary?.fr).toMatch(/repérage et (à )?l'orientation/);
      expect(summary?.fr).toMatch(/énumère des moyens/);
      expect(summary?.fr).toMatch(/à vérifier au Journal officiel/);
      expect(summary?.en).toMatch(/lists means/);
      expect(summary?.en).toMatch(/checked in the Journal officiel/);
      expect(summary?.sw).toMatch(/inataja njia/);
      expect(summary?.sw).toMatch(/Gazeti rasmi/);
      for (const lang of ['fr', 'en', 'sw'] as const) {
        // Art. 162 is cited for the elements of the national offence, never next to "no means needed".
        const text = summary?.[lang] ?? '';
        expect(text, lang).toContain('#/doc/loi-09-001/art-162');
        expect(text, lang).not.toMatch(/voir aussi \[[^\]]*\]\(#\/doc\/loi-09-001\/art-162\)/);
      }
    });
  }

  it('the child Delphi summary never asks for a recruitment means and never says a combination cannot be met', () => {
    const summary = doc('delphi-traite-enfants').summary;
    expect(summary?.fr).toMatch(/n'exige jamais de recrutement trompeur, coercitif ou par abus de vulnérabilité/);
    expect(summary?.en).toMatch(/never requires deceptive, coercive or abuse-of-vulnerability recruitment/);
    expect(summary?.sw).toMatch(/kamwe haihitaji kuajiriwa/);
    expect(summary?.fr).toMatch(/ne dit jamais qu'une combinaison ne peut plus être réunie/);
  });
});

describe('debts run up at the site (the 14-year-old boy carrying sacks, in debt to the "patron")', () => {
  it('is a child indicator of coercion at destination, distinct from debt bondage at recruitment', () => {
    const debt = entry('delphi-traite-enfants/dette-contractee-sur-site');
    expect(debt.kind).toBe('indicator');
    expect(debt.audience).toBe('child');
    expect(debt.dimension).toBe('coercition-destination');
    expect(debt.strength).toBe('strong');
    expect(entry('delphi-traite-enfants/enfant-dette-recrutement').dimension).toBe('recrutement-coercitif');
    expect(debt.text.fr).toMatch(/nourriture/);
    expect(debt.text.fr).toMatch(/outils/);
    expect(debt.text.en).toMatch(/food, tools/);
    expect(debt.text.sw).toMatch(/chakula, vifaa/);
  });

  it('has questions in fr, en and sw, sources, a level and a note saying what rests on one source', () => {
    const debt = entry('delphi-traite-enfants/dette-contractee-sur-site');
    const count = debt.questions?.fr.length ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(debt.questions?.en).toHaveLength(count);
    expect(debt.questions?.sw).toHaveLength(count);
    expect(debt.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['synthese-delphi', 'tip-2015']));
    expect(debt.verification.status).toBe('a-verifier');
    expect(debt.verification.note).toMatch(/seule source secondaire/);
    expect(debt.headingTranslations?.en).toMatch(/Debts run up at the site/);
    expect(debt.headingTranslations?.sw).toMatch(/Madeni/);
  });
});

describe('coverage and grouping say what is the source and what is Dalili', () => {
  it('encodes both Delphi lists for labour exploitation as one secondary source gives them, marks them partial (the ILO brochure is unread), and keeps the source grouping', () => {
    for (const [id, count] of [
      ['delphi-traite-adultes', 67],
      ['delphi-traite-enfants', 65],
    ] as const) {
      const d = doc(id);
      // Not confronted with the published list: partial in the tool and in print until the brochure is read.
      expect(d.coverage?.status, id).toBe('partiel');
      expect(d.coverage?.note, id).toMatch(/brochure de l'OIT \(wcms_105023\), qui la donne, n'a pas été lue/);
      expect(d.coverage?.note, id).toMatch(new RegExp(`Les ${count} indicateurs`));
      expect(d.coverage?.note, id).toMatch(/seule source lue/);
      expect(d.grouping, id).toEqual({ dimensions: 'source', strength: 'source' });
      const entries = compiled.entries.filter((e) => e.docId === id);
      expect(entries, id).toHaveLength(count);
      // Every indicator still says it rests on the single secondary synthesis.
      for (const e of entries) expect(e.verification.status, e.id).toBe('a-verifier');
    }
    // Per-dimension counts of the published lists (adults: as Seafish gives them).
    const perDimension = (id: string) =>
      compiled.entries.filter((e) => e.docId === id).reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.dimension ?? '']: (acc[e.dimension ?? ''] ?? 0) + 1 }), {});
    expect(perDimension('delphi-traite-adultes')).toEqual({
      'recrutement-trompeur': 10,
      'recrutement-coercitif': 10,
      'recrutement-abus-vulnerabilite': 16,
      exploitation: 9,
      'coercition-destination': 15,
      'abus-vulnerabilite-destination': 7,
    });
    expect(perDimension('delphi-traite-enfants')).toEqual({
      'recrutement-trompeur': 10,
      'recrutement-coercitif': 10,
      'recrutement-abus-vulnerabilite': 15,
      exploitation: 8,
      'coercition-destination': 15,
      'abus-vulnerabilite-destination': 7,
    });
    // The children's list has no weak indicators, as the synthesis says.
    expect(compiled.entries.filter((e) => e.docId === 'delphi-traite-enfants' && e.strength === 'weak')).toHaveLength(0);
  });

  it("says the five groupings of the ILO's 11 indicators and the strengths of Dalili's own sets are Dalili's", () => {
    expect(doc('oit-travail-force').coverage?.status).toBe('complet');
    expect(compiled.entries.filter((e) => e.docId === 'oit-travail-force')).toHaveLength(11);
    for (const id of ['oit-travail-force', 'onudc-indicateurs', 'exploitation-sexuelle', 'sites-miniers', 'travail-enfants']) {
      expect(doc(id).grouping, id).toEqual({ dimensions: 'dalili', strength: 'dalili' });
      expect(doc(id).summary?.fr, id).toMatch(/choix de Dalili/);
      expect(doc(id).summary?.en, id).toMatch(/Dalili's choice/);
      expect(doc(id).summary?.sw, id).toMatch(/uchaguzi wa Dalili/);
    }
  });
});

describe('sources: checked, named, and on the publisher rather than a mirror', () => {
  it('every entry of the indicator sets, guidelines and directory names the sources it was checked against', () => {
    const entries = myEntries();
    expect(entries.length).toBeGreaterThan(120);
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      if (e.verification.status !== 'officiel') expect(e.verification.note, e.id).toBeTruthy();
    }
  });

  it('no source points at the unrelated or mirror sites the review found, and no mirror is typed official', () => {
    const sources = MY_DOCUMENTS.flatMap((id) => doc(id).sources);
    const hosts = sources.flatMap((s) => (s.url ? [new URL(s.url).host] : []));
    expect(hosts).not.toContain('krs45.ru');
    for (const s of sources.filter((x) => x.url && /readkong|lawsdocbox|nzdl|hetv|tahoesafealliance|docslib|scribd/.test(x.url))) {
      expect(s.type, s.id).toBe('secondary');
    }
    const official = (id: string, sourceId: string) => doc(id).sources.find((s) => s.id === sourceId);
    expect(official('oit-travail-force', 'oit-2012')?.url).toMatch(/^https:\/\/www\.ilo\.org\//);
    expect(official('orientation-generale', 'hcdh-2002')?.url).toMatch(/^https:\/\/www\.ohchr\.org\//);
    expect(official('onudc-indicateurs', 'onudc-officiel')?.url).toMatch(/^https:\/\/www\.unodc\.org\//);
    expect(official('orientation-violences-sexuelles', 'oms-hcr-2001')?.publication).toMatch(/WHO\/RHR\/02\.08/);
  });
});

describe('the 2021 national referral procedure, as far as sources describe it', () => {
  it('names the document and its validation, and leaves steps and contacts to the office without inventing them', () => {
    const step = entry('orientation-generale/procedure-nationale');
    expect(step.text.fr).toMatch(/décembre 2021/);
    expect(step.text.fr).toMatch(/9 décembre 2021/);
    expect(step.text.fr).toMatch(/à compléter par le bureau/);
    expect(step.text.en).toMatch(/to be completed by the office/);
    expect(step.text.sw).toMatch(/ofisi itajaza/);
    for (const lang of ['fr', 'en', 'sw'] as const) {
      // No phone number or address is ever given.
      expect(step.text[lang], lang).not.toMatch(/\+?243|\b0\d{9}\b|@/);
    }
  });
});

describe('translations (issue 19): titles in English and Swahili, Swahili saying what the French says', () => {
  it('every indicator, referral step and actor type of these documents has an English and a Swahili title', () => {
    for (const e of myEntries()) {
      expect(e.headingTranslations?.en, e.id).toBeTruthy();
      expect(e.headingTranslations?.sw, e.id).toBeTruthy();
    }
    for (const id of MY_DOCUMENTS) {
      expect(doc(id).title.en, id).toBeTruthy();
      expect(doc(id).title.sw, id).toBeTruthy();
    }
  });

  it('keeps the caveats the Swahili used to drop', () => {
    // "non confirmées": the 4-hour limit and the night-work ban come from a thesis only.
    expect(entry('travail-enfants/enfant-travail-nuit').text.sw).toMatch(/hayajathibitishwa/);
    // "De mauvaises conditions seules ne font pas le travail forcé".
    expect(entry('oit-travail-force/conditions-abusives').text.sw).toMatch(/peke yake si kazi ya kulazimishwa/);
    // "(à vérifier)" on the procedure articles of Law 06/019.
    expect(entry('orientation-violences-sexuelles/preuves-medico-legales').text.sw).toMatch(/inahitaji kuhakikishwa/);
    // The Delphi summary's status caveat.
    expect(doc('delphi-traite-enfants').summary?.sw).toMatch(/kinahitaji kuhakikishwa/);
  });
});
