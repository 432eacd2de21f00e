import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../build/search/loadCorpus';
import { documentFrequency, oneEditApart, typoRepairs } from '../../../renderer/core/search/vocabulary';
import {
  compareBackwards,
  exportSuffixOrder,
  importSuffixOrder,
  wordsEndingWith,
} from '../../../renderer/core/search/suffixOrder';
import type { CorpusIndex } from '../../../renderer/core/search/corpusIndex';

// Typo repair reads words sharing a long prefix from the sorted vocabulary instead of generating every
// edit: it must find exactly what generating every edit finds, on the real library's vocabulary.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The plain definition: every deletion, adjacent swap, substitution and insertion of a letter. */
const everyEdit = (word: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
};

const referenceRepairs = (index: CorpusIndex, word: string): string[] => {
  const known = new Set(index.vocab);
  return [...everyEdit(word)]
    .filter((w) => known.has(w))
    .map((w) => ({ w, df: documentFrequency(index, w) }))
    .sort((a, b) => b.df - a.df || (a.w < b.w ? -1 : 1))
    .slice(0, 3)
    .map((c) => c.w);
};

/** Deterministic typos of real words: one random edit each (mulberry32). */
const typosOf = (words: readonly string[], count: number): string[] => {
  let seed = 20261129;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  while (out.length < count) {
    const word = words[Math.floor(random() * words.length)]!;
    const i = Math.floor(random() * word.length);
    const c = ALPHABET[Math.floor(random() * 26)]!;
    const edits = [
      word.slice(0, i) + word.slice(i + 1),
      word.slice(0, i) + c + word.slice(i + 1),
      word.slice(0, i) + c + word.slice(i),
    ];
    out.push(edits[Math.floor(random() * edits.length)]!);
  }
  return out;
};

describe('typo repair', () => {
  const { engine } = loadBundledCorpus();
  const index = engine.index;
  const words = index.vocab.filter((w) => /^[a-z]{5,24}$/.test(w));

  it('finds what generating every edit finds, for 400 typos of real words', () => {
    const typos = typosOf(words, 400).filter((t) => !index.vocab.includes(t));
    expect(typos.length).toBeGreaterThan(300);
    for (const typo of typos) expect(typoRepairs(index, typo), typo).toEqual(referenceRepairs(index, typo));
  });

  it('repairs the typos people make in the library’s words', () => {
    expect(typoRepairs(index, 'prostitusion')).toContain('prostitution');
    expect(typoRepairs(index, 'travial')).toContain('travail');
    expect(typoRepairs(index, 'enfnat')).toContain('enfant');
  });

  it('tells one edit from two, and only letters are inserted or substituted', () => {
    expect(oneEditApart('travail', 'travial')).toBe(true);
    expect(oneEditApart('travail', 'traval')).toBe(true);
    expect(oneEditApart('travail', 'travaill')).toBe(true);
    expect(oneEditApart('travail', 'trovail')).toBe(true);
    expect(oneEditApart('travail', 'travail')).toBe(false);
    expect(oneEditApart('travail', 'tarvial')).toBe(false);
    expect(oneEditApart('travail', 'travai')).toBe(true);
    expect(oneEditApart('travail', 'trava')).toBe(false);
    expect(oneEditApart('loi', 'lo1')).toBe(false);
    expect(oneEditApart('loi', 'l0oi')).toBe(false);
  });
});

describe('backwards order of the vocabulary', () => {
  const { engine } = loadBundledCorpus();
  const { vocab, suffixOrder } = engine.index;

  it('lists exactly the words with a given ending', () => {
    for (const ending of ['tion', 'ment', 'eur', 'kazi', 'zzzz']) {
      const found = wordsEndingWith(vocab, suffixOrder, ending, 10_000);
      expect([...(found ?? [])].map((n) => vocab[n]).sort(), ending).toEqual(
        vocab.filter((w) => w.endsWith(ending)).sort(),
      );
    }
    expect(wordsEndingWith(vocab, suffixOrder, 'e', 10)).toBeUndefined();
  });

  it('is refused from a pack when it is not the vocabulary read backwards', () => {
    const good = exportSuffixOrder(suffixOrder);
    expect(importSuffixOrder(good, vocab)).toEqual(suffixOrder);
    const swapped = Uint32Array.from(suffixOrder);
    [swapped[10], swapped[20]] = [swapped[20]!, swapped[10]!];
    expect(() => importSuffixOrder(exportSuffixOrder(swapped), vocab)).toThrow(/order/);
    const repeated = Uint32Array.from(suffixOrder);
    repeated[1] = repeated[0]!;
    expect(() => importSuffixOrder(exportSuffixOrder(repeated), vocab)).toThrow(/permutation/);
    expect(() => importSuffixOrder(good.slice(0, 100), vocab)).toThrow();
    expect(compareBackwards('nation', 'station')).toBeLessThan(0);
    expect(compareBackwards('abc', 'xbc')).toBeLessThan(0);
  });
});
