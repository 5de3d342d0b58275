/** The filter of Query.organizations, and its Cypher conditions. */

import { Field, ID, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { addCondition, emptyClause, validFilterId, validFilterText } from '../common/filter';
import { ORGANIZATION_FILTER_CONDITIONS as IF } from './organization.connection.repository';

@InputType('OrganizationFilter', { description: 'Narrows a list of organizations; every field given must match (AND).' })
export class OrganizationFilter {
  @Field(() => ID, { nullable: true, description: 'Only bodies based in this country (an id, e.g. country:JP).' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only bodies whose name or short name contains this text, ignoring case (e.g. "caam").',
  })
  nameContains?: string | null;
}

/** The conditions and parameters of an organization filter; throws BAD_USER_INPUT naming a malformed field. */
export function organizationFilterClause(filter: OrganizationFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const country = validFilterId(filter.country, 'filter.country', 'country');
  if (country !== null) addCondition(clause, IF.country, { country });
  const nameContains = validFilterText(filter.nameContains, 'filter.nameContains');
  if (nameContains !== null) addCondition(clause, IF.nameContains, { nameContains });
  return clause;
}
