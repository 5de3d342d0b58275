/**
 * One source record per page of the facts: a stable id from the publisher, the year and the
 * address, the publisher as given, the publication date with its precision, a kind judged from the
 * publisher, and a short title written from what the page states (never words copied from it).
 */

import { PUBLISHER_KINDS } from './facts.curation';
import { compareText } from './merge';
import { slugify, stripBrackets } from './facts.parse';
import type { FactSource, SeedRecord } from './facts.types';
import type { Precision } from './merge';

export type SourceKind = 'NEWS' | 'STATISTICS' | 'COMPANY' | 'GOVERNMENT' | 'ANALYSIS';

const MAX_ID = 100;

/** The publication date of a page as a date and precision ("undated" → nulls). */
export function publishedDate(published: string): { date: string | null; precision: Precision | null } {
  const s = published.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { date: s, precision: 'DAY' };
  if (/^\d{4}-\d{2}$/.test(s)) return { date: `${s}-01`, precision: 'MONTH' };
  if (/^\d{4}$/.test(s)) return { date: `${s}-01-01`, precision: 'YEAR' };
  return { date: null, precision: null };
}

const RANK: Record<string, number> = { DAY: 3, MONTH: 2, YEAR: 1 };

/**
 * The one publisher and date a page keeps when its records disagree (23 pages in 2026-12): the most
 * precise date, and the publisher named most often, then the longest (it names the original outlet).
 */
export function choosePageSource(variants: readonly FactSource[]): FactSource {
  const first = variants[0];
  if (first === undefined) throw new Error('choosePageSource: expected at least one source, got none');
  const published = [...variants]
    .map((v) => v.published)
    .sort((a, b) => (RANK[publishedDate(b).precision ?? ''] ?? 0) - (RANK[publishedDate(a).precision ?? ''] ?? 0) || compareText(a, b))[0];
  const counts = new Map<string, number>();
  for (const v of variants) counts.set(v.publisher, (counts.get(v.publisher) ?? 0) + 1);
  const publisher = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0]))[0]?.[0];
  return { url: first.url, published: published ?? first.published, publisher: publisher ?? first.publisher };
}

const COMPANY_RELEASE = /\b(press release|release|statement|announcement|newswire)\b/i;
const GOVERNMENT = /\b(ministry|government|president|embassy|official portal|customs service|municipal|development zone|invest in|brand south africa|trade & investment)\b/i;
const STATISTICS = /\b(association|statistics|statistical|eurostat|destatis|smmt|vda|fcai|naamsa|gaikindo|caam|cpca|acea|jama|kama|siam|anfavea|anfac|oica|clecat|shippers' council)\b/i;
const ANALYSIS = /\b(mckinsey|rho motion|inovev|s&p global|focus2move|consult\w*|research|institute|insight|jato|marklines|statista|statranker|trading economics|tendata|importdata|people's map|policy risk|trade council|study)\b/i;
const COMPANY_NAMES = /^(astana motors|jaecoo|polestar|saic motor|toyota motor|volkswagen ag|belitoyota|autohaus)/i;

/**
 * The kind of a page, judged from its publisher: an automaker's or brand's own site or release →
 * COMPANY; a ministry, customs or government office → GOVERNMENT; an association or statistics
 * office → STATISTICS; a consultancy, research or data firm → ANALYSIS; anything else → NEWS. The
 * curation's PUBLISHER_KINDS decides the publishers these words misjudge.
 */
export function sourceKind(publisher: string): SourceKind {
  const listed = PUBLISHER_KINDS[publisher];
  if (listed !== undefined) return listed;
  const main = stripBrackets(publisher);
  const bracket = /\(([^)]*)\)/.exec(publisher)?.[1] ?? '';
  if (COMPANY_NAMES.test(main)) return 'COMPANY';
  if (GOVERNMENT.test(main)) return 'GOVERNMENT';
  if (STATISTICS.test(main)) return 'STATISTICS';
  if (ANALYSIS.test(main)) return 'ANALYSIS';
  // A release carried by a newswire or trade site is the statement of whoever released it.
  if (COMPANY_RELEASE.test(bracket) || COMPANY_RELEASE.test(main)) return STATISTICS.test(bracket) ? 'STATISTICS' : 'COMPANY';
  return 'NEWS';
}

const STOP = new Set(
  'a an and the of in on to for from by with at as is are was be its it this that de da do dos das del la las los el le les et en e em no na y und der die das von zu im mit www com html htm php aspx amp news article articles noticia noticias nachrichten index view detail details story stories content id p en-industry page'.split(
    ' ',
  ),
);

/** A few words of a page address that say what it is about ("byd-bate-recorde-…" → "byd-bate-recorde-emplaca-mais"). */
export function urlWords(url: string, max = 5): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return slugify(url).split('-').slice(0, max).join('-');
  }
  const segments = decodeURIComponent(u.pathname + ' ' + u.search)
    .split(/[/?&=#\s]+/)
    .map((s) => s.replace(/\.(html?|php|aspx?|cms|shtml)$/i, ''))
    .filter((s) => s !== '');
  // The segment with the most words is the article's slug; numbers alone say nothing.
  const wordsOf = (s: string): string[] =>
    slugify(s)
      .split('-')
      .filter((w) => w !== '' && !STOP.has(w) && !/^\d+$/.test(w) && !/^[0-9a-f]{12,}$/.test(w) && w.length < 25);
  const best = [...segments].map(wordsOf).sort((a, b) => b.length - a.length)[0] ?? [];
  if (best.length >= 2) return best.slice(0, max).join('-');
  // No slug in the path: the host's name and the last number make the page recognisable.
  const host = u.hostname.replace(/^(www|m|mcdn|amp|en|api)\./, '').split('.')[0] ?? 'page';
  const number = /(\d+)(?!.*\d)/.exec(u.pathname + u.search)?.[1];
  return [slugify(host), ...best, number].filter((w): w is string => w !== undefined && w !== '').slice(0, max).join('-');
}

/** The slug of a publisher's name without its bracketed remark, at most four words. */
export function publisherSlug(publisher: string): string {
  const main = stripBrackets(publisher).replace(/['’]/g, '');
  return slugify(main).split('-').filter((w) => w !== '').slice(0, 4).join('-') || 'unknown';
}

/** The id a page gets: source:<publisher>-<year or undated>-<words of its address>, at most 100 characters. */
export function sourceIdFor(page: FactSource): string {
  const year = publishedDate(page.published).date?.slice(0, 4) ?? 'undated';
  const base = `source:${publisherSlug(page.publisher)}-${year}-${urlWords(page.url)}`;
  if (base.length <= MAX_ID) return base;
  return base.slice(0, MAX_ID).replace(/-[^-]*$/, '');
}

/**
 * Ids for all pages: the curated id where the address is already a curated source, else
 * sourceIdFor; two pages that would share an id are numbered in the order of their addresses.
 */
export function assignSourceIds(pages: readonly FactSource[], curatedByUrl: ReadonlyMap<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(curatedByUrl.values());
  for (const page of [...pages].sort((a, b) => compareText(a.url, b.url))) {
    const curated = curatedByUrl.get(page.url);
    if (curated !== undefined) {
      ids.set(page.url, curated);
      continue;
    }
    const base = sourceIdFor(page);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    taken.add(id);
    ids.set(page.url, id);
  }
  return ids;
}

/** The source record of a page, given its id and title. */
export function sourceRecord(id: string, page: FactSource, title: string): SeedRecord {
  const { date, precision } = publishedDate(page.published);
  return { id, publisher: page.publisher, title, url: page.url, published: date, publishedPrecision: precision, kind: sourceKind(page.publisher) };
}
