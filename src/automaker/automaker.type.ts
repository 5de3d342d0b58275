/** Automaker: a company that makes vehicles. */

import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';
import type { CountryRecord } from '../country/country.type';
import { PageInfo } from '../common/page-info.type';

/** An automaker as stored. */
export interface AutomakerRecord {
  id: string;
  name: string;
  countryId: string | null;
  /** The headquarters country's record, read with the automaker (absent where a query did not read it). */
  country?: CountryRecord | null;
  sources: string[];
  headquartersSources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Automaker', {
  implements: Node,
  description: 'A company that makes vehicles, e.g. BYD, SAIC, Tesla, Nio, Xpeng.',
})
export class Automaker extends Node {
  @Field({ description: 'The name it is known by, e.g. "BYD".' })
  name!: string;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('AutomakerEdge', { description: 'An automaker in a page of automakers, with its cursor.' })
export class AutomakerEdge {
  @Field({ description: 'Opaque cursor of this edge: pass it as `after` (with the same orderBy) to get the automakers that follow.' })
  cursor!: string;

  @Field(() => Automaker, { description: 'The automaker.' })
  node!: AutomakerRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('AutomakerConnection', { description: 'A page of automakers (Relay cursor connection), filtered and ordered as asked.' })
export class AutomakerConnection {
  @Field(() => [AutomakerEdge], { description: 'The automakers of this page, each with its cursor.' })
  edges!: AutomakerEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of automakers matching the filter, over all pages (counted only when asked for).' })
  totalCount!: number;
}
