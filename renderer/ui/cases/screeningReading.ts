import type { LoadedPack } from '../../core/content/loadPack';
import type { Entry } from '../../core/content/types';
import type { Screening } from '../../core/screening/screening';
import { summariseScreening, type ScreeningSummary } from '../../core/screening/summariseScreening';

/** The screening's reading against its indicator set in the current pack, or undefined if the set is gone. */
export function readScreening(pack: LoadedPack, screening: Screening): ScreeningSummary | undefined {
  const document = pack.documentsById.get(screening.setId);
  if (!document) return undefined;
  const indicators = document.entryIds
    .map((id) => pack.entriesById.get(id))
    .filter((e): e is Entry => e !== undefined);
  return summariseScreening(screening, indicators, document.coverage);
}
