import type { Entry, LoadedPack } from '../../core/content';
import { tokenize } from '../../core/cases';

/**
 * Law articles whose number, heading or citation hold every word typed ("53", "traite enfant",
 * "09/001"). A plain scan: the library holds hundreds of articles, not millions.
 */
export function articleMatches(pack: LoadedPack, query: string, limit = 15): Entry[] {
  const words = tokenize(query);
  if (words.length === 0) return [];
  const out: Entry[] = [];
  for (const entry of pack.entriesById.values()) {
    if (entry.kind !== 'article') continue;
    const haystack = tokenize(
      `${entry.number ?? ''} ${entry.heading} ${entry.citation} ${entry.tags.join(' ')}`,
    );
    if (words.every((w) => haystack.some((h) => h.startsWith(w)))) out.push(entry);
    if (out.length >= limit) break;
  }
  return out;
}
