/**
 * Countries as the facts need them: whether a code is a country, its short English name and its own
 * market — the graph's own market where it has one (market:russia…), else the countries part's rule
 * (ownMarket: market:<slug of the short English name>).
 */

import { countryName, ownMarket } from './countries';
import type { BaseRecords } from './facts.types';

/** Country names and own markets, from the base records first and the countries part after. */
export class CountryBook {
  private readonly names = new Map<string, string>();
  private readonly ownMarkets = new Map<string, string>();

  constructor(base: BaseRecords) {
    for (const c of base['countries'] ?? []) {
      if (typeof c['code'] === 'string' && typeof c['name'] === 'string') this.names.set(c['code'], c['name']);
    }
    // A market of kind COUNTRY whose one market-countries row is a country is that country's own market.
    const rows = new Map<string, string[]>();
    for (const r of base['marketCountries'] ?? []) {
      const list = rows.get(String(r['marketId'])) ?? [];
      list.push(String(r['countryId']));
      rows.set(String(r['marketId']), list);
    }
    for (const m of base['markets'] ?? []) {
      if (m['kind'] !== 'COUNTRY') continue;
      const ids = rows.get(String(m['id'])) ?? [];
      const only = ids.length === 1 ? ids[0] : undefined;
      if (only !== undefined) this.ownMarkets.set(only.replace(/^country:/, ''), String(m['id']));
    }
  }

  /** Whether an alpha-2 code is an ISO 3166-1 country or territory. */
  isCountry(code: string): boolean {
    if (this.names.has(code)) return true;
    try {
      countryName(code);
      return true;
    } catch {
      return false;
    }
  }

  /** The short English name ("Russia", "South Korea", "United States"). */
  name(code: string): string {
    return this.names.get(code) ?? countryName(code);
  }

  /** The id of the country's own market: the graph's where it has one, else the countries part's rule. */
  ownMarketId(code: string): string {
    return this.ownMarkets.get(code) ?? ownMarket(code).id;
  }

  /** Whether the base already holds the country's own market. */
  hasOwnMarket(code: string): boolean {
    return this.ownMarkets.has(code);
  }
}
