// Months are the finest time the statistics and their exports know (issue 21: « le mois au plus »).

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Every month from `from` to `to`, both included, oldest first; [] when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  if (!isMonth(from) || !isMonth(to)) return [];
  const out: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to;
  for (let guard = 0; guard < 1200; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > end) break;
    out.push(current);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return out;
}

/** The calendar quarter holding `month` (YYYY-MM): its first and last month. */
export function quarterOf(month: string): { from: string; to: string; label: string } {
  const year = month.slice(0, 4);
  const q = Math.floor((Number(month.slice(5, 7)) - 1) / 3);
  const first = String(q * 3 + 1).padStart(2, '0');
  const last = String(q * 3 + 3).padStart(2, '0');
  return { from: `${year}-${first}`, to: `${year}-${last}`, label: `T${q + 1} ${year}` };
}
