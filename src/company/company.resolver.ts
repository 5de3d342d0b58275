/** Automaker.companyLinks and the fields of CompanyLink. */

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Automaker, type AutomakerRecord } from '../automaker';
import type { Context } from '../context';
import { Source, loadSources, type SourceRecord } from '../source';
import { CompanyLink, type CompanyLinkRecord } from './company-link.type';

@Resolver(() => Automaker)
export class AutomakerCompanyLinksResolver {
  @FieldResolver(() => [CompanyLink], {
    description: 'Its ties to other automakers in both directions (stakes, ownership, joint ventures, contract manufacturing), by kind.',
  })
  companyLinks(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): Promise<CompanyLinkRecord[]> {
    return ctx.loaders.companyLinksByAutomaker.load(automaker.id);
  }
}

@Resolver(() => CompanyLink)
export class CompanyLinkResolver {
  @FieldResolver(() => Automaker, { description: 'The other automaker.' })
  async automaker(@Root() link: CompanyLinkRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(link.otherId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this tie.' })
  sources(@Root() link: CompanyLinkRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, link.sources);
  }
}
