/** Factory.claims and the fields of FactoryClaim. */

import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Factory, type FactoryRecord } from '../factory';
import { Source, loadSources, type SourceRecord } from '../source';
import { FactoryClaim, FactoryClaimKind, type FactoryClaimRecord } from './claim.type';

@Resolver(() => Factory)
export class FactoryClaimsResolver {
  @FieldResolver(() => [FactoryClaim], {
    description:
      'What sources claim about its investment and capacity, each claim with its own source, side by side (INVESTMENT first, then CAPACITY; oldest first).',
  })
  async claims(
    @Root() factory: FactoryRecord,
    @Arg('kind', () => FactoryClaimKind, { nullable: true, description: 'Only claims of this kind, e.g. INVESTMENT.' })
    kind: FactoryClaimKind | null,
    @Ctx() ctx: Context,
  ): Promise<FactoryClaimRecord[]> {
    const claims = await ctx.loaders.claimsByFactory.load(factory.id);
    return kind === null || kind === undefined ? claims : claims.filter((c) => c.kind === kind);
  }
}

@Resolver(() => FactoryClaim)
export class FactoryClaimResolver {
  @FieldResolver(() => Factory, { description: 'The factory the claim is about.' })
  async factory(@Root() claim: FactoryClaimRecord, @Ctx() ctx: Context): Promise<FactoryRecord> {
    return (await ctx.loaders.factoryById.load(claim.factoryId!))!;
  }

  @FieldResolver(() => [Source], { description: 'The source that makes the claim.' })
  sources(@Root() claim: FactoryClaimRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, claim.sources);
  }
}
