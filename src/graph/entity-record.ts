/**
 * The record of any entity, in the very shape its kind's byId loader returns, as a Cypher
 * subquery: queries that find entities of mixed kinds (search, paths) return whole records in the
 * same statement, and the request's loaders are primed with them instead of asking again per kind.
 */

import { AUTOMAKER_PROJECTION } from '../automaker/automaker.repository';
import { BRAND_PROJECTION } from '../brand/brand.repository';
import { CLAIM_PROJECTION } from '../claim/claim.repository';
import { COUNTRY_PROJECTION } from '../country/country.repository';
import { FACTORY_PROJECTION } from '../factory/factory.repository';
import { FIGURE_PROJECTION } from '../figure/figure.repository';
import { MARKET_PROJECTION } from '../market/market.repository';
import { MEASURE_PROJECTION } from '../measure/measure.repository';
import { ORGANIZATION_PROJECTION } from '../organization/organization.repository';
import { SOURCE_PROJECTION } from '../source/source.repository';
import { LABELS, type Label } from '../common/vocabulary';

/**
 * Each kind's label: the variable its projection is written on, and the projection. A record over
 * every label of the vocabulary, so a new kind does not compile until it has its projection here.
 */
const PROJECTION_BY_LABEL: Readonly<Record<Label, [variable: string, projection: string]>> = {
  Country: ['c', COUNTRY_PROJECTION],
  Automaker: ['a', AUTOMAKER_PROJECTION],
  Brand: ['b', BRAND_PROJECTION],
  Factory: ['f', FACTORY_PROJECTION],
  Market: ['m', MARKET_PROJECTION],
  Organization: ['o', ORGANIZATION_PROJECTION],
  Source: ['s', SOURCE_PROJECTION],
  TradeFigure: ['f', FIGURE_PROJECTION],
  TradeMeasure: ['m', MEASURE_PROJECTION],
  FactoryClaim: ['c', CLAIM_PROJECTION],
};

/**
 * `CALL (node) { … }` yielding `record`: the entity bound to `node` projected as its kind's byId
 * loader would. `node` is a variable name chosen in code, never user text.
 *
 * @example `MATCH (n:Entity {id: $id}) ${entityRecord('n')} RETURN record`
 */
export function entityRecord(node: string): string {
  const branches = LABELS.map((label) => [label, ...PROJECTION_BY_LABEL[label]] as const).map(([label, v, projection]) => `  WITH ${node} AS ${v} WHERE ${v}:${label} RETURN ${projection} AS record`);
  return `CALL (${node}) {\n${branches.join('\n  UNION ALL\n')}\n}`;
}
