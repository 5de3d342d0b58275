/**
 * Stable ids of contributed records, made from their content: the same source or figure sent twice
 * gets the same id, so the second is recognised (a source reused, a figure refused).
 */

import { createHash } from 'node:crypto';
import { cutSlug, slugify, slugOrEmpty } from '../common/slug';

/**
 * Longest host slug in a source id. Ids have at most 120 characters: `source:` (7), the host, `-`,
 * the date (10), `-` and 8 hex leave 93; 60 keeps ids readable and every real host distinct enough,
 * the hash doing the rest.
 */
const MAX_HOST_SLUG = 60;

/**
 * Longest exporter or destination key in a figure id: `figure:` (7), two keys, two periods (10
 * each), flow and metric (14 each at most), the hash (8) and 7 hyphens leave 48 for both keys.
 */
const MAX_FIGURE_KEY = 24;

/** The first 8 hex digits of sha256(url): what tells two documents of one host and day apart. */
export function urlHash(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 8);
}

/** The host of an address without "www.", or "" when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The id of a new source: `source:<slug of the url's host without www>-<published>-<first 8 hex of
 * sha256(url)>`, e.g. source:reuters-com-2024-05-17-1a2b3c4d. Made from any text (a bad url is
 * reported on its own): a host with no letter or digit becomes "web".
 */
export function sourceIdFor(url: string, published: string): string {
  // Dots as hyphens ("reuters.com" → "reuters-com"): slugify drops them, as in "U.S.", which would glue the names together.
  const host = cutSlug(slugOrEmpty(hostOf(url).replace(/\./g, '-')), MAX_HOST_SLUG) || 'web';
  return `source:${host}-${slugOrEmpty(published)}-${urlHash(url)}`;
}

/** The key of an id as a slug for another id ("country:CN" → "cn", "market:south-korea" → "south-korea"), cut to `max`. */
function keyOf(id: string, max: number): string {
  return cutSlug(slugOrEmpty(id.slice(id.indexOf(':') + 1)), max) || 'unknown';
}

/** What a figure id is made of. */
export interface FigureIdParts {
  exporterId: string;
  /** The stored destination (a market id; a country is first resolved to its own market), null for worldwide. */
  destinationId: string | null;
  periodStart: string;
  periodEnd: string;
  flow: string;
  metric: string;
  sourceUrl: string;
}

/**
 * The id of a new figure: `figure:<exporter key>-<destination key or world>-<periodStart>-<periodEnd>-
 * <flow>-<metric>-<8 hex of sha256(source url)>`, e.g.
 * figure:cn-hungary-2024-01-01-2024-12-31-exports-units-1a2b3c4d. The destination is the stored market,
 * so a figure sent once with country:HU and once with market:hungary gets one id.
 */
export function figureIdFor(parts: FigureIdParts): string {
  const destination = parts.destinationId === null ? 'world' : keyOf(parts.destinationId, MAX_FIGURE_KEY);
  return [
    `figure:${keyOf(parts.exporterId, MAX_FIGURE_KEY)}`,
    destination,
    slugOrEmpty(parts.periodStart),
    slugOrEmpty(parts.periodEnd),
    slugOrEmpty(parts.flow),
    slugOrEmpty(parts.metric),
    urlHash(parts.sourceUrl),
  ]
    .filter((part) => part !== '')
    .join('-');
}

/** The id of a country's own market, as the seed build makes it: market:<slug of the country's name> (Hungary → market:hungary). */
export function ownMarketIdFor(countryName: string): string {
  return `market:${slugify(countryName)}`;
}
