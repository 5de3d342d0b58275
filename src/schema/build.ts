/** Builds the executable GraphQL schema from the type-graphql resolvers of every domain. */

import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AutomakerResolver } from '../automaker';
import { CountryResolver } from '../country';
import { FactoryResolver } from '../factory';
import { FigureResolver } from '../figure';
import { GraphEdgeResolver, GraphResolver, NeighborhoodResolver, PathResolver, PathStepResolver } from '../graph';
import { MarketLinkResolver, MarketResolver } from '../market';
import { OrganizationResolver } from '../organization';
import { Automaker } from '../automaker/automaker.type';
import { Country } from '../country/country.type';
import { Factory } from '../factory/factory.type';
import { TradeFigure } from '../figure/figure.type';
import { Market } from '../market/market.type';
import { Organization } from '../organization/organization.type';
import { Source } from '../source/source.type';

export const RESOLVERS = [
  AutomakerResolver,
  CountryResolver,
  FactoryResolver,
  FigureResolver,
  GraphEdgeResolver,
  GraphResolver,
  MarketLinkResolver,
  MarketResolver,
  NeighborhoodResolver,
  OrganizationResolver,
  PathResolver,
  PathStepResolver,
] as const;

let cached: GraphQLSchema | undefined;

/**
 * The schema, sorted so that the emitted SDL is stable. Built once per process: type-graphql's
 * metadata is global, and the schema holds no per-request state.
 */
export function buildAutographSchema(): GraphQLSchema {
  if (cached !== undefined) return cached;
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    // Every entity type, so that Node and Exporter know all their members even if no field returns them directly.
    orphanedTypes: [Automaker, Country, Factory, Market, Organization, Source, TradeFigure],
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description =
    'Questions about the car-trade graph: entities by id, lists, search, paths and rankings.';
  schema.getMutationType()!.description =
    'Changes to the graph. Every mutation needs the header Authorization: Bearer <API_TOKEN>.';
  cached = lexicographicSortSchema(schema);
  return cached;
}
