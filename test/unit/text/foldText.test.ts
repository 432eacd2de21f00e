import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from '../../../renderer/core/text';

describe('foldText', () => {
  it('folds case, accents and the ligatures French writes', () => {
    expect(foldText('sœur')).toBe('soeur');
    expect(foldText('SŒUR')).toBe('soeur');
    expect(foldText('Œuvre')).toBe(foldText('oeuvre'));
    expect(foldText('ÉLÈVE')).toBe('eleve');
    expect(foldText('Lætitia')).toBe('laetitia');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Çà et là, forcée')).toBe('ca et la, forcee');
  });

  it('makes typographic apostrophes, quotes and dashes plain', () => {
    expect(foldText('l’enfant')).toBe(foldText("l'enfant"));
    expect(foldText('l’enfant')).toBe("l'enfant");
    expect(foldText('ʼ ‘ ´ `')).toBe("' ' ' '");
    expect(foldText('« traite » “trafficking” „x‟')).toBe('" traite " "trafficking" "x"');
    expect(foldText('art. 3 — al. 2 – 4 ‑ 5 − 6')).toBe('art. 3 - al. 2 - 4 - 5 - 6');
  });

  it('spells out compatibility forms pasted from PDFs', () => {
    expect(foldText('ﬁlle ﬂeuve')).toBe('fille fleuve');
    expect(foldText('prise\u00a0en\u202fcharge')).toBe('prise en charge');
    // Decomposed accents (as some keyboards and file systems produce them) fold like composed ones.
    expect(foldText('e\u0301le\u0300ve')).toBe('eleve');
  });

  it('changes nothing in text already folded, for every code point', () => {
    const unstable: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const once = foldText(String.fromCodePoint(cp));
      if (foldText(once) !== once) unstable.push(cp.toString(16));
    }
    expect(unstable).toEqual([]);
    const sample = 'Sœur Œuvre ÉLÈVE l’enfant « travail forcé » — ﬁn';
    expect(foldText(foldText(sample))).toBe(foldText(sample));
  });

  it('leaves other scripts readable', () => {
    expect(foldText('威吓')).toBe('威吓');
    expect(foldText('ΑΘΗΝΑ')).toBe('αθηνα');
  });
});

describe('foldWithOffsets', () => {
  const spanOf = (text: string, term: string): string => {
    const folded = foldWithOffsets(text);
    const at = folded.text.indexOf(foldText(term));
    expect(at).toBeGreaterThanOrEqual(0);
    const [start, end] = folded.toOriginal(at, at + foldText(term).length);
    return text.slice(start, end);
  };

  it('gives the same text as foldText', () => {
    const text = 'Sœur Œuvre ÉLÈVE l’enfant 😀 ﬁn';
    expect(foldWithOffsets(text).text).toBe(foldText(text));
  });

  it('maps a match back to the original characters, through expansions and removals', () => {
    expect(spanOf('Ma sœur aînée', 'soeur')).toBe('sœur');
    expect(spanOf('Ma sœur aînée', 'aine')).toBe('aîné');
    expect(spanOf('Les SŒURS', 'so')).toBe('SŒ');
    expect(spanOf('cinq e\u0301le\u0300ves', 'eleves')).toBe('e\u0301le\u0300ves');
    expect(spanOf('un 😀 puis l’enfant', "l'enfant")).toBe('l’enfant');
    expect(spanOf('la ﬁlle', 'fille')).toBe('ﬁlle');
  });

  it('maps an empty span and the end of the text', () => {
    const folded = foldWithOffsets('abc');
    expect(folded.toOriginal(3, 3)).toEqual([3, 3]);
    expect(folded.toOriginal(1, 1)).toEqual([1, 1]);
  });
});
