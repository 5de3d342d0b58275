/** The filter of Query.factories, and its Cypher conditions. */

import { Field, ID, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { DateScalar } from '../common/date.scalar';
import { addCondition, checkDateRange, emptyClause, validEnumList, validFilterIds, validFilterText } from '../common/filter';
import { FACTORY_FILTER_CONDITIONS as IF } from './factory.connection.repository';
import { FactoryRole, FactoryStatus } from './factory.type';

@InputType('FactoryFilter', { description: 'Narrows a list of factories; every field given must match (AND).' })
export class FactoryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only factories located in one of these countries (ids, e.g. country:HU).' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only factories operated by one of these automakers (ids, e.g. automaker:byd).' })
  automakers?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Only factories whose operator is headquartered in one of these countries, e.g. [country:CN] for Chinese automakers' plants.",
  })
  operatorCountries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only factories outside these countries, e.g. [country:CN] for plants abroad.' })
  notInCountries?: string[] | null;

  @Field(() => [FactoryStatus], { nullable: true, description: 'Only factories with one of these statuses.' })
  statuses?: FactoryStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only factories that make a product containing this text, ignoring case (e.g. "bus").',
  })
  product?: string | null;

  @Field(() => String, { nullable: true, description: 'Only factories whose name contains this text, ignoring case.' })
  nameContains?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only factories that started production on or after this day (factories not opened are left out).',
  })
  openedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only factories that started production on or before this day. An opening known only to the month or year counts as its first day.',
  })
  openedTo?: string | null;

  @Field(() => FactoryRole, { nullable: true, description: 'Only factories that play this role.' })
  role?: FactoryRole | null;
}

/** The conditions and parameters of a factory filter; throws BAD_USER_INPUT naming a malformed field. */
export function factoryFilterClause(filter: FactoryFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const countries = validFilterIds(filter.countries, 'filter.countries', 'country');
  if (countries !== null) addCondition(clause, IF.countries, { countries });
  const automakers = validFilterIds(filter.automakers, 'filter.automakers', 'automaker');
  if (automakers !== null) addCondition(clause, IF.automakers, { automakers });
  const operatorCountries = validFilterIds(filter.operatorCountries, 'filter.operatorCountries', 'country');
  if (operatorCountries !== null) addCondition(clause, IF.operatorCountries, { operatorCountries });
  const notInCountries = validFilterIds(filter.notInCountries, 'filter.notInCountries', 'country');
  if (notInCountries !== null) addCondition(clause, IF.notInCountries, { notInCountries });
  const statuses = validEnumList(filter.statuses);
  if (statuses !== null) addCondition(clause, IF.statuses, { statuses });
  const product = validFilterText(filter.product, 'filter.product');
  if (product !== null) addCondition(clause, IF.product, { product });
  const nameContains = validFilterText(filter.nameContains, 'filter.nameContains');
  if (nameContains !== null) addCondition(clause, IF.nameContains, { nameContains });
  checkDateRange(filter.openedFrom, filter.openedTo, 'filter.openedTo');
  if (filter.openedFrom != null) addCondition(clause, IF.openedFrom, { openedFrom: filter.openedFrom });
  if (filter.openedTo != null) addCondition(clause, IF.openedTo, { openedTo: filter.openedTo });
  if (filter.role != null) addCondition(clause, IF.role, { role: filter.role });
  return clause;
}
