/**
 * The questions researchers ask (issue "the world's car trade"), each one example operation of
 * schema/operations run as the IDE runs it (its example variables) on the seeded graph: every answer
 * has substance, and every fact in it comes with its source.
 */

import {
  ChineseBrandsInMarketDocument,
  ExitsAndPlantsDocument,
  ExporterRankingsDocument,
  FactoriesAbroadDocument,
  MarketEntryOrderDocument,
  OwnStoresInMarketDocument,
  ProductionSalesExportsDocument,
  SellersFromCountryDocument,
  TopExportDestinationsDocument,
  TradeBlocMembersDocument,
} from '../../schema/generated/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { EXAMPLE_VARIABLES } from '../../web/src/example-variables';
import { startTestServer, type TestServer } from '../support/test-server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

/**
 * Runs an example operation with the IDE's example variables; fails on any GraphQL error. The answer
 * is read loosely (any): the assertions below say what it must hold.
 */
async function ask(document: TypedDocumentNode<any, any>, name: string): Promise<any> {
  const res = await t.run(document, EXAMPLE_VARIABLES[name]!);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

/** Every source has a publisher and either a url or a publication date: evidence a reader can find. */
function expectFindable(sources: readonly { publisher: string; url?: string | null; published?: string | null }[]): void {
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources) {
    expect(s.publisher.length).toBeGreaterThan(0);
    expect(s.url !== null || s.published !== null).toBe(true);
  }
}

/** Names of the sellers of a list of links. */
const sellerNames = (links: readonly { seller: { __typename?: string; name?: string } }[]): string[] => links.map((l) => l.seller.name ?? '');

/** Ids of the sellers of a list of links (names change with the sources; ids do not). */
const sellerIds = (links: readonly { seller: { id?: string } }[]): string[] => links.map((l) => l.seller.id ?? '');

it('Which Chinese brands sell in Brazil, since when, through whom? BYD, Chery and GWM, in order of entry, each sourced', async () => {
  const data = await ask(ChineseBrandsInMarketDocument, 'ChineseBrandsInMarket');
  const links = data.country.sellers;
  expect(sellerNames(links)).toEqual(expect.arrayContaining(['BYD', 'Chery Automobile']));
  expect(links.some((l: any) => l.seller.__typename === 'Brand')).toBe(true);
  const dated = links.filter((l: any) => l.since !== null).map((l: any) => l.since);
  expect(dated).toEqual([...dated].sort());
  expect(links.some((l: any) => l.partner !== null)).toBe(true);
  for (const link of links) expectFindable(link.sources);
});

it('In which order did Nio enter markets outside China? Norway first, none of them China, in order of entry', async () => {
  const data = await ask(MarketEntryOrderDocument, 'MarketEntryOrder');
  const links = data.automaker.markets;
  expect(links[0].market.name).toBe('Norway');
  expect(links.map((l: any) => l.market.id)).not.toContain('market:china');
  const dated = links.filter((l: any) => l.since !== null).map((l: any) => l.since);
  expect(dated).toEqual([...dated].sort());
  // Links with no known start come after every dated one.
  const firstUndated = links.findIndex((l: any) => l.since === null);
  if (firstUndated >= 0) expect(links.slice(firstUndated).every((l: any) => l.since === null)).toBe(true);
  for (const link of links) expectFindable(link.sources);
});

it("China's top export destinations in 2023 and 2024 come per reporter and period, largest first, never mixed", async () => {
  const data = await ask(TopExportDestinationsDocument, 'TopExportDestinations');
  for (const year of ['in2023', 'in2024'] as const) {
    const rankings = data.country[year];
    expect(rankings.length).toBeGreaterThan(0);
    const keys = rankings.map((r: any) => [r.reportedBy?.shortName ?? null, r.periodStart, r.periodEnd, r.metric, r.vehicleClass, r.countedBy].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const ranking of rankings) {
      const values = ranking.ranks.map((r: any) => r.figure.value);
      expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
      expect(ranking.ranks.map((r: any) => r.rank)).toEqual(ranking.ranks.map((_: unknown, i: number) => i + 1));
      expect(ranking.periodStart.slice(0, 4)).toBe(year.slice(2));
      for (const rank of ranking.ranks) expectFindable([rank.figure.source]);
    }
  }
  // China Customs ranks several destinations for January–August 2024, Russia first.
  const customs = data.country.in2024.find((r: any) => r.reportedBy?.shortName === 'GACC' && r.metric === 'UNITS' && r.destinations > 5);
  expect(customs.ranks[0].market.name).toBe('Russia');
});

it("Japan's production, sales and exports side by side: OICA's years from 2006, never the corrupt 2023 production", async () => {
  const data = await ask(ProductionSalesExportsDocument, 'ProductionSalesExports');
  const { production, sales, exports } = data.country;
  expect(production[0].year).toBe(2006);
  expect(sales[0].year).toBe(2006);
  expect(exports.length).toBeGreaterThan(3);
  expect(production.find((p: any) => p.year === 2023)).toBeUndefined();
  for (let i = 1; i < production.length; i += 1) expect(production[i].value).toBeGreaterThan(production[i - 1].value / 100);
  for (const point of [...production, ...sales, ...exports]) expectFindable([point.figure.source]);
  expect(production.filter((p: any) => p.year <= 2022).every((p: any) => p.figure.reportedBy.shortName === 'OICA')).toBe(true);
});

it('Which automakers sell in Norway through their own stores? Every link has OWN_STORES, Nio among them', async () => {
  const data = await ask(OwnStoresInMarketDocument, 'OwnStoresInMarket');
  const links = data.country.sellers;
  expect(sellerNames(links)).toContain('NIO');
  for (const link of links) {
    expect(link.channels).toContain('OWN_STORES');
    expectFindable(link.sources);
  }
});

it('Which countries are in the EU market, and on whose word? The 27 members, each on the Factbook', async () => {
  const data = await ask(TradeBlocMembersDocument, 'TradeBlocMembers');
  expect(data.market.kind).toBe('TRADE_BLOC');
  const codes = data.market.members.map((m: any) => m.country.code);
  expect(codes).toHaveLength(27);
  expect(codes).toEqual(expect.arrayContaining(['DE', 'FR', 'HU', 'IE', 'CY']));
  expect(codes).not.toContain('GB');
  for (const member of data.market.members) {
    expect(member.sources.map((s: any) => s.publisher)).toContain('Central Intelligence Agency (The World Factbook)');
  }
});

it('Which factories outside China do Chinese automakers run or plan? None in China, counted by status', async () => {
  const data = await ask(FactoriesAbroadDocument, 'FactoriesAbroad');
  const factories = data.factories.edges.map((e: any) => e.node);
  expect(factories.length).toBeGreaterThan(20);
  expect(factories.some((f: any) => f.country.name === 'China')).toBe(false);
  expect(factories.map((f: any) => f.name).join(' ')).toMatch(/Szeged/);
  const byStatus = Object.fromEntries(data.factoryStats.map((g: any) => [g.status, g.count]));
  expect(byStatus['OPERATING']).toBeGreaterThan(0);
  expect(byStatus['ANNOUNCED']).toBeGreaterThan(0);
  expect(data.factoryStats.reduce((n: number, g: any) => n + g.count, 0)).toBe(data.factories.totalCount);
  for (const factory of factories) expectFindable(factory.sources);
});

it('When did China overtake Japan? Behind Japan in 2022, ahead in 2023, by the makers’ counts of all vehicles', async () => {
  const data = await ask(ExporterRankingsDocument, 'ExporterRankings');
  const rankOf = (year: number, code: string): number | undefined =>
    data.exporterRankings
      .find((r: any) => r.year === year && r.vehicleClass === 'ALL_VEHICLES' && r.countedBy === 'MANUFACTURERS')
      ?.ranks.find((x: any) => x.exporter.code === code)?.rank;
  expect(rankOf(2022, 'JP')).toBeLessThan(rankOf(2022, 'CN')!);
  expect(rankOf(2023, 'CN')).toBeLessThan(rankOf(2023, 'JP')!);
  expect(rankOf(2024, 'CN')).toBe(1);
  const years = new Set(data.exporterRankings.map((r: any) => r.year));
  expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  for (const ranking of data.exporterRankings) for (const rank of ranking.ranks) expectFindable([rank.figure.source]);
});

it('Which Chinese automakers sell in or export to Russia? Several, each from China, each sourced', async () => {
  const data = await ask(SellersFromCountryDocument, 'SellersFromCountry');
  const links = data.country.sellers;
  expect(new Set(sellerNames(links)).size).toBeGreaterThanOrEqual(5);
  // Chery sells under its own name; Great Wall through its brand Haval.
  expect(sellerIds(links)).toEqual(expect.arrayContaining(['automaker:chery', 'brand:haval']));
  for (const link of links) expectFindable(link.sources);
});

it("Who left Russia in 2022–2023, who took over each plant, and what is built there now? Renault out, Moskvich in", async () => {
  const data = await ask(ExitsAndPlantsDocument, 'ExitsAndPlants');
  const exits = data.country.exits;
  expect(sellerIds(exits)).toEqual(expect.arrayContaining(['automaker:renault', 'automaker:vw', 'automaker:nissan']));
  for (const exit of exits) {
    expect(exit.until >= '2022-01-01' && exit.until <= '2023-12-31').toBe(true);
    expectFindable(exit.sources);
  }
  const plants = data.country.factories;
  const moscow = plants.find((f: any) => f.id === 'factory:renault-moscow');
  expect(moscow.automaker.name).toMatch(/Moskvich/);
  expect(moscow.formerOperators.map((o: any) => o.automaker.name)).toContainEqual(expect.stringMatching(/^Renault/));
  const kaluga = plants.find((f: any) => f.id === 'factory:volkswagen-kaluga');
  expect(kaluga.formerOperators.map((o: any) => o.automaker.name)).toContainEqual(expect.stringMatching(/^Volkswagen/));
  for (const plant of plants) for (const former of plant.formerOperators) expectFindable(former.sources);
});
