/**
 * Provenance on every fact: the relationship-shaped fields that carry their own evidence
 * (headquarters, location, operator, region membership, a body's base), the facts a source states,
 * and the facts that state no source.
 */

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AutomakerLink, type AutomakerLinkRecord } from '../automaker/automaker-link.type';
import { Automaker, type AutomakerRecord } from '../automaker';
import { decodeCursor, encodeCursor, getValidPageSize } from '../common/pagination';
import type { Context } from '../context';
import { CountryLink, type CountryLinkRecord } from '../country/country-link.type';
import { Factory, type FactoryRecord } from '../factory';
import { Market, type MarketRecord } from '../market';
import { Organization, type OrganizationRecord } from '../organization';
import { Source, loadSources, type SourceRecord } from '../source';
import { loadNode } from '../graph';
import { Node } from '../common/node.interface';
import { Fact, FactConnection, type FactRecord } from './fact.type';
import type { FactsPage } from './provenance.loaders';
import { UNSOURCED_FACTS } from './provenance.repository';

const FIRST_DESCRIPTION = 'Page size, 1 to 100 (default 20).';
const AFTER_DESCRIPTION = 'Cursor of the item to start after (pageInfo.endCursor of the previous page).';

/** Turns a page read with one extra row into a connection. */
function toConnection({ totalCount, page }: FactsPage, limit: number): FactConnection {
  const nodes = page.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

@Resolver(() => Automaker)
export class AutomakerEvidenceResolver {
  @FieldResolver(() => CountryLink, { description: 'Where it is headquartered, with the sources that say so.' })
  headquarters(@Root() automaker: AutomakerRecord): CountryLinkRecord {
    return { countryId: automaker.countryId!, sources: automaker.headquartersSources };
  }
}

@Resolver(() => Factory)
export class FactoryEvidenceResolver {
  @FieldResolver(() => CountryLink, { description: 'The country it stands in, with the sources that say so.' })
  location(@Root() factory: FactoryRecord): CountryLinkRecord {
    return { countryId: factory.countryId!, sources: factory.locationSources };
  }

  @FieldResolver(() => AutomakerLink, { description: 'The automaker that operates it, with the sources that say so.' })
  operator(@Root() factory: FactoryRecord): AutomakerLinkRecord {
    return { automakerId: factory.automakerId!, sources: factory.operatorSources };
  }
}

@Resolver(() => Market)
export class MarketEvidenceResolver {
  @FieldResolver(() => [CountryLink], {
    description: 'The countries this market covers, each with the sources that state its membership.',
  })
  members(@Root() market: MarketRecord, @Ctx() ctx: Context): Promise<CountryLinkRecord[]> {
    return ctx.loaders.membershipsByMarket.load(market.id);
  }
}

@Resolver(() => Organization)
export class OrganizationEvidenceResolver {
  @FieldResolver(() => CountryLink, {
    nullable: true,
    description: 'Where the body is based, with the sources that say so; null when not known.',
  })
  basedIn(@Root() org: OrganizationRecord): CountryLinkRecord | null {
    return org.countryId === null ? null : { countryId: org.countryId, sources: org.baseSources };
  }
}

@Resolver(() => Source)
export class SourceFactsResolver {
  @FieldResolver(() => FactConnection, {
    description: 'The facts this source states (entities, relationships and figures), a page at a time, ordered by fact id.',
  })
  async facts(
    @Root() source: SourceRecord,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<FactConnection> {
    const limit = getValidPageSize(first);
    const start = after === null || after === undefined ? null : decodeCursor(after);
    return toConnection(await ctx.loaders.factsBySource.load({ sourceId: source.id, limit, after: start }), limit);
  }
}

@Resolver(() => Fact)
export class FactResolver {
  @Query(() => FactConnection, {
    description:
      'Facts that name no source: entities, relationships and figures with no evidence. Every seeded fact has a source, so this is empty until something is added without one (e.g. by upsertAutomaker).',
  })
  async unsourcedFacts(
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<FactConnection> {
    const limit = getValidPageSize(first);
    const start = after === null || after === undefined ? null : decodeCursor(after);
    const [row] = await ctx.executor.read<FactsPage>(UNSOURCED_FACTS, { limit, after: start });
    return toConnection(row ?? { totalCount: 0, page: [] }, limit);
  }

  @FieldResolver(() => Node, { description: 'The entity or figure; for a relationship, the entity it starts from.' })
  async subject(@Root() fact: FactRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, fact.subjectId))!;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'For a relationship, the entity it points to; null otherwise.' })
  object(@Root() fact: FactRecord, @Ctx() ctx: Context): Promise<{ id: string } | null> | null {
    return fact.objectId === null ? null : loadNode(ctx, fact.objectId);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state the fact (empty for an unsourced fact).' })
  sources(@Root() fact: FactRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, fact.sources);
  }
}
