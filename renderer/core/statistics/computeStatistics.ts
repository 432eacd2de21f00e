import { foldText } from '../text';
import { DIMENSION_LIST, DIMENSIONS, NOT_FILLED, UNITS, type Dimension, type Unit } from './dimensions';
import { monthsBetween } from './months';
import type { StatCase } from './statCase';

/** One row of a table: a value (a vocabulary code, a place's folded name, an indicator id, or NOT_FILLED). */
export interface StatRow {
  key: string;
  /** Places only: the name as first typed, to show. */
  label?: string;
  count: number;
}

export interface StatTable {
  dimension: Dimension;
  unit: Unit;
  rows: StatRow[];
  /** How many cases, victims or referrals the table covers (for a multi-valued one, not the sum of its rows). */
  total: number;
}

export interface Statistics {
  months: string[];
  totals: Record<Unit, number>;
  /** Per month of `months`, in order. */
  byMonth: Record<Unit, number[]>;
  tables: Record<Dimension, StatTable>;
}

class Tally {
  readonly counts = new Map<string, number>();
  readonly labels = new Map<string, string>();
  add(key: string, label?: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (label !== undefined && !this.labels.has(key)) this.labels.set(key, label);
  }
}

const placeKey = (text: string) => (text === '' ? NOT_FILLED : foldText(text).replace(/\s+/g, ' ').trim());

/**
 * Counts over the cases opened in the months from `from` to `to` (YYYY-MM, both included). Pure, one
 * pass; nothing is cached or stored (the caller holds the result only while the notebook is open).
 */
export function computeStatistics(cases: readonly StatCase[], from: string, to: string): Statistics {
  const months = monthsBetween(from, to);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const byMonth = Object.fromEntries(UNITS.map((u) => [u, months.map(() => 0)])) as Record<Unit, number[]>;
  const tally = Object.fromEntries(DIMENSION_LIST.map((d) => [d, new Tally()])) as Record<Dimension, Tally>;
  const totals: Record<Unit, number> = { cases: 0, victims: 0, referrals: 0 };
  for (const c of cases) {
    const at = monthIndex.get(c.month);
    if (at === undefined) continue;
    totals.cases += 1;
    byMonth.cases[at]! += 1;
    const province = placeKey(c.province);
    tally.province.add(province, c.province);
    const territory = c.territory === '' ? NOT_FILLED : `${province} / ${placeKey(c.territory)}`;
    tally.territory.add(territory, `${c.province || '—'} / ${c.territory}`);
    tally.siteType.add(c.siteType ?? NOT_FILLED);
    if (c.exploitation.length === 0) tally.exploitation.add(NOT_FILLED);
    for (const form of c.exploitation) tally.exploitation.add(form);
    tally.status.add(c.status);
    for (const v of c.victims) {
      totals.victims += 1;
      byMonth.victims[at]! += 1;
      if (v.indicators.length === 0) tally.indicator.add(NOT_FILLED);
      for (const id of v.indicators) tally.indicator.add(id);
      tally.ageGroup.add(v.ageGroup === 'unknown' ? NOT_FILLED : v.ageGroup);
      tally.sex.add(v.sex === 'unknown' ? NOT_FILLED : v.sex);
      tally.nationality.add(v.nationality ?? NOT_FILLED);
    }
    for (const r of c.referrals) {
      totals.referrals += 1;
      byMonth.referrals[at]! += 1;
      tally.serviceType.add(r.serviceType ?? NOT_FILLED);
      tally.outcome.add(r.outcome ?? NOT_FILLED);
    }
  }
  const tables = Object.fromEntries(
    DIMENSION_LIST.map((d) => [d, tableOf(d, tally[d], totals[DIMENSIONS[d].unit])]),
  ) as Record<Dimension, StatTable>;
  return { months, totals, byMonth, tables };
}

/** Closed lists keep their order, zeros included; open ones (places, indicators) go by count. « Non renseigné » last. */
function tableOf(dimension: Dimension, t: Tally, total: number): StatTable {
  const { unit, values } = DIMENSIONS[dimension];
  const row = (key: string): StatRow => {
    const label = t.labels.get(key);
    return { key, count: t.counts.get(key) ?? 0, ...(label === undefined ? {} : { label }) };
  };
  const keys =
    values === null
      ? [...t.counts.keys()]
          .filter((k) => k !== NOT_FILLED)
          .sort((a, b) => (t.counts.get(b) ?? 0) - (t.counts.get(a) ?? 0) || a.localeCompare(b))
      : [...values];
  return { dimension, unit, rows: [...keys, NOT_FILLED].map(row), total };
}
