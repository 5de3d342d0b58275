/** Query.factory and the relationship fields of Factory. */

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/ids';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Country, type CountryRecord } from '../country';
import { Source, loadSources, type SourceRecord } from '../source';
import { Factory, type FactoryRecord } from './factory.type';

@Resolver(() => Factory)
export class FactoryResolver {
  @Query(() => Factory, {
    nullable: true,
    description: 'A factory by id, e.g. factory:tesla-shanghai; null when no factory has it.',
  })
  factory(
    @Arg('id', () => ID, { description: 'Id of the form factory:<slug>, e.g. factory:byd-szeged.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<FactoryRecord | null> {
    return ctx.loaders.factoryById.load(parseId(id, 'id', 'factory').id);
  }

  @FieldResolver(() => Country, { description: 'The country it stands in.' })
  async country(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<CountryRecord> {
    return factory.country ?? (await ctx.loaders.countryById.load(factory.countryId!))!;
  }

  @FieldResolver(() => Automaker, { description: 'The automaker that operates it.' })
  async automaker(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(factory.automakerId!))!;
  }

  @FieldResolver(() => [Source], {
    description: 'Sources that state this factory: its existence, status, location and operator.',
  })
  sources(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [...factory.sources, ...factory.locationSources, ...factory.operatorSources]);
  }
}
