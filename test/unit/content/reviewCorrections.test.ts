import { describe, expect } from 'vitest';
import { screening } from '../../../renderer/ui/i18n/catalog/screening';
import { correction, documentIn, entryIn } from './reviewCorrections';

// Issue 14, §3: each correction of the review, on the pack as it ships. Content helpers add cases here
// with `correction(...)` (see ./reviewCorrections.ts for the fields).

describe('corrections of the review, on the shipped pack', () => {
  correction('Constitution 2006, art. 16: the article carries no servitude and no "except as provided by law" (those came from the 1994 act)', {
    entry: 'constitution-2006/art-16',
    mustNotSay: [/sauf dans les cas prévus par la loi/i, /except (in the cases|as) provided (for )?by law/i],
    mustSay: { fr: [/aucune exception/], en: [/no exception/] },
    check: (pack) => {
      const art16 = entryIn(pack, 'constitution-2006/art-16');
      // The article is summarised first; only the later caution may name servitude, to say where it came from.
      for (const text of Object.values(art16.text)) expect(text.split(/\n\s*\n/)[0]).not.toMatch(/servitude|utumishi wa kulazimishwa/i);
      expect(art16.sources.length).toBeGreaterThan(0);
    },
  });

  correction('Loi 09/001, art. 162: the national offence lists means; the Palermo standard (no means for a child) is for identification and referral', {
    entry: 'loi-09-001/art-162',
    mustSay: {
      fr: [/menace/, /tromperie/, /Protocole de Palerme/, /identifier/],
      en: [/threat/, /deception/, /Palermo Protocol/, /identify/],
      sw: [/vitisho/, /udanganyifu/, /Itifaki ya Palermo/, /kumtambua/],
    },
    // The review found the Swahili stating the opposite as settled law.
    mustNotSay: [/(no means is|aucun moyen n'est) (required|exigé) (under|par) (the )?(Congolese|la loi congolaise)/i],
  });

  correction('The screening reading never cites Loi 09/001 art. 162 for "no means needed"', {
    check: () => {
      for (const lang of ['fr', 'en', 'sw'] as const) {
        for (const text of Object.values(screening[lang])) expect(text).not.toMatch(/162/);
      }
    },
  });

  correction('Code du travail: the penalty for the worst forms is given under art. 326 or 327 by the sources: both shown, with the disagreement', {
    check: (pack) => {
      const docEntries = pack.entries.filter((e) => e.docId === 'code-travail');
      const numbers = docEntries.map((e) => e.number);
      expect(numbers).toContain('326');
      expect(numbers).toContain('327');
      const disagreement = docEntries.filter((e) => /326/.test(e.text.fr) && /327/.test(e.text.fr));
      expect(disagreement.length).toBeGreaterThan(0);
      expect(documentIn(pack, 'code-travail').verification.note).toMatch(/326.*327|327.*326/);
    },
  });

  correction('Loi 22/067 is the first general offence of trafficking in persons, not the first trafficking offence', {
    document: 'loi-22-067',
    // Saying what it is not ("ce n'est pas la première infraction de traite") is the correction itself.
    mustNotSay: [/(?<!pas )la premi(è|e)re infraction de traite(?! générale)/i, /(?<!not )the first (trafficking offence|offence of trafficking)/i],
    mustSay: { fr: [/infraction générale de traite/, /loi-09-001\/art-162/] },
  });

  correction('The groupings of the ILO 11 indicators and the strengths of the Dalili sets are said to be Dalili’s own', {
    check: (pack) => {
      expect(documentIn(pack, 'oit-travail-force').grouping).toEqual({ dimensions: 'dalili', strength: 'dalili' });
      for (const set of pack.documents.filter((d) => d.kind === 'indicators')) {
        expect(set.coverage, set.id).toBeDefined();
        expect(set.grouping?.strength, set.id).toBeDefined();
      }
    },
  });
});
