/**
 * Countries as the facts need them: whether a code is a country, its short English name and its own
 * market (market:<slug of the short name>, or the market the graph already has for it). Until the
 * countries part lands on main this reads i18n-iso-countries directly, as the lead asked.
 */

import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_SHORT_NAMES } from './facts.curation';
import { slugify } from './facts.parse';
import type { BaseRecords } from './facts.types';

countries.registerLocale(en);

/** Country names and own markets, from the base records first and i18n-iso-countries after. */
export class CountryBook {
  private readonly names = new Map<string, string>();
  private readonly ownMarkets = new Map<string, string>();

  constructor(base: BaseRecords) {
    for (const c of base['countries'] ?? []) {
      if (typeof c['code'] === 'string' && typeof c['name'] === 'string') this.names.set(c['code'], c['name']);
    }
    // A market of kind COUNTRY covering one country is that country's own market (1.1.0: countryIds;
    // 2.0.0: one market-countries row).
    const rows = new Map<string, string[]>();
    for (const r of base['marketCountries'] ?? []) {
      const list = rows.get(String(r['marketId'])) ?? [];
      list.push(String(r['countryId']));
      rows.set(String(r['marketId']), list);
    }
    for (const m of base['markets'] ?? []) {
      if (m['kind'] !== 'COUNTRY') continue;
      const ids = Array.isArray(m['countryIds']) ? (m['countryIds'] as string[]) : (rows.get(String(m['id'])) ?? []);
      const only = ids.length === 1 ? ids[0] : undefined;
      if (only !== undefined) this.ownMarkets.set(only.replace(/^country:/, ''), String(m['id']));
    }
  }

  /** Whether an alpha-2 code is an ISO 3166-1 country or territory. */
  isCountry(code: string): boolean {
    return this.names.has(code) || countries.isValid(code);
  }

  /** The short English name ("Russia", "South Korea", "United States"). */
  name(code: string): string {
    const known = this.names.get(code) ?? COUNTRY_SHORT_NAMES[code];
    if (known !== undefined) return known;
    const official = countries.getName(code, 'en', { select: 'official' });
    if (official === undefined) throw new Error(`CountryBook.name: expected an ISO 3166-1 alpha-2 code, got ${JSON.stringify(code)}`);
    return official;
  }

  /** The id of the country's own market: the graph's where it has one, else market:<slug of the name>. */
  ownMarketId(code: string): string {
    return this.ownMarkets.get(code) ?? `market:${slugify(this.name(code))}`;
  }

  /** Whether the base already holds the country's own market. */
  hasOwnMarket(code: string): boolean {
    return this.ownMarkets.has(code);
  }
}
