import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedText } from '../../../renderer/core/workshop';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/workshop-edits');
const paste = readFileSync(path.join(FIXTURES, 'fictional-jo-paste.txt'), 'utf8');

describe('cleanPastedText: a paste from a PDF, cleaned and every change listed', () => {
  const cleaned = cleanPastedText(paste);
  const kinds = Object.fromEntries(cleaned.changes.map((c) => [c.kind, c]));

  it('joins a word cut at a line end, and says which', () => {
    expect(cleaned.text).toContain('dans une exploitation minière imaginaire');
    expect(kinds.hyphenation?.examples).toEqual(['exploita-tion → exploitation']);
  });

  it('joins the lines of one paragraph, and keeps paragraphs and numbered items apart', () => {
    expect(cleaned.text).toContain(
      'punie d’une peine fictive de cinq ans au moins, selon la loi inventée pour les tests du logiciel.',
    );
    expect(cleaned.text.split('\n\n')).toEqual([
      'Article 2 (texte fictif, pour les tests)',
      'Toute personne qui oblige un enfant à travailler dans une exploitation minière imaginaire est punie d’une peine fictive de cinq ans au moins, selon la loi inventée pour les tests du logiciel.',
      'Les inspecteurs fictifs constatent l’infraction.',
      '1° le premier cas imaginaire ;',
      '2° le second cas imaginaire.',
      'Le procureur fictif est saisi sans délai par l’office.',
    ]);
    expect(kinds.lineBreak?.count).toBe(2);
  });

  it('drops page numbers and the running head repeated at page breaks, showing each line dropped', () => {
    expect(cleaned.text).not.toContain('Journal officiel fictif');
    expect(cleaned.text).not.toMatch(/^1[23]$/m);
    expect(kinds.pageLine?.count).toBe(4);
    expect(kinds.pageLine?.examples).toEqual([
      'Journal officiel fictif de la République imaginaire',
      '12',
      '13',
    ]);
  });

  it('removes soft hyphens and undoes ligatures', () => {
    expect(cleaned.text).not.toMatch(/[\u00AD\uFB00-\uFB06]/);
    expect(kinds.softHyphen?.count).toBe(1);
    expect(kinds.ligature?.examples).toEqual(['ﬃ → ffi']);
  });

  it('gives back a clean text unchanged, with no change listed', () => {
    const clean = 'Premier alinéa fictif.\n\nSecond alinéa fictif, porte-parole compris.';
    expect(cleanPastedText(clean)).toEqual({ text: clean, changes: [] });
  });

  it('keeps a repeated sentence of the text itself (not at a page break)', () => {
    const text =
      'Il est puni.\nUne ligne du texte fictif bien plus longue que les autres lignes.\nIl est puni.\nFin.';
    expect(cleanPastedText(text).text).toContain('Il est puni.');
    expect(cleanPastedText(text).changes.find((c) => c.kind === 'pageLine')).toBeUndefined();
  });

  it('keeps a hyphen before a capital (a compound name cut at a line end)', () => {
    expect(cleanPastedText('la province du Nord-\nKivu fictive').text).toBe(
      'la province du Nord- Kivu fictive',
    );
  });
});
