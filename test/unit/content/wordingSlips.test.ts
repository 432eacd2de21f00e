// Slips a reader notices in the compiled French texts: a law named just before a cross-reference that names it
// again ("Protocole de Palerme (Protocole de Palerme, art. 3)"), and "de" before a link whose text starts with a
// vowel ("de Orientation générale").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';

const content = compileContent(readContentDir(path.resolve(import.meta.dirname, '../../../content')));
const shortNames = new Map(content.documents.map((d) => [d.id, d.shortName.fr]));
const frenchTexts: [string, string][] = [
  ...content.documents.flatMap((d): [string, string][] => (d.summary ? [[d.id, d.summary.fr]] : [])),
  ...content.entries.map((e): [string, string] => [e.id, e.text.fr]),
];
const LINK = /\[([^\]]+)\]\(#\/doc\/([^/)]+)[^)]*\)/g;

function slips(id: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LINK)) {
    const [whole, label, docId] = m;
    const short = shortNames.get(docId!);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (short && label!.startsWith(short) && before.includes(short)) found.push(`${id}: « ${before}${whole} »`);
    if (/\bde $/.test(before) && /^[AEIOUYÉÈÊ]/.test(label!)) found.push(`${id}: « ${before}${label} »`);
  }
  return found;
}

describe('wording slips in the compiled French texts', () => {
  it('finds the slips it looks for', () => {
    expect(slips('x', 'selon le Protocole de Palerme ([Protocole de Palerme, art. 3](#/doc/protocole-palerme/art-3))')).toHaveLength(1);
    expect(slips('x', 'les étapes de [Orientation générale](#/doc/orientation-generale)')).toHaveLength(1);
    expect(slips('x', 'les étapes de la fiche [Orientation générale](#/doc/orientation-generale)')).toEqual([]);
  });

  it('no text names a law twice around its cross-reference, or writes "de" before a vowel', () => {
    expect(content.errors).toEqual([]);
    expect(frenchTexts.flatMap(([id, text]) => slips(id, text))).toEqual([]);
  });
});
