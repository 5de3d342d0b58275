/** Factory: a plant that builds vehicles, operated by an automaker, located in a country. */

import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import type { CountryRecord } from '../country/country.type';
import { graphqlEnum } from '../common/graphql-enum';
import { FACTORY_ROLES, FACTORY_STATUSES } from '../common/vocabulary';

export const FactoryStatus = graphqlEnum(FACTORY_STATUSES);
export type FactoryStatus = keyof typeof FACTORY_STATUSES.values;

export const FactoryRole = graphqlEnum(FACTORY_ROLES);
export type FactoryRole = keyof typeof FACTORY_ROLES.values;

/** A factory as stored, with the ids and evidence of its location and operator. */
export interface FactoryRecord {
  id: string;
  name: string;
  city: string | null;
  status: FactoryStatus;
  products: string[];
  roles: FactoryRole[];
  capacityPerYear: number | null;
  announced: string | null;
  announcedPrecision: DatePrecision | null;
  constructionStarted: string | null;
  constructionStartedPrecision: DatePrecision | null;
  opened: string | null;
  openedPrecision: DatePrecision | null;
  closed: string | null;
  closedPrecision: DatePrecision | null;
  countryId: string | null;
  /** The country's record, read with the factory (absent where a query did not read it). */
  country?: CountryRecord | null;
  automakerId: string | null;
  /** Since when the current operator runs it, where a source says. */
  operatedSince: string | null;
  operatedSincePrecision: DatePrecision | null;
  sources: string[];
  locationSources: string[];
  operatorSources: string[];
}

/** A former operator of a factory as read (the OPERATED relationship). */
export interface FormerOperatorRecord {
  automakerId: string;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string;
  untilPrecision: DatePrecision;
  sources: string[];
}

/**
 * A factory read for a list whose selection asks only for FACTORY_SUMMARY_FIELDS: its name and where
 * it stands, without its dates, products and evidence lists (a third of the bytes at scale).
 */
export type FactorySummaryRecord = Pick<FactoryRecord, 'id' | 'name' | 'countryId' | 'country'>;

/** The Factory fields a FactorySummaryRecord answers (`__typename` always does). */
export const FACTORY_SUMMARY_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'country']);

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Factory', {
  implements: Node,
  description: "A plant that builds vehicles, e.g. Tesla's Shanghai Gigafactory or BYD's bus plant in Komárom.",
})
export class Factory extends Node {
  @Field({ description: 'Name, e.g. "Tesla Gigafactory Shanghai".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'City or area, where known.' })
  city!: string | null;

  @Field(() => FactoryStatus, { description: 'Where the factory stands.' })
  status!: FactoryStatus;

  @Field(() => [String], { description: 'What it makes, e.g. passenger cars, electric vehicles, buses.' })
  products!: string[];

  @Field(() => [FactoryRole], { description: "Roles it plays in its automaker's trade, e.g. EXPORT_HUB." })
  roles!: FactoryRole[];

  @Field(() => Int, { nullable: true, description: 'Vehicles it can build a year, where a source says.' })
  capacityPerYear!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was announced.' })
  announced!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `announced` is.' })
  announcedPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When construction started.' })
  constructionStarted!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `constructionStarted` is.' })
  constructionStartedPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it started production.' })
  opened!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `opened` is.' })
  openedPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it stopped production.' })
  closed!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `closed` is.' })
  closedPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when its current operator (`automaker`) runs it, where a source says.' })
  operatedSince!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `operatedSince` is.' })
  operatedSincePrecision!: DatePrecision | null;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('FormerOperator', { description: 'An automaker that ran a factory before its current operator, from when to when, on whose word.' })
export class FormerOperator {
  @Field(() => DateScalar, { nullable: true, description: 'Since when it ran the factory, where a source says.' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `since` is.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { description: 'Until when it ran the factory (when it left or handed it over).' })
  until!: string;

  @Field(() => DatePrecision, { description: 'How exact `until` is.' })
  untilPrecision!: DatePrecision;
}
