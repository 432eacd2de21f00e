// Slips a reader notices in the compiled French texts: a law named just before a cross-reference that names it
// again ("Protocole de Palerme (Protocole de Palerme, art. 3)"), "de" before a link whose text starts with a
// vowel ("de Orientation générale"), an elided "l'" or "d'" before a link whose text starts with a consonant
// ("l'Code du travail, art. 6"), and "dans" or "à" right before a link, whose text is always a bare title or
// citation with no article ("dans Orientation générale", "à Code pénal, art. 174"): write "dans la fiche [[…]]"
// or give the link its own text ("l'[[code-travail/art-6|article 6]]").
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
    // H is left alone: "l'Hôpital" is right, and no link text starts with an aspirated h.
    if (/\b[ld]['’]$/i.test(before) && !/^[AEIOUYHÉÈÊÂÎÔÛ]/i.test(label!)) found.push(`${id}: « ${before}${label} »`);
    // "[art. 4](…) à [art. 7](…)" is a range between two links, not a slip.
    const range = /\]\([^)]*\) à $/.test(before);
    if (/(?:^|[\s(])(?:dans|à) $/i.test(before) && !range) found.push(`${id}: « ${before}${label} »`);
  }
  return found;
}

describe('wording slips in the compiled French texts', () => {
  it('finds the slips it looks for', () => {
    expect(slips('x', 'selon le Protocole de Palerme ([Protocole de Palerme, art. 3](#/doc/protocole-palerme/art-3))')).toHaveLength(1);
    expect(slips('x', 'les étapes de [Orientation générale](#/doc/orientation-generale)')).toHaveLength(1);
    expect(slips('x', 'les étapes de la fiche [Orientation générale](#/doc/orientation-generale)')).toEqual([]);
    expect(slips('x', "ne concorde pas avec l'[Code du travail, art. 6](#/doc/code-travail/art-6)")).toHaveLength(1);
    expect(slips('x', "les actes définis à l’[Protocole de Palerme, art. 3](#/doc/protocole-palerme/art-3)")).toHaveLength(1);
    expect(slips('x', "la peine d'[Loi 09/001, art. 187](#/doc/loi-09-001/art-187)")).toHaveLength(1);
    expect(slips('x', "ne concorde pas avec l'[article 6](#/doc/code-travail/art-6)")).toEqual([]);
    expect(slips('x', "l'[Ordonnance-loi 23/023, art. 174 w](#/doc/ordonnance-loi-23-023/art-174-w)")).toEqual([]);
    expect(slips('x', 'les étapes sont dans [Orientation générale](#/doc/orientation-generale)')).toHaveLength(1);
    expect(slips('x', 'la sanction renvoie à [Code pénal, art. 174](#/doc/code-penal/art-174)')).toHaveLength(1);
    expect(slips('x', 'les étapes sont dans la fiche [Orientation générale](#/doc/orientation-generale)')).toEqual([]);
    expect(slips('x', 'voir le guide (art. 3 à [Guide OCDE, art. 7](#/doc/ocde-guide/art-7))')).toHaveLength(1);
    expect(slips('x', '([Règlement UE, art. 4](#/doc/ue-2017-821/art-4) à [Règlement UE, art. 7](#/doc/ue-2017-821/art-7))')).toEqual([]);
  });

  it('no text names a law twice around its cross-reference, elides before a consonant or puts "de", "dans" or "à" before a bare title', () => {
    expect(content.errors).toEqual([]);
    expect(frenchTexts.flatMap(([id, text]) => slips(id, text))).toEqual([]);
  });
});
