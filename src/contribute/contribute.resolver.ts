/** Mutation.addFigure, Mutation.upsertMarketLink and Mutation.upsertFactory: sourced facts contributed through the API. */

import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireApiToken } from '../auth';
import type { Context } from '../context';
import { Factory, type FactoryRecord } from '../factory';
import { TradeFigure, type FigureRecord } from '../figure';
import { MarketLink, type MarketLinkRecord } from '../market';
import { FactoryInput, FigureInput, MarketLinkInput } from './contribute.input';
import { addFigure, upsertFactory, upsertMarketLink } from './contribute.service';

const RULES =
  'Needs Authorization: Bearer <API_TOKEN>. The source (url, publisher, publication date) is required. Every problem of ' +
  'the input is reported (BAD_USER_INPUT, one error each, `extensions.argument` naming the input path) and then nothing ' +
  'changes; otherwise the source, the fact and the dataset revision are written in one transaction, and the stored fact is returned.';

@Resolver()
export class ContributeResolver {
  @Mutation(() => TradeFigure, {
    description: `Add a trade figure with its source. A figure the graph already holds (the same id) is refused: figures are never overwritten. ${RULES}`,
  })
  async addFigure(
    @Arg('input', () => FigureInput, { description: 'The figure and its source.' }) input: FigureInput,
    @Ctx() ctx: Context,
  ): Promise<FigureRecord> {
    requireApiToken(ctx);
    const figure = await addFigure(ctx.executor, input);
    ctx.loaders.figureById.clear(figure.id).prime(figure.id, figure);
    ctx.loaders.sourceById.clear(figure.sourceId);
    return figure;
  }

  @Mutation(() => MarketLink, {
    description: `Create a company–market link with its source, or add a source (and the fields given) to the existing link of the same seller, kind and market. ${RULES}`,
  })
  upsertMarketLink(
    @Arg('input', () => MarketLinkInput, { description: 'The link and its source.' }) input: MarketLinkInput,
    @Ctx() ctx: Context,
  ): Promise<MarketLinkRecord> {
    requireApiToken(ctx);
    return upsertMarketLink(ctx.executor, input);
  }

  @Mutation(() => Factory, {
    description: `Create a factory with its source, or update one (the fields given; the source added). A new operator leaves the old one as a former operator (OPERATED). ${RULES}`,
  })
  async upsertFactory(
    @Arg('input', () => FactoryInput, { description: 'The factory and its source.' }) input: FactoryInput,
    @Ctx() ctx: Context,
  ): Promise<FactoryRecord> {
    requireApiToken(ctx);
    const factory = await upsertFactory(ctx.executor, input);
    ctx.loaders.factoryById.clear(factory.id).prime(factory.id, factory);
    return factory;
  }
}
