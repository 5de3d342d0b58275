/** Variables that make each example operation (schema/operations) answer something when run as is. */
export const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  AutomakerExports: { id: 'automaker:byd' },
  AutomakerExportSeries: { id: 'automaker:byd' },
  AutomakerMarketsAsOf: { id: 'automaker:byd', asOf: '2024-06-01' },
  AutomakerTradeMeasures: { id: 'automaker:byd' },
  AutomakersFiltered: { first: 10, filter: { countries: ['country:CN'] } },
  CompanyLinks: { id: 'automaker:geely' },
  CountriesPage: { first: 10 },
  CountryExportSeries: { id: 'country:CN' },
  CountryLists: { first: 5, listFirst: 3 },
  ExportLeadEvidence: { year: 2023 },
  FactoriesInCountryWithEvidence: { country: 'country:HU' },
  FactoriesPage: { first: 10 },
  FactoryClaims: { id: 'factory:byd-szeged' },
  FactoryStats: { groupBy: ['COUNTRY', 'STATUS'] },
  FactoryStatusAsOf: { id: 'factory:byd-szeged', date: '2024-06-01' },
  FigureCompetition: { id: 'figure:cn-world-2023-units-caam' },
  MarketExporterShares: { id: 'market:russia', year: 2024 },
  MarketImportSeries: { id: 'market:russia' },
  MarketsPage: { first: 10 },
  OrganizationsPage: { first: 10 },
  RankingAsOf: { year: 2023, asOf: '2024-01-05' },
  SourceFacts: { id: 'source:cnn-2024-china-top-car-exporter', first: 10 },
  SourcesPage: { first: 10 },
  StatisticsPublisher: { id: 'org:jama' },
  Timeline: { id: 'automaker:byd' },
  TradeFiguresPage: { first: 10 },
  TradeMeasure: { id: 'measure:eu-definitive-cvd-2024' },
  UnsourcedFacts: { first: 10 },
  AutomakerMarkets: { id: 'automaker:byd' },
  AutomakersPage: { first: 5 },
  CountryExports: { id: 'country:CN', filter: { year: 2023 } },
  CountryFactories: { id: 'country:HU' },
  DeleteEntity: { id: 'factory:byd-komarom' },
  ExporterRanking: { year: 2023 },
  MarketDetail: { id: 'market:europe' },
  NodeById: { id: 'country:CN' },
  PathBetween: { from: 'automaker:tesla', to: 'country:CN', maxHops: 4 },
  Search: { text: 'BYD', first: 5 },
  UpsertAutomaker: { input: { id: 'automaker:example', name: 'Example Motors', countryId: 'country:DE' } },
};

/** The variables of an example as pretty JSON ("" when it needs none). */
export function exampleVariablesJson(name: string): string {
  const variables = EXAMPLE_VARIABLES[name];
  return variables === undefined ? '' : JSON.stringify(variables, null, 2);
}
