/** AutomakerLink: a relationship to an automaker (a factory's operator) with its evidence. */

import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import type { Context } from '../context';
import { Source, loadSources, type SourceRecord } from '../source';
import { Automaker, type AutomakerRecord } from './automaker.type';

/** A link as the resolvers hand it on: the automaker's id and the ids of the sources that state it. */
export interface AutomakerLinkRecord {
  automakerId: string;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('AutomakerLink', {
  description: "A relationship to an automaker (a factory's operator), with the sources that state it.",
})
export class AutomakerLink {
  @Field(() => Automaker, { description: 'The automaker at the other end of the relationship.' })
  automaker!: AutomakerRecord;

  @Field(() => [Source], { description: 'Sources that state this relationship.' })
  sources!: SourceRecord[];
}

@Resolver(() => AutomakerLink)
export class AutomakerLinkResolver {
  @FieldResolver(() => Automaker, { description: 'The automaker at the other end of the relationship.' })
  async automaker(@Root() link: AutomakerLinkRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(link.automakerId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this relationship.' })
  sources(@Root() link: AutomakerLinkRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, link.sources);
  }
}
