/** Variables that make each example operation (schema/operations) answer something when run as is. */
export const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  AutomakerExports: { id: 'automaker:byd' },
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
