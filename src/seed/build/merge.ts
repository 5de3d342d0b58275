/**
 * Merges records that describe the same thing (the same key) into one record, field by field, and
 * reports every disagreement instead of hiding it. Pure: no input is changed.
 *
 * @example
 *   const { records, conflicts } = mergeRecords(
 *     [{ id: 'automaker:byd', name: 'BYD', sources: ['source:b'] }, { id: 'automaker:byd', name: 'BYD Auto', sources: ['source:a'] }],
 *     { key: (r) => String(r['id']), unions: ['sources'] },
 *   );
 *   // records: [{ id: 'automaker:byd', name: 'BYD', sources: ['source:a', 'source:b'] }]
 *   // conflicts: [{ key: 'automaker:byd', field: 'name', kept: 'BYD', others: ['BYD Auto'] }]
 */

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

/** Plain code-unit order, the same on every machine (never the locale's). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
type Rec = Record<string, unknown>;

/** How the records of one kind merge. Fields not named here are scalars: the first non-null value wins. */
export interface MergeSpec {
  /** The identity of a record (the kind's keyString). */
  key: (record: Rec) => string;
  /** Lists merged as a sorted union of their items (sources). */
  unions?: readonly string[];
  /** Lists merged as a union in order of first appearance (products, models, channels). */
  lists?: readonly string[];
  /**
   * Dates written with a precision field, as [dateField, precisionField]: a value that refines the
   * kept one (2024-10-01 DAY within 2024 YEAR) replaces it without a conflict; a value outside it is
   * a conflict and the first is kept.
   */
  dates?: readonly (readonly [string, string])[];
  /** Dates as `dates`, except that of two values that disagree the earliest is kept (a link's `since`). */
  earliest?: readonly (readonly [string, string])[];
}

/** A field on which the merged records disagree: the value kept and the values left out. */
export interface Conflict {
  key: string;
  field: string;
  kept: unknown;
  others: unknown[];
}

export interface MergeResult<R> {
  /** One record per key, in the order each key first appears. */
  records: R[];
  conflicts: Conflict[];
}

const PRECISION_RANK: Record<Precision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/** The part of a date its precision says is known: "2024-10" for 2024-10-01 MONTH. */
function known(date: string, precision: Precision): string {
  return precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
}

/**
 * Whether two dates with precisions can both be true (one lies within the other), and which is the
 * finer: 1 when `b` refines `a`, -1 when `a` refines `b`, 0 when equal, null when they disagree.
 */
export function compareDates(a: string, pa: Precision, b: string, pb: Precision): -1 | 0 | 1 | null {
  const ka = known(a, pa);
  const kb = known(b, pb);
  if (ka === kb) return 0;
  if (kb.startsWith(ka) && PRECISION_RANK[pb] < PRECISION_RANK[pa]) return 1;
  if (ka.startsWith(kb) && PRECISION_RANK[pa] < PRECISION_RANK[pb]) return -1;
  return null;
}

const isNull = (v: unknown): boolean => v === null || v === undefined;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Merges the records of each key; see MergeSpec for how each field merges. */
export function mergeRecords<R extends Rec>(records: readonly R[], spec: MergeSpec): MergeResult<R> {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const key = spec.key(record);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [record]);
    else group.push(record);
  }
  const merged: R[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, group] of groups) {
    const result = mergeGroup(key, group, spec);
    merged.push(result.record);
    conflicts.push(...result.conflicts);
  }
  return { records: merged, conflicts };
}

/** Merges records already known to share one key. */
export function mergeGroup<R extends Rec>(key: string, group: readonly R[], spec: MergeSpec): { record: R; conflicts: Conflict[] } {
  const first = group[0];
  if (first === undefined) throw new Error(`mergeGroup: expected at least one record for ${key}, got none`);
  const unions = new Set(spec.unions ?? []);
  const lists = new Set(spec.lists ?? []);
  const datePairs = [...(spec.dates ?? []).map((p) => [p, false] as const), ...(spec.earliest ?? []).map((p) => [p, true] as const)];
  const precisionFields = new Set(datePairs.map(([[, p]]) => p));
  const dateFields = new Map(datePairs.map(([[d, p], earliest]) => [d, { precision: p, earliest }]));
  const fields: string[] = [];
  for (const record of group) for (const field of Object.keys(record)) if (!fields.includes(field)) fields.push(field);

  const out: Rec = {};
  const conflicts: Conflict[] = [];
  for (const field of fields) {
    if (precisionFields.has(field)) continue; // written with its date
    const values = group.map((r) => r[field]);
    if (unions.has(field) || lists.has(field)) {
      const items: unknown[] = [];
      for (const v of values) if (Array.isArray(v)) for (const item of v) if (!items.some((i) => same(i, item))) items.push(item);
      out[field] = unions.has(field) ? [...items].sort((a, b) => compareText(String(a), String(b))) : items;
      continue;
    }
    const date = dateFields.get(field);
    if (date !== undefined) {
      const chosen = mergeDate(group, field, date.precision, date.earliest);
      out[field] = chosen.date;
      out[date.precision] = chosen.precision;
      if (chosen.others.length > 0) conflicts.push({ key, field, kept: chosen.date, others: chosen.others });
      continue;
    }
    const present = values.filter((v) => !isNull(v));
    const kept = present[0] ?? (values.includes(null) ? null : undefined);
    if (kept !== undefined) out[field] = kept;
    const others = present.filter((v, i) => !same(v, kept) && present.findIndex((w) => same(w, v)) === i);
    if (others.length > 0) conflicts.push({ key, field, kept, others });
  }
  // Keep the field order of the first record, then any field only later records have.
  const ordered: Rec = {};
  for (const field of fields) if (field in out) ordered[field] = out[field];
  return { record: ordered as R, conflicts };
}

/** The date a group keeps for one field, with its precision, and the stated dates that disagree with it. */
function mergeDate(group: readonly Rec[], field: string, precisionField: string, earliest: boolean): { date: string | null; precision: Precision | null; others: string[] } {
  let date: string | null = null;
  let precision: Precision | null = null;
  const rejected: { date: string; precision: Precision }[] = [];
  for (const record of group) {
    const d = record[field];
    const p = record[precisionField];
    if (typeof d !== 'string' || typeof p !== 'string') continue;
    const dp = p as Precision;
    if (date === null || precision === null) {
      date = d;
      precision = dp;
      continue;
    }
    const order = compareDates(date, precision, d, dp);
    if (order === 1) {
      date = d;
      precision = dp;
    } else if (order === null) {
      // Two dates that cannot both be true: keep the first (or the earliest), remember the other.
      if (earliest && d < date) {
        rejected.push({ date, precision });
        date = d;
        precision = dp;
      } else rejected.push({ date: d, precision: dp });
    }
  }
  // A rejected date that the kept one refines is not a disagreement (e.g. 2021 after 2021-06 won).
  const others = rejected
    .filter((r) => date === null || precision === null || compareDates(r.date, r.precision, date, precision) === null)
    .map((r) => known(r.date, r.precision))
    .filter((v, i, all) => all.indexOf(v) === i);
  return { date, precision, others };
}
