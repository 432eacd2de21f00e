import type { Entry, EntryVersion, InForce } from '../content';

// Versions in time (issue 20, point 2): which wording of an entry applies on a date. The pack holds the
// latest wording in the entry itself and the earlier ones in `versions`, oldest first.

export interface EntryAtDate {
  /**
   * The entry as it read on the date: text, official wording, nature and dates of that version. When no
   * version is known for the date, the latest wording, which the reader then labels as such.
   */
  entry: Entry;
  /** `found`: a known version was in force on the date; `none`: no version Dalili holds was. */
  state: 'found' | 'none';
  /** The dates and instrument of the version shown, when the entry has versions in time. */
  inForce?: InForce;
  /** True when the version shown is an earlier one, not the latest. */
  earlier: boolean;
}

const covers = (inForce: InForce, date: string): boolean =>
  inForce.from <= date && (inForce.until === undefined || date <= inForce.until);

/** Does the entry hold versions in time (dates in force, earlier wordings)? */
export const hasVersions = (entry: Entry): boolean =>
  entry.inForce !== undefined || (entry.versions?.length ?? 0) > 0;

const asVersion = (entry: Entry, v: EntryVersion): Entry => {
  const out: Entry = { ...entry, text: v.text, inForce: v.inForce, nature: v.official ? 'texte' : 'resume' };
  if (v.official) out.official = v.official;
  else delete out.official;
  return out;
};

/** The entry as in force on `date` (ISO, YYYY-MM-DD; ISO dates compare as text). */
export const entryAt = (entry: Entry, date: string): EntryAtDate => {
  if (!hasVersions(entry)) return { entry, state: 'found', earlier: false };
  const latest = entry.inForce;
  if (latest && covers(latest, date)) return { entry, state: 'found', inForce: latest, earlier: false };
  const earlier = entry.versions?.find((v) => covers(v.inForce, date));
  if (earlier)
    return { entry: asVersion(entry, earlier), state: 'found', inForce: earlier.inForce, earlier: true };
  return { entry, state: 'none', ...(latest ? { inForce: latest } : {}), earlier: false };
};

/** The address date `au=YYYY-MM-DD`, when it is a real calendar date; anything else is ignored. */
export const parseAsOf = (value: string | null | undefined): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? value!
    : undefined;
};
