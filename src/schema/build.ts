/** Builds the executable GraphQL schema from the type-graphql resolvers of every domain. */

import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { DatasetResolver } from '../dataset';
import { Brand } from '../brand/brand.type';
import { BrandResolver } from '../brand/brand.resolver';
import { FIGURE_LIST_RESOLVERS } from '../figure/figure-list.resolver';
import {
  AutomakerDestinationsResolver,
  CountryDestinationsResolver,
  CountryRankingsResolver,
  DestinationRankingResolver,
  ExporterRankingsResolver,
  MarketRankingsResolver,
  SubjectRankResolver,
} from '../figure/ranking.resolver';
import { FactoryMarketLinksResolver } from '../market/market-link.resolver';
import { FormerOperatorResolver } from '../factory/factory.resolver';
import { FactoryClaimResolver, FactoryClaimsResolver } from '../claim';
import { FactoryClaim } from '../claim/claim.type';
import { AutomakerCompanyLinksResolver, CompanyLinkResolver } from '../company';
import { AutomakerLinkResolver, AutomakerResolver } from '../automaker';
import { ContributeResolver } from '../contribute/contribute.resolver';
import { CountryConnectionResolver, CountryLinkResolver, CountryResolver } from '../country';
import { FactoryConnectionResolver, FactoryResolver } from '../factory';
import { FigureResolver, TradeFigureConnectionResolver } from '../figure';
import { GraphEdgeResolver, GraphResolver, NeighborhoodResolver, PathResolver, PathStepResolver } from '../graph';
import { MarketConnectionResolver, MarketLinkResolver, MarketResolver } from '../market';
import { OrganizationConnectionResolver, OrganizationResolver, StatisticsCoverageResolver } from '../organization';
import {
  AutomakerMeasuresResolver,
  CountryMeasuresResolver,
  FactoryMeasuresResolver,
  MarketMeasuresResolver,
  MeasureLinkResolver,
  TradeMeasureResolver,
} from '../measure';
import { TradeMeasure } from '../measure/measure.type';
import {
  AutomakerEvidenceResolver,
  FactoryEvidenceResolver,
  FactResolver,
  MarketEvidenceResolver,
  OrganizationEvidenceResolver,
  SourceFactsResolver,
} from '../provenance';
import { SourceConnectionResolver } from '../source';
import {
  AutomakerStatsResolver,
  BrandStatsResolver,
  CountryStatsResolver,
  ExporterShareResolver,
  FactoryStatsResolver,
  MarketStatsResolver,
} from '../stats';
import { Automaker } from '../automaker/automaker.type';
import { Country } from '../country/country.type';
import { Factory } from '../factory/factory.type';
import { TradeFigure } from '../figure/figure.type';
import { Market } from '../market/market.type';
import { Organization } from '../organization/organization.type';
import { Source } from '../source/source.type';
import { FactoryTimeResolver, TimelineResolver } from '../timeline';

export const RESOLVERS = [
  AutomakerCompanyLinksResolver,
  AutomakerEvidenceResolver,
  BrandResolver,
  FactoryMarketLinksResolver,
  AutomakerDestinationsResolver,
  CountryDestinationsResolver,
  DestinationRankingResolver,
  ExporterRankingsResolver,
  CountryRankingsResolver,
  MarketRankingsResolver,
  SubjectRankResolver,
  ...FIGURE_LIST_RESOLVERS,
  AutomakerMeasuresResolver,
  CompanyLinkResolver,
  CountryMeasuresResolver,
  FactoryClaimResolver,
  FactoryClaimsResolver,
  FactoryMeasuresResolver,
  MarketMeasuresResolver,
  MeasureLinkResolver,
  StatisticsCoverageResolver,
  TradeMeasureResolver,
  AutomakerLinkResolver,
  AutomakerResolver,
  ContributeResolver,
  CountryConnectionResolver,
  CountryLinkResolver,
  CountryResolver,
  DatasetResolver,
  FactResolver,
  FactoryConnectionResolver,
  FactoryEvidenceResolver,
  FactoryTimeResolver,
  FactoryResolver,
  FormerOperatorResolver,
  FigureResolver,
  GraphEdgeResolver,
  GraphResolver,
  MarketConnectionResolver,
  MarketLinkResolver,
  MarketEvidenceResolver,
  MarketResolver,
  OrganizationConnectionResolver,
  OrganizationEvidenceResolver,
  NeighborhoodResolver,
  OrganizationResolver,
  PathResolver,
  PathStepResolver,
  SourceConnectionResolver,
  SourceFactsResolver,
  TimelineResolver,
  TradeFigureConnectionResolver,
  // Aggregations (src/stats): fields on Country, Automaker and Market in resolvers of their own.
  AutomakerStatsResolver,
  BrandStatsResolver,
  CountryStatsResolver,
  ExporterShareResolver,
  FactoryStatsResolver,
  MarketStatsResolver,
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
    orphanedTypes: [Automaker, Brand, Country, Factory, FactoryClaim, Market, Organization, Source, TradeFigure, TradeMeasure],
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
