/** The filter of Query.countries, and its Cypher conditions. */

import { Field, ID, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { badUserInput } from '../common/errors';
import { addCondition, emptyClause, MAX_FILTER_IDS, validFilterId, validFilterText } from '../common/filter';
import { COUNTRY_FILTER_CONDITIONS as IF } from './country.connection.repository';

@InputType('CountryFilter', { description: 'Narrows a list of countries; every field given must match (AND).' })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: 'Only countries whose name contains this text, ignoring case.' })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only countries with one of these ISO 3166-1 alpha-2 codes, e.g. ["CN", "JP"].' })
  codes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only countries where at least one factory stands; false: only countries with none.',
  })
  hasFactories?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only countries with export figures (as exporter); false: only countries without.',
  })
  exporter?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only countries that this market includes (a market id, e.g. market:europe).' })
  memberOf?: string | null;
}

const CODE = /^[A-Za-z]{2}$/;

/** The conditions and parameters of a country filter; throws BAD_USER_INPUT naming a malformed field. */
export function countryFilterClause(filter: CountryFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const nameContains = validFilterText(filter.nameContains, 'filter.nameContains');
  if (nameContains !== null) addCondition(clause, IF.nameContains, { nameContains });
  if (filter.codes !== null && filter.codes !== undefined) {
    if (filter.codes.length > MAX_FILTER_IDS) {
      throw badUserInput(`Argument "filter.codes" takes at most ${MAX_FILTER_IDS} codes; got ${filter.codes.length}.`, 'filter.codes');
    }
    const codes = filter.codes.map((code, i) => {
      if (!CODE.test(code)) {
        throw badUserInput(
          `Argument "filter.codes[${i}]" must be an ISO 3166-1 alpha-2 code (two letters, e.g. CN); got ${JSON.stringify(code)}.`,
          `filter.codes[${i}]`,
        );
      }
      return code.toUpperCase();
    });
    addCondition(clause, IF.codes, { codes: [...new Set(codes)] });
  }
  if (filter.hasFactories != null) addCondition(clause, IF.hasFactories, { hasFactories: filter.hasFactories });
  if (filter.exporter != null) addCondition(clause, IF.exporter, { exporter: filter.exporter });
  const memberOf = validFilterId(filter.memberOf, 'filter.memberOf', 'market');
  if (memberOf !== null) addCondition(clause, IF.memberOf, { memberOf });
  return clause;
}
