import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { buildPack } from '../../../build/content/buildPack';
import { compileContent, type CompiledContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import { PART } from '../../../renderer/core/content/packManifest';
import { parsePackContent, type PackContent } from '../../../renderer/core/content/packParts';
import type { ContentDocument, Entry, Lang } from '../../../renderer/core/content/types';
import { CREATED_AT, DEV_SIGNING_KEY } from './packHelpers';

// Helpers for the review-correction tests (reviewCorrections, lawCorrections, indicatorCorrections): each correction of the review (issue 14,
// §3) is checked on the pack as it ships (real content compiled, built into parts and read back by
// the app's own parser), so that none can come back unnoticed.
//
// Content helpers add a case with `correction(...)`:
//
//   correction('Loi 22/067 is the first *general* trafficking offence', {
//     entry: 'loi-22-067/art-1',                           // or document: 'loi-22-067' (its summary)
//     mustNotSay: [/première infraction de traite\b(?! générale)/i],   // checked in every language written
//     mustSay: { fr: [/infraction générale/], en: [/general offence/] },
//     check: (pack) => { … any other expectation on the shipped pack … },
//   });

export type Texts = Partial<Record<Lang, string>>;

let compiled: CompiledContent | undefined;
let shipped: Promise<PackContent> | undefined;

/** The real content compiled, once per test file (what the pack is built from). */
export function compiledContent(): CompiledContent {
  compiled ??= compileContent(readContentDir(resolve(import.meta.dirname, '../../../content')));
  return compiled;
}

/** The real content, compiled and built into a pack, then read back exactly as the app reads it. */
export function shippedPack(): Promise<PackContent> {
  shipped ??= (async () => {
    const compiled = compiledContent();
    const pack = await buildPack(compiled, { packVersion: 1, createdAt: CREATED_AT, key: DEV_SIGNING_KEY });
    const parts = new Map(pack.parts);
    const part = (name: string): Uint8Array => parts.get(name) ?? new Uint8Array();
    return parsePackContent({ documents: part(PART.documents), entries: part(PART.entries), tags: part(PART.tags) });
  })();
  return shipped;
}

/** An entry of the shipped pack or of the compiled content; a missing one fails the test by name. */
export const entryIn = (content: { entries: readonly Entry[] }, id: string): Entry => {
  const found = content.entries.find((e) => e.id === id);
  if (!found) throw new Error(`entry ${id} is not in the content`);
  return found;
};

export const documentIn = (content: { documents: readonly ContentDocument[] }, id: string): ContentDocument => {
  const found = content.documents.find((d) => d.id === id);
  if (!found) throw new Error(`document ${id} is not in the content`);
  return found;
};

export interface Correction {
  /** A full entry id: its text in every language is checked. */
  entry?: string;
  /** A document id: its summary in every language is checked. */
  document?: string;
  /** Wording the review found wrong: must appear in no language. */
  mustNotSay?: RegExp[];
  /** Wording the correction put in, per language. */
  mustSay?: Partial<Record<Lang, RegExp[]>>;
  /** Anything else to check on the shipped pack. */
  check?: (pack: PackContent) => void;
}

/** Registers one test: `title` names the error the review found and what the pack must now say. */
export function correction(title: string, c: Correction): void {
  it(title, async () => {
    const pack = await shippedPack();
    const texts: Texts = c.entry ? entryIn(pack, c.entry).text : c.document ? (documentIn(pack, c.document).summary ?? {}) : {};
    const where = c.entry ?? c.document ?? title;
    for (const [lang, text] of Object.entries(texts) as [Lang, string][]) {
      for (const pattern of c.mustNotSay ?? []) expect(text, `${where} (${lang}) must not say ${pattern}`).not.toMatch(pattern);
    }
    for (const [lang, patterns] of Object.entries(c.mustSay ?? {}) as [Lang, RegExp[]][]) {
      expect(texts[lang], `${where} has no ${lang} text`).toBeTruthy();
      for (const pattern of patterns) expect(texts[lang], `${where} (${lang}) must say ${pattern}`).toMatch(pattern);
    }
    c.check?.(pack);
  });
}
