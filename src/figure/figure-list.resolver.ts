/** The `figures` list of every kind of entity a figure can count (country, automaker, brand, factory, market). */

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Automaker } from '../automaker/automaker.type';
import { Brand } from '../brand/brand.type';
import { LIST_FIRST_DESCRIPTION } from '../common/pagination';
import type { Context } from '../context';
import { Country } from '../country/country.type';
import { Factory } from '../factory/factory.type';
import { Market } from '../market/market.type';
import { TradeFigureFilter } from './figure.filter';
import { loadFigureList } from './figure.resolver';
import { TradeFigure, type FigureRecord } from './figure.type';

/**
 * A resolver that gives `type` a `figures(filter, first)` field: the figures whose flow it is the
 * subject of (its exports, imports, production, sales), by period. One class per type, made here in
 * the type-graphql way (a function returning a resolver class), so every type reads the same.
 */
function figureListResolver(type: ClassType, what: string): ClassType {
  @Resolver(() => type)
  class FigureListResolver {
    @FieldResolver(() => [TradeFigure], {
      description: `Figures that count ${what}: exports, imports, production, sales or overseas sales (filter.flow narrows), by period, then metric and id.`,
    })
    figures(
      @Root() subject: { id: string },
      @Arg('filter', () => TradeFigureFilter, { nullable: true, description: 'Narrows the figures; all of them when null.' })
      filter: TradeFigureFilter | null,
      @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
      @Ctx() ctx: Context,
    ): Promise<FigureRecord[]> {
      return loadFigureList(ctx, subject.id, filter, first);
    }
  }
  return FigureListResolver;
}

export const FIGURE_LIST_RESOLVERS = [
  figureListResolver(Country, "this country's flows (for SALES, its brands' sales)"),
  figureListResolver(Automaker, "this automaker's own flows"),
  figureListResolver(Brand, "this brand's own flows"),
  figureListResolver(Factory, "this factory's output or shipments"),
  figureListResolver(Market, "this market's own flows (a bloc's imports, a region's production)"),
] as const;
