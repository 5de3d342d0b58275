/** Formatting of dates, numbers and evidence for the pages. */

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date at its precision: 2023, 2023-05 or 2023-05-17. */
export function formatDate(date: string | null | undefined, precision?: DatePrecision | null): string | null {
  if (date === null || date === undefined || date === '') return null;
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date.slice(0, 10);
}

/** "since 2019 until 2023", "since 2019", "until 2023" or null when neither is known. */
export function formatPeriod(
  since: string | null | undefined,
  sincePrecision: DatePrecision | null | undefined,
  until: string | null | undefined,
  untilPrecision: DatePrecision | null | undefined,
): string | null {
  const from = formatDate(since, sincePrecision);
  const to = formatDate(until, untilPrecision);
  if (from === null && to === null) return null;
  if (from !== null && to !== null) return `${from} – ${to}`;
  return from !== null ? `since ${from}` : `until ${to}`;
}

/** A figure's period: "2023" for a whole calendar year, else "2023-01-01 – 2023-06-30". */
export function formatFigurePeriod(start: string, end: string): string {
  if (start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  // A whole calendar month: 2023-12.
  if (start.slice(0, 7) === end.slice(0, 7) && start.slice(8) === '01') {
    const next = new Date(`${end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (next.getUTCDate() === 1) return start.slice(0, 7);
  }
  return `${start} – ${end}`;
}

/** 4910000 -> "4,910,000". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

/** 4910000 -> "4.91M", 85000 -> "85K". */
export function formatCompact(value: number): string {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** EXPORT_VOLUME -> "export volume". */
export function humanize(constant: string): string {
  return constant.toLowerCase().replace(/_/g, ' ');
}
