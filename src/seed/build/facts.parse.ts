/**
 * Small parsers for the free text of the facts (dates, periods, product lists, channels, amounts of
 * money): each returns typed values or null, never a guess. Pure functions.
 */

import type { Precision } from './merge';

/** A date as precise as the text gives it: the first day of its month or year, and that precision. */
export interface DateValue {
  date: string;
  precision: Precision;
}

/** A parsed date with what the words around it say: a plan, an approximation. */
export interface ParsedDate extends DateValue {
  planned: boolean;
  /**
   * The first day the text can mean, at the precision the text gives: a quarter, a half or an
   * "end", "mid", "late" of a year starts later than the year itself ("2024-Q2" → 2024-04-01), though
   * the date kept is the year. A date is later than its page when this day is.
   */
  from: string;
}

/** Lower-case ASCII letters, digits and single hyphens, from any text ("Zárate, Buenos Aires" → "zarate-buenos-aires"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether y-m-d is a real calendar day. */
export function isDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The last day of a month as YYYY-MM-DD. */
export function lastDayOfMonth(y: number, m: number): string {
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** Words that make a date a plan: "planned 2026", "2014-2015 (agreed)" (an agreement yet to be carried out). */
const PLANNED = /\b(planned|plan|plans|expected|to launch|target|targeted|will|scheduled|proposed|agreed)\b/i;

/** Words around a year that narrow it to a part: the first month of that part (mid: from April; late: from July; end: the last quarter). */
const PART_OF_YEAR: readonly [RegExp, number][] = [
  [/\b(early|beginning of|start of|first half)\b/i, 1],
  [/\b(mid|middle of)\b/i, 4],
  [/\b(late|second half)\b/i, 7],
  [/\b(end|year-end)\b/i, 10],
];

/**
 * The first day a year's text can mean: "2024-Q2" → 2024-04-01, "2025-H2" → 2025-07-01,
 * "mid-2027" or "2027-mid" → 2027-04-01, "late 2025" → 2025-07-01, "end-2025" → 2025-10-01, else
 * the year's first day. `before` and `after` are the words next to the year.
 */
function firstDayOfPart(y: number, before: string, after: string): string {
  // "2024-Q2", "Q2 2024", "2025-H2", "H2 2025".
  const q = /^-?\s*Q([1-4])\b/i.exec(after) ?? /\bQ([1-4])\s*$/i.exec(before);
  if (q !== null) return `${y}-${pad((Number(q[1]) - 1) * 3 + 1)}-01`;
  const h = /^-?\s*H([12])\b/i.exec(after) ?? /\bH([12])\s*$/i.exec(before);
  if (h !== null) return `${y}-${h[1] === '1' ? '01' : '07'}-01`;
  // The words right before the year, or right after it ("2027-mid", "2020 (late)").
  const near = `${before.slice(-16)} ${after.slice(0, 10)}`;
  for (const [re, month] of [...PART_OF_YEAR].reverse()) if (re.test(near)) return `${y}-${pad(month)}-01`;
  return `${y}-01-01`;
}

/**
 * The first date in a text: "2024-09-02" (DAY), "2024-09" (MONTH), "2024", "2024-Q4", "2025-H2",
 * "2027-mid", "end-2025" (YEAR: a quarter or half is not a month, but `from` says where it starts).
 * "2023-24" is the year 2023. Returns null when the text names no year ("abandoned", "5 years", "1990s").
 */
export function parseDate(text: string | number | null | undefined): ParsedDate | null {
  if (text === null || text === undefined) return null;
  const s = String(text).trim();
  if (/^\d{4}s\b/.test(s) || /\b\d{4}s\b/.test(s.split(/[;(]/)[0] ?? '')) return null; // a decade is not a date
  const m = /(?<![\d.])(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(s);
  if (m === null) return null;
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return null;
  const planned = PLANNED.test(s);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && month >= 1 && month <= 12) {
    if (day !== undefined && isDay(y, month, day)) return { date: `${y}-${pad(month)}-${pad(day)}`, precision: 'DAY', planned, from: `${y}-${pad(month)}-${pad(day)}` };
    if (day === undefined) return { date: `${y}-${pad(month)}-01`, precision: 'MONTH', planned, from: `${y}-${pad(month)}-01` };
  }
  // "2023-24" (a span written short), a quarter or a half: only the year is certain.
  const from = m[2] === undefined ? firstDayOfPart(y, s.slice(0, m.index), s.slice(m.index + 4)) : `${y}-01-01`;
  return { date: `${y}-01-01`, precision: 'YEAR', planned, from };
}

/** The last day a page's date can mean ("2024-02" → 2024-02-29, "2024" → 2024-12-31). */
export function lastDayOf(d: DateValue): string {
  const y = Number(d.date.slice(0, 4));
  if (d.precision === 'YEAR') return `${y}-12-31`;
  if (d.precision === 'MONTH') return lastDayOfMonth(y, Number(d.date.slice(5, 7)));
  return d.date;
}

/**
 * Whether a date certainly lies after the page that states it (a plan when the page was written):
 * its first possible day (a quarter's, a half's, an "end-" year's) is after the page's last
 * possible day. "2024-Q2" on a page of 2024-02-25 is later; "2024" on a page of 2024-02 is not.
 */
export function laterThanPage(d: DateValue & { from?: string }, page: DateValue): boolean {
  return (d.from ?? d.date) > lastDayOf(page);
}

/** A figure's period: the first and last day it covers. */
export interface Period {
  start: string;
  end: string;
  /** What the period text said beyond the dates (a fiscal year), for the figure's note. */
  remark: string | null;
}

/** The first day of a period bound ("2023", "2023-04", "2023-04-12", "2023-Q2", "2023-H1"). */
function boundStart(b: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}|Q[1-4]|H[12])(?:-(\d{2}))?)?$/.exec(b);
  if (m === null) return null;
  const y = Number(m[1]);
  const part = m[2];
  if (part === undefined) return `${y}-01-01`;
  if (part.startsWith('Q')) return `${y}-${pad((Number(part[1]) - 1) * 3 + 1)}-01`;
  if (part.startsWith('H')) return `${y}-${part === 'H1' ? '01' : '07'}-01`;
  const mo = Number(part);
  if (m[3] !== undefined) return isDay(y, mo, Number(m[3])) ? `${y}-${part}-${m[3]}` : null;
  return mo >= 1 && mo <= 12 ? `${y}-${part}-01` : null;
}

/** The last day of a period bound. */
function boundEnd(b: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}|Q[1-4]|H[12])(?:-(\d{2}))?)?$/.exec(b);
  if (m === null) return null;
  const y = Number(m[1]);
  const part = m[2];
  if (part === undefined) return `${y}-12-31`;
  if (part.startsWith('Q')) return lastDayOfMonth(y, Number(part[1]) * 3);
  if (part.startsWith('H')) return part === 'H1' ? `${y}-06-30` : `${y}-12-31`;
  const mo = Number(part);
  if (m[3] !== undefined) return isDay(y, mo, Number(m[3])) ? `${y}-${part}-${m[3]}` : null;
  return mo >= 1 && mo <= 12 ? lastDayOfMonth(y, mo) : null;
}

/**
 * A figure's period from its text: "2023" → the year; "2023-12" → the month; "2023-01..2023-11" and
 * "2001..2025-07" (cumulative) → the range; "2020-Q4", "2023-H1" → the quarter or half;
 * "FY2023 (2023-04..2024-03)" → the months in brackets, remembered as a fiscal year. A fiscal year
 * without its months, and words ("unspecified", "future", "planned", "2000s"), give null.
 */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  const fiscal = /^(FY\S+)\s*\((\d{4}-\d{2})\.\.(\d{4}-\d{2})\)$/.exec(s);
  if (fiscal !== null) {
    const start = boundStart(fiscal[2] ?? '');
    const end = boundEnd(fiscal[3] ?? '');
    return start !== null && end !== null && start <= end ? { start, end, remark: `fiscal year ${fiscal[1]}` } : null;
  }
  // A parenthesised remark after a plain period ("2024-04 (announced)") does not change the period.
  const bare = s.replace(/\s*\((announced|revised)\)$/, '');
  const range = /^([^.]+)\.\.([^.]+)$/.exec(bare);
  if (range !== null) {
    const start = boundStart(range[1] ?? '');
    const end = boundEnd(range[2] ?? '');
    return start !== null && end !== null && start <= end ? { start, end, remark: null } : null;
  }
  const start = boundStart(bare);
  const end = boundEnd(bare);
  return start !== null && end !== null ? { start, end, remark: null } : null;
}

/** A date's parts as a DateValue from a period's last day, for claims dated by a period. */
export function endAsDate(period: Period): DateValue {
  return { date: period.end, precision: 'DAY' };
}

const PRODUCT_NOISE = /^(etc\.?|e\.g\.?|and more|\.\.\.)$/i;

/**
 * Short product labels from the facts' text or list: "Dolphin, Atto 3, Seal" → three labels;
 * "EVs and hybrids" → ["EVs", "hybrids"]; remarks in brackets are dropped ("iX3 (from 2020-09-29)" → "iX3").
 */
export function splitProducts(value: unknown): string[] {
  const parts: string[] = [];
  const texts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  for (const text of texts) {
    const cleaned = stripBrackets(text);
    for (const piece of cleaned.split(/\s*(?:[,;+/]|\band\b)\s*/)) {
      const label = piece
        .replace(/\.\.\.$/, '')
        .replace(/\s+/g, ' ')
        .trim()
        // Remarks after a model's name: "Seal launched", "7X late 2025", "Han in Q1 2024", "Mazda3 initially".
        .replace(/\s+(launched|initially|first|later(\s+\d{4})?|(late|early|mid)\s+\d{4}|in\s+(Q\d|H\d)?\s*\d{4}|from\s+.*|since\s+.*)$/i, '')
        .trim();
      if (/\bmodels?\b|^later\b|^others?$/i.test(label)) continue;
      if (label !== '' && !PRODUCT_NOISE.test(label) && !parts.includes(label)) parts.push(label);
    }
  }
  return dedupeLabels(parts);
}

/** Labels without those another label already says ("C10" beside "Leapmotor C10"). */
export function dedupeLabels(labels: readonly string[]): string[] {
  const lower = labels.map((l) => l.toLowerCase());
  return labels.filter((l, i) => lower.indexOf(l.toLowerCase()) === i && !lower.some((o) => o !== l.toLowerCase() && o.endsWith(` ${l.toLowerCase()}`)));
}

/** A text without its bracketed remarks, nested or not. */
export function stripBrackets(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i += 1) out = out.replace(/\s*\([^()]*\)/g, '');
  return out.replace(/\s+/g, ' ').trim();
}

/** The channels a market link's `channel` text names; own dealers, importers, distributors, online sales. */
export type Channel = 'OWN_STORES' | 'IMPORTER' | 'DISTRIBUTOR' | 'ONLINE';

/** The channel enum values a channel text names (an empty list when it names none of them). */
export function parseChannels(text: unknown): Channel[] {
  if (typeof text !== 'string') return [];
  const s = text.toLowerCase();
  const out: Channel[] = [];
  if (/own (dealers|stores|showrooms|retail)/.test(s)) out.push('OWN_STORES');
  if (/\bimporter\b/.test(s)) out.push('IMPORTER');
  if (/\bdistributor\b/.test(s)) out.push('DISTRIBUTOR');
  if (/\bonline\b/.test(s)) out.push('ONLINE');
  return out;
}

/** An amount of money in its own currency, never converted. */
export interface Money {
  value: number;
  unit: string;
  lowerBound: boolean;
}

const CURRENCY: readonly [RegExp, string][] = [
  [/^(usd|us\$|\$)$/i, 'USD'],
  [/^(eur|€)$/i, 'EUR'],
  [/^(gbp|£)$/i, 'GBP'],
  [/^(jpy|yen)$/i, 'JPY'],
  [/^(cny|rmb|yuan)$/i, 'CNY'],
  [/^(inr|rs\.?)$/i, 'INR'],
  [/^(thb|baht)$/i, 'THB'],
  [/^(brl|r\$|reais)$/i, 'BRL'],
  [/^(zar)$/i, 'ZAR'],
  [/^(idr|rp)$/i, 'IDR'],
  [/^(mxn)$/i, 'MXN'],
  [/^(krw|won)$/i, 'KRW'],
  [/^(kzt|tenge)$/i, 'KZT'],
  [/^(rub|roubles|rubles)$/i, 'RUB'],
  [/^(huf)$/i, 'HUF'],
];
const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, crore: 1e7, lakh: 1e5 };

/**
 * One amount written the simple way: "USD 1 billion", "EUR 1.2 billion", "THB 15 billion",
 * "Rs 17 billion", "202 billion tenge", "more than EUR 1 billion". Text that says more (two amounts,
 * a bracketed conversion, a remark) gives null: such texts are decided one by one in the curation.
 */
export function parseMoney(text: string): Money | null {
  const s = text.trim();
  const lower = /^(more than|over|exceeding)\s+/i.exec(s);
  const rest = lower === null ? s : s.slice(lower[0].length);
  const before = /^([A-Za-z$€£.]+)\s*([\d.,]+)\s*(trillion|billion|bn|million|m|crore|lakh)?$/i.exec(rest);
  const after = /^([\d.,]+)\s*(trillion|billion|bn|million|m|crore|lakh)?\s+([A-Za-z$€£.]+)$/i.exec(rest);
  const [cur, num, scale] = before !== null ? [before[1], before[2], before[3]] : after !== null ? [after[3], after[1], after[2]] : [];
  if (cur === undefined || num === undefined) return null;
  const unit = CURRENCY.find(([re]) => re.test(cur))?.[1];
  if (unit === undefined) return null;
  const n = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0) return null;
  const factor = scale === undefined ? 1 : (SCALE[scale.toLowerCase()] ?? 1);
  return { value: Math.round(n * factor), unit, lowerBound: lower !== null };
}

/** Whether a qualifier or note says the number is a lower bound ("more than", "over", "exceeding"). */
export function saysLowerBound(text: string | null | undefined): boolean {
  if (typeof text !== 'string') return false;
  return /\b(more than|over|exceeding|at least|supera|über|mehr als|более|'over'|'more than')\b/i.test(text) && !/\bover (two|three|\d+) years\b|\bover time\b/i.test(text);
}
