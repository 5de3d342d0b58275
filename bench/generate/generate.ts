/**
 * The synthetic car-trade graph of a scale, as seed records: pure, deterministic ((scale, seed, base)
 * → the same records on every run), no I/O. Records have exactly the shapes of the seed files (the
 * seed validator accepts them) and are generated around the real entities of the seeds (`base`):
 * synthetic automakers are headquartered in real countries too, sell in real markets, and synthetic
 * figures name real exporters and destinations, so questions about country:CN or automaker:byd meet a
 * larger graph as the scale grows. Synthetic records never change a real entity: every node they write
 * has a `syn-` id (countries: a code ISO has not assigned), and every relationship record has a
 * synthetic end.
 *
 * Sizes per scale N ≥ 1: countries topped up to 300, 30·N automakers, 300·N factories, a few dozen
 * markets and organizations, market links several per automaker, sources about 2.5 per hundred facts,
 * and trade figures filling the rest, so that the synthetic relationships number about 10,000·N.
 * Small kinds are built at once (`planScale`); big ones stream (`generateKind`), each kind from its own
 * random stream.
 */

import type { SeedData, SeedRecord } from '../../src/seed';
import { SEED_KINDS } from '../../src/seed/seed.kinds';
import {
  AUTOMAKER_SUFFIXES,
  CITIES,
  FACTORY_SUFFIXES,
  PRODUCTS,
  slugify,
  styleOf,
  syntheticCountryCodes,
  word,
} from './names';
import { Random, WeightedIndex } from './random';

/** Bumped whenever the same (scale, seed) would produce different records. */
export const GENERATOR_VERSION = 1;

/** Prefix of the key of every synthetic id (`automaker:syn-…`). */
export const SYNTHETIC_PREFIX = 'syn-';

/** Publisher of every synthetic source. */
export const SYNTHETIC_PUBLISHER = 'Autograph synthetic data';

/** Base of the url of every synthetic source. */
export const SYNTHETIC_URL = 'https://synthetic.invalid/';

/** Countries in the graph (real and synthetic) once a scale ≥ 1 is loaded. */
export const TOTAL_COUNTRIES = 300;

/** Synthetic relationships per unit of scale. */
export const RELATIONSHIPS_PER_SCALE = 10_000;

const AUTOMAKERS_PER_SCALE = 30;
const FACTORIES_PER_SCALE = 300;
const CLAIMS_PER_SCALE = 90;
const MEASURES_PER_SCALE = 3;
const SYNTHETIC_MARKETS = { country: 22, region: 8 };
const SYNTHETIC_ORGANIZATIONS = 36;
/** Sources per fact: a few per hundred. */
const SOURCES_PER_FACT = 0.025;

// Probabilities that fix the expected relationships per record (used to size the figures).
const MARKET_LINKS = { min: 2, max: 8 };
const COMPANY_LINK_CHANCE = 0.5;
const MEASURE_LINKS = { min: 1, max: 7 };
const STATISTICS_LINKS = { min: 1, max: 3 };
const FIGURE = { countryExporter: 0.45, destination: 0.75, reporterOfCountry: 0.8, reporterOfAutomaker: 0.2 };
const EXPECTED_FIGURE_RELATIONSHIPS =
  2 + FIGURE.destination + FIGURE.countryExporter * FIGURE.reporterOfCountry + (1 - FIGURE.countryExporter) * FIGURE.reporterOfAutomaker;

/** The real entities synthetic records refer to (from the seeds). */
export interface BaseGraph {
  countries: { id: string; code: string; name: string }[];
  markets: { id: string; name: string }[];
  automakers: { id: string; name: string; countryId: string }[];
  organizations: { id: string }[];
}

/** The real entities of validated seed data. */
export function baseFromSeeds(data: SeedData): BaseGraph {
  const rows = (file: string): SeedRecord[] => data[file] ?? [];
  return {
    countries: rows('countries.json').map((r) => ({ id: String(r['id']), code: String(r['code']), name: String(r['name']) })),
    markets: rows('markets.json').map((r) => ({ id: String(r['id']), name: String(r['name']) })),
    automakers: rows('automakers.json').map((r) => ({ id: String(r['id']), name: String(r['name']), countryId: String(r['countryId']) })),
    organizations: rows('organizations.json').map((r) => ({ id: String(r['id']) })),
  };
}

/** A country as the generator uses it (real or synthetic). */
interface CountryInfo {
  id: string;
  code: string;
  name: string;
  synthetic: boolean;
  cities: readonly string[];
}

interface AutomakerInfo {
  id: string;
  name: string;
  /** Index into ScalePlan.countries. */
  country: number;
}

/** Everything small of a scale, built at once; the big kinds are generated from it by `generateKind`. */
export interface ScalePlan {
  scale: number;
  seed: number;
  /** Real countries, then synthetic ones. */
  countries: CountryInfo[];
  /** Real markets, then synthetic ones. */
  markets: { id: string; name: string }[];
  /** Real automakers, then synthetic ones. */
  automakers: AutomakerInfo[];
  /** Real organizations, then synthetic ones. */
  organizations: string[];
  /** Ids of the real entities the synthetic records refer to (they must be in the graph). */
  realIds: string[];
  /** The records of the small kinds, by kind name. */
  fixed: {
    countries: SeedRecord[];
    markets: SeedRecord[];
    marketCountries: SeedRecord[];
    organizations: SeedRecord[];
    automakers: SeedRecord[];
    tradeMeasures: SeedRecord[];
  };
  /** How many records of each count-planned kind (the link kinds are drawn per record: see `generateKind`). */
  counts: { sources: number; factories: number; figures: number; factoryClaims: number };
  /** Synthetic relationships the plan expects (the target it sized the figures for). */
  expectedRelationships: number;
}

const pad = (n: number, width = 6): string => String(n).padStart(width, '0');
const id = (kind: string, key: string): string => `${kind}:${SYNTHETIC_PREFIX}${key}`;
export const sourceId = (i: number): string => id('source', pad(i));
export const factoryId = (i: number): string => id('factory', pad(i));
export const figureId = (i: number): string => id('figure', pad(i, 7));
export const claimId = (i: number): string => id('claim', pad(i));

/** Weight of a country as a car exporter / maker (head of the power law); others share the tail. */
const EXPORT_WEIGHT: Readonly<Record<string, number>> = {
  CN: 30, JP: 22, DE: 18, KR: 12, US: 10, MX: 9, ES: 6, FR: 5, CZ: 4, SK: 4, GB: 4, TH: 4, IN: 4, BE: 3, IT: 3, TR: 3,
  HU: 2, BR: 2, SE: 2, PL: 2, CA: 2, RU: 1.5, MY: 1, ID: 1,
};
const HEADQUARTERS_WEIGHT: Readonly<Record<string, number>> = {
  CN: 40, JP: 12, DE: 10, US: 9, KR: 6, IN: 5, FR: 3, IT: 3, GB: 3, TR: 2, BR: 2, RU: 2, MY: 1.5, ID: 1.5, VN: 1.5, UZ: 1,
};

/**
 * Weight of each real country outside the head. Every ISO country is real since dataset 2.0.0 (250 of
 * them, against 56 before): the tail weights keep its total share near what it was, so the head
 * still dominates.
 */
const EXPORT_TAIL = 0.15;
const HEADQUARTERS_TAIL = 0.1;

/** A power law over countries: the head's weights, then `realRest` for other real countries and `syntheticRest` for synthetic ones. */
function countryWeights(countries: readonly CountryInfo[], head: Readonly<Record<string, number>>, realRest: number, syntheticRest: number): WeightedIndex {
  return new WeightedIndex(countries.map((c) => head[c.code] ?? (c.synthetic ? syntheticRest : realRest)));
}

/** A date between two years (inclusive) with a precision: YEAR and MONTH dates are the first day. */
function randomDate(random: Random, fromYear: number, toYear: number): { date: string; precision: 'DAY' | 'MONTH' | 'YEAR' } {
  const year = random.int(fromYear, toYear);
  const precision = random.weighted({ DAY: 3, MONTH: 4, YEAR: 3 });
  const month = precision === 'YEAR' ? 1 : random.int(1, 12);
  const day = precision === 'DAY' ? random.int(1, 28) : 1;
  return { date: `${year}-${pad(month, 2)}-${pad(day, 2)}`, precision };
}

/** A date field and its precision, or both null. */
function dateFields(name: string, value: { date: string; precision: string } | null): SeedRecord {
  return { [name]: value?.date ?? null, [`${name}Precision`]: value?.precision ?? null };
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Sources of one fact: usually one, sometimes two, drawn from a power law (some sources state many facts). */
function factSources(random: Random, sources: WeightedIndex): string[] {
  const first = sources.draw(random);
  if (sources.size > 1 && random.chance(0.15)) {
    const second = sources.draw(random);
    if (second !== first) return [sourceId(first), sourceId(second)];
  }
  return [sourceId(first)];
}

/** Real markets and automakers in the order of their weight in the power laws (the rest follow in seed order). */
const MARKET_RANK = ['market:europe', 'market:eu', 'market:russia', 'market:mexico', 'market:united-states', 'market:southeast-asia',
  'market:belgium', 'market:united-kingdom', 'market:saudi-arabia', 'market:australia', 'market:brazil', 'market:turkey'];
const AUTOMAKER_RANK = ['automaker:byd', 'automaker:toyota', 'automaker:vw', 'automaker:chery', 'automaker:saic', 'automaker:geely',
  'automaker:tesla', 'automaker:gwm'];

/** `items` with the ids of `rank` first, in that order; the others keep their order. */
function ranked<T extends { id: string }>(items: readonly T[], rank: readonly string[]): T[] {
  const position = (item: T): number => {
    const i = rank.indexOf(item.id);
    return i === -1 ? rank.length : i;
  };
  return items.map((item, index) => ({ item, index })).sort((a, b) => position(a.item) - position(b.item) || a.index - b.index).map((x) => x.item);
}

/** Builds the small kinds of a scale and sizes the big ones. */
export function planScale(scale: number, seed: number, base: BaseGraph): ScalePlan {
  if (!Number.isInteger(scale) || scale < 0) throw new Error(`scale must be an integer ≥ 0; got ${scale}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer; got ${seed}`);
  const random = new Random(seed, 'plan');
  const active = scale > 0;

  // Countries: the real ones (with real city names where known), then synthetic ones up to 300.
  const realCodes = new Set(base.countries.map((c) => c.code));
  const countries: CountryInfo[] = base.countries.map((c) => ({ ...c, synthetic: false, cities: CITIES[c.code] ?? townNames(random, 4) }));
  const codes = syntheticCountryCodes(realCodes).slice(0, active ? Math.max(0, TOTAL_COUNTRIES - base.countries.length) : 0);
  const usedNames = new Set(base.countries.map((c) => c.name));
  const countryRecords: SeedRecord[] = [];
  for (const code of codes) {
    let name: string;
    do name = countryName(random);
    while (usedNames.has(name));
    usedNames.add(name);
    countries.push({ id: `country:${code}`, code, name, synthetic: true, cities: townNames(random, random.int(3, 7)) });
  }

  // Sizes; sources are sized from the facts that will cite them.
  const automakerCount = active ? AUTOMAKERS_PER_SCALE * scale : 0;
  const factories = FACTORIES_PER_SCALE * scale;
  const factoryClaims = CLAIMS_PER_SCALE * scale;
  const measures = MEASURES_PER_SCALE * scale;
  const marketCount = active ? SYNTHETIC_MARKETS.country + SYNTHETIC_MARKETS.region : 0;
  const orgCount = active ? SYNTHETIC_ORGANIZATIONS : 0;
  const avg = (r: { min: number; max: number }): number => (r.min + r.max) / 2;
  const marketLinks = automakerCount * avg(MARKET_LINKS);
  const companyLinks = automakerCount * COMPANY_LINK_CHANCE;
  const measureLinks = measures * avg(MEASURE_LINKS);
  const statisticsLinks = orgCount * avg(STATISTICS_LINKS);
  const regionCountries = SYNTHETIC_MARKETS.region * 9.5;
  const otherRelationships =
    orgCount + statisticsLinks + (active ? SYNTHETIC_MARKETS.country + regionCountries : 0) + automakerCount + 2 * factories +
    factoryClaims + marketLinks + companyLinks + measures + measureLinks;
  const figures = active ? Math.max(0, Math.round((RELATIONSHIPS_PER_SCALE * scale - otherRelationships) / EXPECTED_FIGURE_RELATIONSHIPS)) : 0;
  const facts = codes.length + marketCount + orgCount + automakerCount + factories + factoryClaims + measures + figures +
    marketLinks + companyLinks + measureLinks + statisticsLinks;
  const sourceCount = active ? Math.max(10, Math.round(facts * SOURCES_PER_FACT)) : 0;
  const sources = WeightedIndex.zipf(Math.max(1, sourceCount), 0.7);

  for (const c of countries.slice(base.countries.length)) {
    countryRecords.push({
      id: c.id, code: c.code, name: c.name, alpha3: null, numericCode: null, region: null, subregion: null, intermediateRegion: null,
      sources: factSources(random, sources),
    });
  }

  // Markets: one per synthetic country for some, and regions mixing real and synthetic countries.
  const marketRecords: SeedRecord[] = [];
  const marketCountryRecords: SeedRecord[] = [];
  const addMarket = (marketId: string, name: string, kind: string, countryIds: string[]): void => {
    marketRecords.push({ id: marketId, name, kind, sources: factSources(random, sources) });
    for (const countryId of countryIds) marketCountryRecords.push({ marketId, countryId, sources: factSources(random, sources) });
  };
  const syntheticCountries = countries.slice(base.countries.length);
  for (let i = 0; i < (active ? SYNTHETIC_MARKETS.country : 0) && i < syntheticCountries.length; i += 1) {
    const c = syntheticCountries[i]!;
    addMarket(id('market', `${slugify(c.name)}-${i + 1}`), c.name, 'COUNTRY', [c.id]);
  }
  for (let i = 0; i < (active ? SYNTHETIC_MARKETS.region : 0); i += 1) {
    const name = `${word(random, 'generic')} ${random.pick(['Economic Area', 'Trade Bloc', 'Region', 'Customs Union'])}`;
    addMarket(id('market', `${slugify(name)}-${i + 1}`), name, 'REGION', random.sample(countries, random.int(4, 15)).map((c) => c.id).sort());
  }
  const markets = [...ranked(base.markets, MARKET_RANK), ...marketRecords.map((m) => ({ id: String(m['id']), name: String(m['name']) }))];

  // Organizations: associations, customs offices, statistics institutes and research firms.
  const exportWeights = countryWeights(countries, EXPORT_WEIGHT, EXPORT_TAIL, 0.3);
  const orgRecords: SeedRecord[] = [];
  for (let i = 0; i < orgCount; i += 1) {
    const country = countries[exportWeights.draw(random)]!;
    const type = random.weighted({ association: 4, customs: 2, institute: 2, research: 3 });
    const research = `${word(random, styleOf(country.code))} Auto Research`;
    const name =
      type === 'association' ? `${country.name} Automobile Manufacturers Association`
      : type === 'customs' ? `${country.name} Customs Administration`
      : type === 'institute' ? `${country.name} Statistics Institute`
      : research;
    const shortName = type === 'association' ? `${country.code}AMA` : type === 'research' ? research.split(' ')[0]! : null;
    orgRecords.push({
      id: id('org', `${slugify(name)}-${i + 1}`),
      name,
      shortName,
      countryId: random.chance(0.9) ? country.id : null,
      sources: factSources(random, sources),
    });
  }

  // Automakers: the real ones rank first; synthetic ones get a power-law headquarters country.
  const hqWeights = countryWeights(countries, HEADQUARTERS_WEIGHT, HEADQUARTERS_TAIL, 0.3);
  const countryIndex = new Map(countries.map((c, i) => [c.id, i]));
  const automakers: AutomakerInfo[] = ranked(base.automakers, AUTOMAKER_RANK).map((a) => ({ id: a.id, name: a.name, country: countryIndex.get(a.countryId) ?? 0 }));
  const automakerRecords: SeedRecord[] = [];
  for (let i = 0; i < automakerCount; i += 1) {
    const country = hqWeights.draw(random);
    const name = `${word(random, styleOf(countries[country]!.code))} ${random.pick(AUTOMAKER_SUFFIXES)}`;
    const info = { id: id('automaker', `${slugify(name)}-${i + 1}`), name, country };
    automakers.push(info);
    automakerRecords.push({ id: info.id, name, countryId: countries[country]!.id, sources: factSources(random, sources) });
  }

  // Trade measures (imposed by countries and markets, real or synthetic).
  const measureRecords: SeedRecord[] = [];
  for (let i = 0; i < measures; i += 1) {
    const byCountry = random.chance(0.6);
    const imposer = byCountry ? random.pick(countries) : random.pick(markets);
    const kind = random.weighted({ TARIFF: 35, COUNTERVAILING_DUTY: 15, INVESTIGATION: 15, TAX: 20, FEE: 15 });
    const vehicles = random.pick(['electric vehicles', 'passenger cars', 'vehicles', 'light vehicles', 'used vehicles']);
    const words = { TARIFF: 'tariff', COUNTERVAILING_DUTY: 'countervailing duty', INVESTIGATION: 'investigation', TAX: 'import tax', FEE: 'registration fee' }[kind];
    const start = random.int(2012, 2025);
    const announced = random.chance(0.7) ? randomDate(random, start, start) : null;
    const effective = announced === null || random.chance(0.7) ? randomDate(random, start + 1, start + 2) : null;
    const ends = random.chance(0.15) ? randomDate(random, start + 4, start + 8) : null;
    const hasRate = kind === 'INVESTIGATION' ? false : kind === 'FEE' ? random.chance(0.3) : random.chance(0.85);
    const ratePercent = hasRate ? Math.max(0.5, Math.round(random.next() * 1000) / 10) : null;
    measureRecords.push({
      id: id('measure', pad(i + 1)),
      name: `${imposer.name} ${words} on imported ${vehicles} (${start})`,
      kind,
      imposedById: imposer.id,
      ...dateFields('announced', announced),
      ...dateFields('effective', effective),
      ...dateFields('ends', ends),
      ratePercent,
      ratePercentIsMaximum: ratePercent !== null && random.chance(0.2),
      sources: factSources(random, sources),
    });
  }

  const realIds = [
    ...base.countries.map((c) => c.id),
    ...base.markets.map((m) => m.id),
    ...base.automakers.map((a) => a.id),
    ...base.organizations.map((o) => o.id),
  ];
  return {
    scale,
    seed,
    countries,
    markets,
    automakers,
    organizations: [...base.organizations.map((o) => o.id), ...orgRecords.map((o) => String(o['id']))],
    realIds: active ? realIds : [],
    fixed: {
      countries: countryRecords,
      markets: marketRecords,
      marketCountries: marketCountryRecords,
      organizations: orgRecords,
      automakers: automakerRecords,
      tradeMeasures: measureRecords,
    },
    counts: { sources: sourceCount, factories, figures, factoryClaims },
    expectedRelationships: Math.round(otherRelationships + figures * EXPECTED_FIGURE_RELATIONSHIPS),
  };
}

/** A made-up country name ("Velmora", "Republic of Kasun"). */
function countryName(random: Random): string {
  const stem = word(random, 'generic');
  const form = random.weighted({ plain: 6, republic: 2, islands: 1, united: 1 });
  return form === 'plain' ? stem : form === 'republic' ? `Republic of ${stem}` : form === 'islands' ? `${stem} Islands` : `United ${stem}`;
}

/** `count` distinct made-up town names. */
function townNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${word(random, 'generic')}${random.pick(['', '', 'ville', 'burg', 'port', ' City'])}`);
  return [...names];
}

/** Names of the kinds in the order they are written (SEED_KINDS' dependency order). */
export const KIND_NAMES: readonly string[] = SEED_KINDS.map((k) => k.name);

/**
 * The records of one kind, generated one by one (a big kind is never held in memory). Each kind draws
 * from its own random stream, so a kind's records do not depend on which other kinds were generated.
 */
export function* generateKind(plan: ScalePlan, kind: string): Generator<SeedRecord> {
  if (plan.scale === 0) return;
  const random = new Random(plan.seed, kind);
  const sources = WeightedIndex.zipf(plan.counts.sources, 0.7);
  const realAutomakers = plan.automakers.length - AUTOMAKERS_PER_SCALE * plan.scale;
  const syntheticAutomakers = plan.automakers.slice(realAutomakers);
  const allAutomakers = WeightedIndex.zipf(plan.automakers.length, 0.8);
  const allMarkets = WeightedIndex.zipf(plan.markets.length, 0.8);
  const exportWeights = countryWeights(plan.countries, EXPORT_WEIGHT, EXPORT_TAIL, 0.3);
  const evidence = (): string[] => factSources(random, sources);

  switch (kind) {
    case 'sources':
      for (let i = 0; i < plan.counts.sources; i += 1) {
        const type = random.weighted({ STATISTICS: 4, NEWS: 4, COMPANY: 2, GOVERNMENT: 2, ANALYSIS: 1 });
        const topic = {
          STATISTICS: 'vehicle export statistics',
          NEWS: 'car trade news digest',
          COMPANY: 'automaker annual report',
          GOVERNMENT: 'trade policy notice',
          ANALYSIS: 'automotive market analysis',
        }[type];
        const published = random.chance(0.9) ? randomDate(random, 2010, 2025) : null;
        yield {
          id: sourceId(i),
          publisher: SYNTHETIC_PUBLISHER,
          title: `Synthetic ${topic} no. ${i}`,
          url: `${SYNTHETIC_URL}sources/${i}`,
          ...dateFields('published', published),
          kind: type,
        };
      }
      return;
    case 'countries':
    case 'markets':
    case 'marketCountries':
    case 'organizations':
    case 'automakers':
    case 'tradeMeasures':
      yield* plan.fixed[kind];
      return;
    case 'factories': {
      // Mostly synthetic operators (a power law: a few run many plants), some real ones.
      const operators = WeightedIndex.zipf(syntheticAutomakers.length, 0.6);
      const realOperators = WeightedIndex.zipf(Math.max(1, realAutomakers), 0.8);
      for (let i = 0; i < plan.counts.factories; i += 1) {
        const maker = realAutomakers > 0 && random.chance(0.08) ? plan.automakers[realOperators.draw(random)]! : syntheticAutomakers[operators.draw(random)]!;
        const country = plan.countries[random.chance(0.65) ? maker.country : exportWeights.draw(random)]!;
        const city = random.pick(country.cities);
        yield {
          id: factoryId(i),
          name: `${maker.name} ${city} ${random.pick(FACTORY_SUFFIXES)}`,
          automakerId: maker.id,
          countryId: country.id,
          city: random.chance(0.95) ? city : null,
          ...factoryLife(random),
          capacityPerYear: random.chance(0.7) ? Math.max(1000, Math.round(random.logNormal(150_000, 0.6) / 1000) * 1000) : null,
          roles: random.chance(0.1) ? ['EXPORT_HUB'] : [],
          sources: evidence(),
        };
      }
      return;
    }
    case 'marketLinks':
      for (const maker of syntheticAutomakers) {
        const wanted = random.int(MARKET_LINKS.min, MARKET_LINKS.max);
        const chosen = new Set<number>();
        for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries += 1) chosen.add(allMarkets.draw(random));
        for (const m of chosen) {
          const since = random.chance(0.6) ? randomDate(random, 2000, 2022) : null;
          const until = since !== null && random.chance(0.05) ? randomDate(random, 2023, 2025) : null;
          yield {
            fromId: maker.id,
            kind: random.weighted({ SELLS_IN: 50, EXPORTS_TO: 35, TARGETS: 15 }),
            marketId: plan.markets[m]!.id,
            status: until === null ? 'ACTIVE' : 'WITHDRAWN',
            ...dateFields('since', since),
            ...dateFields('until', until),
            channels: [],
            partner: null,
            dealers: null,
            dealersAsOf: null,
            dealersAsOfPrecision: null,
            models: [],
            note: null,
            sources: evidence(),
          };
        }
      }
      return;
    case 'figures':
      for (let i = 0; i < plan.counts.figures; i += 1) yield figure(plan, random, i, exportWeights, allAutomakers, allMarkets, evidence);
      return;
    case 'measureLinks': {
      const syntheticMeasures = plan.fixed.tradeMeasures;
      for (const measure of syntheticMeasures) {
        const wanted = random.int(MEASURE_LINKS.min, MEASURE_LINKS.max);
        const seen = new Set<string>();
        for (let n = 0; n < wanted; n += 1) {
          const kind = random.weighted({ APPLIES_TO: 50, AFFECTS: 35, EXEMPTS: 15 });
          const targetId =
            kind === 'APPLIES_TO' ? (random.chance(0.7) ? plan.automakers[allAutomakers.draw(random)]!.id : plan.countries[exportWeights.draw(random)]!.id)
            : kind === 'AFFECTS' ? (random.chance(0.7) ? plan.markets[allMarkets.draw(random)]!.id : random.pick(plan.countries).id)
            : factoryId(random.int(0, plan.counts.factories - 1));
          if (seen.has(`${kind} ${targetId}`)) continue;
          seen.add(`${kind} ${targetId}`);
          yield {
            measureId: measure['id'],
            kind,
            targetId,
            ratePercent: kind === 'APPLIES_TO' && random.chance(0.5) ? Math.max(0.5, Math.round(random.next() * 1000) / 10) : null,
            sources: evidence(),
          };
        }
      }
      return;
    }
    case 'companyLinks':
      for (const maker of syntheticAutomakers) {
        if (!random.chance(COMPANY_LINK_CHANCE)) continue;
        const other = plan.automakers[allAutomakers.draw(random)]!;
        if (other.id === maker.id) continue;
        const kind = random.weighted({ OWNS_STAKE_IN: 40, OWNS: 15, JOINT_VENTURE_WITH: 35, CONTRACT_MANUFACTURES_FOR: 10 });
        const since = random.chance(0.7) ? randomDate(random, 1995, 2020) : null;
        const until = since !== null && random.chance(0.1) ? randomDate(random, 2021, 2025) : null;
        yield {
          fromId: maker.id,
          kind,
          toId: other.id,
          stakePercent: kind === 'OWNS_STAKE_IN' ? Math.max(0.1, Math.round(random.next() * 1000) / 10) : null,
          name: kind === 'JOINT_VENTURE_WITH' && random.chance(0.7) ? `${maker.name.split(' ')[0]} ${other.name.split(' ')[0]} Joint Venture` : null,
          ...dateFields('since', since),
          ...dateFields('until', until),
          sources: evidence(),
        };
      }
      return;
    case 'statisticsLinks':
      for (const org of plan.fixed.organizations) {
        const home = org['countryId'] === null ? [] : [String(org['countryId'])];
        const others = random.sample(plan.countries, STATISTICS_LINKS.max).map((c) => c.id);
        const countries = [...new Set([...home, ...others])].slice(0, random.int(STATISTICS_LINKS.min, STATISTICS_LINKS.max));
        for (const countryId of countries) {
          const series = ['PRODUCTION', 'SALES', 'DOMESTIC_SALES', 'RETAIL', 'WHOLESALE', 'EXPORTS', 'ORDERS'].filter(() => random.chance(0.4));
          yield {
            organizationId: org['id'],
            countryId,
            series: series.length > 0 ? series : ['EXPORTS'],
            vehicleClass: random.chance(0.3) ? null : random.pick(['ALL_VEHICLES', 'PASSENGER_CARS', 'NEW_ENERGY_VEHICLES']),
            sources: evidence(),
          };
        }
      }
      return;
    case 'factoryClaims':
      for (let i = 0; i < plan.counts.factoryClaims; i += 1) {
        const capacity = random.chance(0.4);
        const asOf = randomDate(random, 2015, 2025);
        yield {
          id: claimId(i),
          factoryId: factoryId(random.int(0, plan.counts.factories - 1)),
          kind: capacity ? 'CAPACITY' : 'INVESTMENT',
          value: capacity ? Math.max(1000, Math.round(random.logNormal(200_000, 0.6) / 1000) * 1000) : Math.round(random.logNormal(800, 1)) * 1_000_000,
          unit: capacity ? 'VEHICLES_PER_YEAR' : random.weighted({ USD: 5, EUR: 4, BRL: 1, HUF: 1, THB: 1 }),
          basis: random.weighted({ OFFICIAL: 5, ESTIMATE: 3, FORECAST: 1, TARGET: 2 }),
          asOf: asOf.date,
          asOfPrecision: asOf.precision,
          lowerBound: random.chance(0.1),
          sources: evidence(),
        };
      }
      return;
    case 'brands':
    case 'formerOperators':
      // Not generated: the scales grow the kinds the benchmark's workloads read.
      return;
    default:
      throw new Error(`Unknown kind ${kind}`);
  }
}

/** The dates of a factory consistent with its status (announced ≤ construction started ≤ opened ≤ closed). */
function factoryLife(random: Random): SeedRecord {
  const status = random.weighted({ OPERATING: 70, UNDER_CONSTRUCTION: 12, ANNOUNCED: 10, CLOSED: 8 });
  let announced = null;
  let started = null;
  let opened = null;
  let closed = null;
  if (status === 'OPERATING') {
    const year = random.int(1965, 2025);
    if (random.chance(0.3)) announced = randomDate(random, year - 4, year - 3);
    if (random.chance(0.2)) started = randomDate(random, year - 2, year - 1);
    opened = randomDate(random, year, year);
  } else if (status === 'UNDER_CONSTRUCTION') {
    if (random.chance(0.8)) announced = randomDate(random, 2021, 2022);
    started = randomDate(random, 2023, 2025);
  } else if (status === 'ANNOUNCED') {
    announced = randomDate(random, 2023, 2025);
  } else {
    const year = random.int(1960, 2010);
    opened = randomDate(random, year, year);
    closed = randomDate(random, year + 5, 2024);
  }
  return {
    status,
    products: random.sample(PRODUCTS, random.int(1, 3)),
    ...dateFields('announced', announced),
    ...dateFields('constructionStarted', started),
    ...dateFields('opened', opened),
    ...dateFields('closed', closed),
    ...dateFields('operatedSince', null),
  };
}

/** One trade figure: a country's or an automaker's exports (to a market or worldwide) in a year, quarter or month. */
function figure(
  plan: ScalePlan,
  random: Random,
  i: number,
  exportWeights: WeightedIndex,
  automakers: WeightedIndex,
  markets: WeightedIndex,
  evidence: () => string[],
): SeedRecord {
  const byCountry = random.chance(FIGURE.countryExporter);
  let exporterId: string;
  let size: number;
  if (byCountry) {
    const c = exportWeights.draw(random);
    exporterId = plan.countries[c]!.id;
    size = 80_000 * (EXPORT_WEIGHT[plan.countries[c]!.code] ?? 0.5);
  } else {
    const a = automakers.draw(random);
    exporterId = plan.automakers[a]!.id;
    size = 400_000 / Math.pow(a + 1, 0.6);
  }
  const basis = random.weighted({ OFFICIAL: 50, ESTIMATE: 35, FORECAST: 10, TARGET: 5 });
  const future = basis === 'FORECAST' || basis === 'TARGET';
  const year = future ? random.int(2025, 2030) : 2025 - Math.min(15, Math.floor(random.logNormal(3, 0.9)));
  const span = random.weighted({ YEAR: 65, MONTH: 25, QUARTER: 10 });
  let periodStart: string;
  let periodEnd: string;
  if (span === 'YEAR') {
    periodStart = `${year}-01-01`;
    periodEnd = `${year}-12-31`;
  } else if (span === 'MONTH') {
    const m = random.int(1, 12);
    periodStart = `${year}-${pad(m, 2)}-01`;
    periodEnd = `${year}-${pad(m, 2)}-${daysIn(year, m)}`;
    size /= 12;
  } else {
    const q = random.int(0, 3);
    periodStart = `${year}-${pad(q * 3 + 1, 2)}-01`;
    periodEnd = `${year}-${pad(q * 3 + 3, 2)}-${daysIn(year, q * 3 + 3)}`;
    size /= 4;
  }
  const destinationId = random.chance(FIGURE.destination) ? plan.markets[markets.draw(random)]!.id : null;
  if (destinationId !== null) size *= 0.15;
  const metric = random.weighted({ UNITS: 75, VALUE_USD: 15, GROWTH_PERCENT: 10 });
  const units = Math.max(1, Math.round(size * random.logNormal(1, 0.3)));
  const value =
    metric === 'UNITS' ? units : metric === 'VALUE_USD' ? Math.max(1, Math.round((units * random.int(15_000, 40_000)) / 1e6)) * 1e6 : Math.round(random.next() * 1100 - 300) / 10;
  const reported = random.chance(byCountry ? FIGURE.reporterOfCountry : FIGURE.reporterOfAutomaker);
  return {
    id: figureId(i),
    exporterId,
    destinationId,
    flow: 'EXPORTS',
    metric,
    value,
    basis,
    vehicleClass: random.weighted({ ALL_VEHICLES: 45, PASSENGER_CARS: 30, NEW_ENERGY_VEHICLES: 15, LIGHT_VEHICLES: 7, BUSES: 3 }),
    countedBy: byCountry && random.chance(0.4) ? 'CUSTOMS' : 'MANUFACTURERS',
    periodStart,
    periodEnd,
    reporterId: reported ? random.pick(plan.organizations) : null,
    sourceId: evidence()[0]!,
    doubtful: random.chance(0.02),
    note: null,
  };
}

/** Every record of a scale, by seed file name (the whole scale in memory: for tests and small scales). */
export function generateScale(scale: number, seed: number, base: BaseGraph): SeedData {
  const plan = planScale(scale, seed, base);
  return Object.fromEntries(SEED_KINDS.map((k) => [k.file, [...generateKind(plan, k.name)]]));
}
