/** CountryLink: a relationship to a country (headquarters, location, membership) with its evidence. */

import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import type { Context } from '../context';
import { Source, loadSources, type SourceRecord } from '../source';
import { Country, type CountryRecord } from './country.type';

/** A link as the resolvers hand it on: the country's id and the ids of the sources that state the link. */
export interface CountryLinkRecord {
  countryId: string;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('CountryLink', {
  description:
    "A relationship to a country (an automaker's headquarters, a factory's location, a region's member, a body's base), with the sources that state it.",
})
export class CountryLink {
  @Field(() => Country, { description: 'The country at the other end of the relationship.' })
  country!: CountryRecord;

  @Field(() => [Source], { description: 'Sources that state this relationship.' })
  sources!: SourceRecord[];
}

@Resolver(() => CountryLink)
export class CountryLinkResolver {
  @FieldResolver(() => Country, { description: 'The country at the other end of the relationship.' })
  async country(@Root() link: CountryLinkRecord, @Ctx() ctx: Context): Promise<CountryRecord> {
    return (await ctx.loaders.countryById.load(link.countryId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this relationship.' })
  sources(@Root() link: CountryLinkRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, link.sources);
  }
}
