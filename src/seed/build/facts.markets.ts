/**
 * Markets as targets and destinations: a country becomes its own market (created with its one
 * market-countries row, sourced to the pages that needed it), a region the curation names is
 * created without countries, and the whole world is null as a figure's destination.
 */

import { type Context, kindOf, normaliseId } from './facts.context';
import { NOT_MARKETS, REGIONS } from './facts.curation';
import type { Input } from './facts.types';

export type MarketTarget = { id: string } | { world: true } | { leave: string };

/**
 * The market a working id names, creating the own market of a country or a region where needed.
 * `worldAsNull`: a figure's destination "the world" is null (worldwide); a link keeps market:world.
 */
export function marketFor(ctx: Context, raw: string | null, input: Input<unknown>, worldAsNull: boolean): MarketTarget {
  if (raw === null) return { world: true };
  const id = normaliseId(raw);
  if (id === null) return { leave: `the target ${JSON.stringify(raw)} has no kind:key form` };
  if (kindOf(id) === 'country') {
    const code = id.slice('country:'.length);
    if (!ctx.countries.isCountry(code)) return { leave: `${id} is not an ISO 3166-1 country` };
    const marketId = ctx.countries.ownMarketId(code);
    if (!ctx.countries.hasOwnMarket(code)) {
      const src = [ctx.src(input)];
      ctx.add('markets', { id: marketId, name: ctx.countries.name(code), kind: 'COUNTRY', sources: src }, []);
      ctx.add('marketCountries', { marketId, countryId: id, sources: src }, []);
    }
    return { id: marketId };
  }
  if (kindOf(id) !== 'market') return { leave: `${id} is not a market or a country` };
  if (id === 'market:world' && worldAsNull) return { world: true };
  const not = NOT_MARKETS[id];
  if (not !== undefined) return { leave: not };
  if (ctx.baseById.has(id)) return { id };
  const region = REGIONS[id];
  if (region === undefined) return { leave: `${id} is not a market the graph or the curation knows` };
  ctx.add('markets', { id, name: region.name, kind: region.kind, sources: [ctx.src(input)] }, []);
  return { id };
}
