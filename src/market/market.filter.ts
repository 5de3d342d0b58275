/** The filter of Query.markets, and its Cypher conditions. */

import { Field, ID, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { addCondition, emptyClause, validFilterId, validFilterText } from '../common/filter';
import { MARKET_FILTER_CONDITIONS as IF } from './market.connection.repository';
import { MarketKind } from './market.type';

@InputType('MarketFilter', { description: 'Narrows a list of markets; every field given must match (AND).' })
export class MarketFilter {
  @Field(() => MarketKind, { nullable: true, description: 'Only markets of this kind (one country, or a region).' })
  kind?: MarketKind | null;

  @Field(() => ID, { nullable: true, description: 'Only markets that include this country (an id, e.g. country:HU).' })
  includesCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only markets whose name contains this text, ignoring case.' })
  nameContains?: string | null;
}

/** The conditions and parameters of a market filter; throws BAD_USER_INPUT naming a malformed field. */
export function marketFilterClause(filter: MarketFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  if (filter.kind != null) addCondition(clause, IF.kind, { kind: filter.kind });
  const includesCountry = validFilterId(filter.includesCountry, 'filter.includesCountry', 'country');
  if (includesCountry !== null) addCondition(clause, IF.includesCountry, { includesCountry });
  const nameContains = validFilterText(filter.nameContains, 'filter.nameContains');
  if (nameContains !== null) addCondition(clause, IF.nameContains, { nameContains });
  return clause;
}
