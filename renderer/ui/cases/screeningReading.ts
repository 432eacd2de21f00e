import type { Entry, LoadedPack } from '../../core/content';
import { type Screening, type ScreeningSummary, summariseScreening } from '../../core/screening';

/** The screening's reading against its indicator set in the current pack, or undefined if the set is gone. */
export function readScreening(pack: LoadedPack, screening: Screening): ScreeningSummary | undefined {
  const document = pack.documentsById.get(screening.setId);
  if (!document) return undefined;
  const indicators = document.entryIds
    .map((id) => pack.entriesById.get(id))
    .filter((e): e is Entry => e !== undefined);
  return summariseScreening(screening, indicators, document.coverage);
}
