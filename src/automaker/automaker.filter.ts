/** The filter of Query.automakers, and its Cypher conditions. */

import { Field, ID, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { addCondition, emptyClause, validFilterId, validFilterIds, validFilterText } from '../common/filter';
import { AUTOMAKER_FILTER_CONDITIONS as IF } from './automaker.connection.repository';

@InputType('AutomakerFilter', { description: 'Narrows a list of automakers; every field given must match (AND).' })
export class AutomakerFilter {
  @Field(() => [ID], { nullable: true, description: 'Only automakers headquartered in one of these countries (ids, e.g. country:CN).' })
  countries?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only automakers whose name contains this text, ignoring case.' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only automakers that operate a factory in this country (an id, e.g. country:HU).' })
  hasFactoryIn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only automakers linked to this market: they sell in, export to or target it (an id, e.g. market:europe).',
  })
  market?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only automakers with export figures of their own; false: only those without.',
  })
  hasFigures?: boolean | null;
}

/** The conditions and parameters of an automaker filter; throws BAD_USER_INPUT naming a malformed field. */
export function automakerFilterClause(filter: AutomakerFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const countries = validFilterIds(filter.countries, 'filter.countries', 'country');
  if (countries !== null) addCondition(clause, IF.countries, { countries });
  const nameContains = validFilterText(filter.nameContains, 'filter.nameContains');
  if (nameContains !== null) addCondition(clause, IF.nameContains, { nameContains });
  const hasFactoryIn = validFilterId(filter.hasFactoryIn, 'filter.hasFactoryIn', 'country');
  if (hasFactoryIn !== null) addCondition(clause, IF.hasFactoryIn, { hasFactoryIn });
  const market = validFilterId(filter.market, 'filter.market', 'market');
  if (market !== null) addCondition(clause, IF.market, { market });
  if (filter.hasFigures != null) addCondition(clause, IF.hasFigures, { hasFigures: filter.hasFigures });
  return clause;
}
