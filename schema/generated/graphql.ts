/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD (ISO 8601), e.g. 2023-12-31. */
  Date: { input: string; output: string; }
};

/** A company that makes vehicles, e.g. BYD, SAIC, Tesla, Nio, Xpeng. */
export type Automaker = Node & {
  __typename?: 'Automaker';
  /** Headquarters. */
  country: Country;
  /** Export figures with this automaker as the exporter (for example vehicles shipped out of China). */
  exports: Array<TradeFigure>;
  /** Factories it operates. */
  factories: Array<Factory>;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** Markets this automaker sells in or targets, with the evidence for each link. */
  markets: Array<MarketLink>;
  /** The name it is known by, e.g. "BYD". */
  name: Scalars['String']['output'];
  /** Sources that state this automaker and its headquarters. */
  sources: Array<Source>;
};


/** A company that makes vehicles, e.g. BYD, SAIC, Tesla, Nio, Xpeng. */
export type AutomakerExportsArgs = {
  filter: InputMaybe<TradeFigureFilter>;
};

/** A page of automakers, ordered by id (Relay cursor connection). */
export type AutomakerConnection = {
  __typename?: 'AutomakerConnection';
  /** The automakers of this page, each with its cursor. */
  edges: Array<AutomakerEdge>;
  /** Whether more pages follow, and the cursor to ask for the next one. */
  pageInfo: PageInfo;
  /** Number of automakers in the whole list, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An automaker in a page of automakers, with its cursor. */
export type AutomakerEdge = {
  __typename?: 'AutomakerEdge';
  /** Opaque cursor of this edge: pass it as `after` to get the automakers that follow. */
  cursor: Scalars['String']['output'];
  /** The automaker. */
  node: Automaker;
};

/** An automaker to create, or to update when its id exists. */
export type AutomakerInput = {
  /** Headquarters country id, e.g. country:CN. */
  countryId: Scalars['ID']['input'];
  /** Id of the form automaker:<slug>, e.g. automaker:leapmotor. */
  id: Scalars['ID']['input'];
  /** The name it is known by (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** Who counted the vehicles. Customs counts and manufacturers' counts differ (customs may include used vehicles), so they are ranked separately. */
export type CountingMethod =
  /** Vehicles cleared by customs; may include used vehicles. */
  | 'CUSTOMS'
  /** New vehicles shipped abroad, as counted by the makers or their association (CAAM, JAMA, CPCA…). */
  | 'MANUFACTURERS';

/** A country: it exports vehicles, hosts factories and headquarters, and belongs to markets. */
export type Country = Node & {
  __typename?: 'Country';
  /** Automakers headquartered in this country. */
  automakers: Array<Automaker>;
  /** ISO 3166-1 alpha-2 */
  code: Scalars['String']['output'];
  /** Export figures with this country as the exporter. */
  exports: Array<TradeFigure>;
  /** Factories located in this country, whoever operates them. */
  factories: Array<Factory>;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** Markets this country belongs to: its own, and regions (e.g. Europe). */
  markets: Array<Market>;
  /** English short name, e.g. "China". */
  name: Scalars['String']['output'];
  /** Sources that state this country in the graph. */
  sources: Array<Source>;
};


/** A country: it exports vehicles, hosts factories and headquarters, and belongs to markets. */
export type CountryExportsArgs = {
  filter: InputMaybe<TradeFigureFilter>;
};

/** How exact a date is. A date known only to the month or year is stored as the first day of that month or year. */
export type DatePrecision =
  /** Exact to the day. */
  | 'DAY'
  /** Known to the month; the day is the 1st. */
  | 'MONTH'
  /** Known to the year; the date is 1 January. */
  | 'YEAR';

/** Who exports: a country (national figures) or an automaker (its own shipments). */
export type Exporter = Automaker | Country;

/** Whether an exporter is a country or an automaker. */
export type ExporterKind =
  /** Automakers, by their own export figures. */
  | 'AUTOMAKER'
  /** Countries, by their national export figures. */
  | 'COUNTRY';

/** One place in a ranking of exporters. */
export type ExporterRank = {
  __typename?: 'ExporterRank';
  /** The country or automaker at this place. */
  exporter: Exporter;
  /** The figure the place is based on (the preferred one, see exporterRanking). */
  figure: TradeFigure;
  /** Place in the ranking, 1 for the largest value. */
  rank: Scalars['Int']['output'];
};

/** A plant that builds vehicles, e.g. Tesla's Shanghai Gigafactory or BYD's bus plant in Komárom. */
export type Factory = Node & {
  __typename?: 'Factory';
  /** When it was announced. */
  announced: Maybe<Scalars['Date']['output']>;
  /** How exact `announced` is. */
  announcedPrecision: Maybe<DatePrecision>;
  /** The automaker that operates it. */
  automaker: Automaker;
  /** Vehicles it can build a year, where a source says. */
  capacityPerYear: Maybe<Scalars['Int']['output']>;
  /** City or area, where known. */
  city: Maybe<Scalars['String']['output']>;
  /** When it stopped production. */
  closed: Maybe<Scalars['Date']['output']>;
  /** How exact `closed` is. */
  closedPrecision: Maybe<DatePrecision>;
  /** When construction started. */
  constructionStarted: Maybe<Scalars['Date']['output']>;
  /** How exact `constructionStarted` is. */
  constructionStartedPrecision: Maybe<DatePrecision>;
  /** The country it stands in. */
  country: Country;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Tesla Gigafactory Shanghai". */
  name: Scalars['String']['output'];
  /** When it started production. */
  opened: Maybe<Scalars['Date']['output']>;
  /** How exact `opened` is. */
  openedPrecision: Maybe<DatePrecision>;
  /** What it makes, e.g. passenger cars, electric vehicles, buses. */
  products: Array<Scalars['String']['output']>;
  /** Roles it plays in its automaker's trade, e.g. EXPORT_HUB. */
  roles: Array<FactoryRole>;
  /** Sources that state this factory: its existence, status, location and operator. */
  sources: Array<Source>;
  /** Where the factory stands. */
  status: FactoryStatus;
};

/** A role a factory plays in its automaker's trade. */
export type FactoryRole =
  /** A main source of the automaker's exports (e.g. Tesla's Shanghai Gigafactory). */
  | 'EXPORT_HUB';

/** Where a factory stands, as its latest source says. */
export type FactoryStatus =
  /** Announced or planned; construction not known to have started. */
  | 'ANNOUNCED'
  /** No longer producing. */
  | 'CLOSED'
  /** Builds vehicles. */
  | 'OPERATING'
  /** Being built; not yet producing. */
  | 'UNDER_CONSTRUCTION';

/** How final a figure is. Where figures compete, OFFICIAL beats ESTIMATE beats FORECAST beats TARGET. */
export type FigureBasis =
  /** A body's estimate before official figures */
  | 'ESTIMATE'
  /** A projection */
  | 'FORECAST'
  /** Final figures from the publishing body */
  | 'OFFICIAL'
  /** A company's or government's goal */
  | 'TARGET';

/** A destination for exports: one country, or a region of several. */
export type Market = Node & {
  __typename?: 'Market';
  /** Automakers that sell in, export to or target this market. */
  automakers: Array<Automaker>;
  /** The countries this market covers (one for a country market). */
  countries: Array<Country>;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** One country, or a region of several. */
  kind: MarketKind;
  /** Name, e.g. "Southeast Asia". */
  name: Scalars['String']['output'];
  /** Sources that state this market and what it covers. */
  sources: Array<Source>;
};

/** Whether a market is one country or a region of several. */
export type MarketKind =
  /** The market of a single country. */
  | 'COUNTRY'
  /** A region of several countries, e.g. Europe or Southeast Asia. */
  | 'REGION';

/** An automaker's link to a market, with the evidence for it. */
export type MarketLink = {
  __typename?: 'MarketLink';
  /** The automaker. */
  automaker: Automaker;
  /** How the automaker is linked to the market. */
  kind: MarketLinkKind;
  /** The market. */
  market: Market;
  /** Since when the link holds, where a source says. */
  since: Maybe<Scalars['Date']['output']>;
  /** How exact `since` is. */
  sincePrecision: Maybe<DatePrecision>;
  /** Sources that state this link. */
  sources: Array<Source>;
  /** Until when the link held, where it has ended. */
  until: Maybe<Scalars['Date']['output']>;
  /** How exact `until` is. */
  untilPrecision: Maybe<DatePrecision>;
};

/** How an automaker is linked to a market (this is also the relationship type in paths). */
export type MarketLinkKind =
  /** Ships vehicles to the market from another country. */
  | 'EXPORTS_TO'
  /** Sells vehicles in the market. */
  | 'SELLS_IN'
  /** Has announced plans or goals for the market. */
  | 'TARGETS';

/** Changes to the graph. Every mutation needs the header Authorization: Bearer <API_TOKEN>. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Remove an entity and its relationships. Needs Authorization: Bearer <API_TOKEN>. Returns false when the id names nothing. Refused (CONFLICT) while other entities need it, e.g. a country that factories stand in: delete or move those first. */
  deleteEntity: Scalars['Boolean']['output'];
  /** Create or update an automaker. Needs Authorization: Bearer <API_TOKEN>. */
  upsertAutomaker: Automaker;
};


/** Changes to the graph. Every mutation needs the header Authorization: Bearer <API_TOKEN>. */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the header Authorization: Bearer <API_TOKEN>. */
export type MutationUpsertAutomakerArgs = {
  input: AutomakerInput;
};

/** An entity with a global, stable, readable id of the form "<kind>:<key>" (country:CN, automaker:byd, factory:tesla-shanghai, market:russia, org:cpca, source:…, figure:…). Fetch any of them with `node(id:)`. */
export type Node = {
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
};

/** A body that publishes figures (a trade association, a customs office). */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Where the body is based. */
  country: Maybe<Country>;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** Full name, e.g. "China Passenger Car Association". */
  name: Scalars['String']['output'];
  /** Abbreviation the body is known by, e.g. "CPCA". */
  shortName: Maybe<Scalars['String']['output']>;
  /** Sources that state this body and where it is based. */
  sources: Array<Source>;
};

/** Where a page sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A chain of relationships linking two entities. */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the start to the end. */
  nodes: Array<Node>;
  /** The relationships along the path, in order. */
  steps: Array<PathStep>;
};

/** One hop of a path: a relationship, in the direction it is stored. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Id of the node the relationship starts from. */
  from: Scalars['ID']['output'];
  /** The evidence for this hop: sources that state the relationship. */
  sources: Array<Source>;
  /** Id of the node the relationship points to. */
  to: Scalars['ID']['output'];
  /** Relationship type: HEADQUARTERED_IN, OPERATES, LOCATED_IN, SELLS_IN, EXPORTS_TO, TARGETS, INCLUDES, BASED_IN, EXPORTER, DESTINATION or REPORTED_BY. */
  type: Scalars['String']['output'];
};

/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type Query = {
  __typename?: 'Query';
  /** An automaker by id, e.g. automaker:byd; null when none has it. */
  automaker: Maybe<Automaker>;
  /** Automakers, a page at a time (first: 1 to 100). */
  automakers: AutomakerConnection;
  /** A country by id, e.g. country:CN; null when no country has it. */
  country: Maybe<Country>;
  /** Exporters ranked by their worldwide figure for a whole calendar year. Only figures that count the same thing compete: the same metric, vehicle class and counting method (customs counts, which may include used vehicles, are never ranked against manufacturers' counts of new ones). Where an exporter has several such figures, the preferred one is used: OFFICIAL beats ESTIMATE beats FORECAST (targets are not ranked), then the later publication. Figures flagged doubtful are left out unless asked for. */
  exporterRanking: Array<ExporterRank>;
  /** A factory by id, e.g. factory:tesla-shanghai; null when no factory has it. */
  factory: Maybe<Factory>;
  /** A market by id, e.g. market:russia; null when no market has it. */
  market: Maybe<Market>;
  /** Any entity by its global id; null when a well-formed id names nothing. */
  node: Maybe<Node>;
  /** A shortest path between two entities, following relationships in either direction (not through sources, which are evidence). Null when none exists within maxHops. */
  path: Maybe<Path>;
  /** Full-text search over names of every kind of entity. Words match whole or as the start of a name word, accents ignored; any other characters (Lucene syntax included) are treated as spaces. Best matches first. */
  search: Array<Node>;
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryAutomakerArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryAutomakersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryCountryArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryExporterRankingArgs = {
  countedBy?: InputMaybe<CountingMethod>;
  exporterKind?: InputMaybe<ExporterKind>;
  includeDoubtful?: InputMaybe<Scalars['Boolean']['input']>;
  metric?: InputMaybe<TradeMetric>;
  vehicleClass?: InputMaybe<VehicleClass>;
  year: Scalars['Int']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryFactoryArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryMarketArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Questions about the car-trade graph: entities by id, lists, search, paths and rankings. */
export type QuerySearchArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** A document that states facts: a news article, a statistics release. */
export type Source = Node & {
  __typename?: 'Source';
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** What kind of document this is. */
  kind: SourceKind;
  /** When it was published (first day of the month or year when only that is known: see publishedPrecision). */
  published: Maybe<Scalars['Date']['output']>;
  /** How exact `published` is. */
  publishedPrecision: Maybe<DatePrecision>;
  /** Who published the document (a news outlet, an association, a company). */
  publisher: Scalars['String']['output'];
  /** A short descriptive title of the document. */
  title: Scalars['String']['output'];
  /** Where the document can be read; null when not known. */
  url: Maybe<Scalars['String']['output']>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** An analysis by a consultancy or research firm. */
  | 'ANALYSIS'
  /** A company's own announcement or filing. */
  | 'COMPANY'
  /** A government or regulator document. */
  | 'GOVERNMENT'
  /** A news article. */
  | 'NEWS'
  /** A statistics release of an association, customs office or institute. */
  | 'STATISTICS';

/** A number about exports (vehicles, dollars or growth) for one exporter, destination and period, with who produced it and where it was published. */
export type TradeFigure = Node & {
  __typename?: 'TradeFigure';
  /** How final the figure is: official, estimate, forecast or target. */
  basis: FigureBasis;
  /** Who counted: the manufacturers (new vehicles) or customs. */
  countedBy: CountingMethod;
  /** Null means worldwide. */
  destination: Maybe<Market>;
  /** True when the source itself, or a comparison with other sources, casts doubt on the number. */
  doubtful: Scalars['Boolean']['output'];
  /** Who exported: a country or an automaker. */
  exporter: Exporter;
  /** Global id, "<kind>:<key>". */
  id: Scalars['ID']['output'];
  /** What the value measures. */
  metric: TradeMetric;
  /** Last day that the figure covers. */
  periodEnd: Scalars['Date']['output'];
  /** First and last day that the figure covers. */
  periodStart: Scalars['Date']['output'];
  /** Who produced the figure. Null for a company's own statement. */
  reportedBy: Maybe<Organization>;
  /** Where it was published. */
  source: Source;
  /** The evidence for this figure as a list, like every other fact (its one source). */
  sources: Array<Source>;
  /** The number, in the unit of `metric` (vehicles, US dollars, or percent). */
  value: Scalars['Float']['output'];
  /** Which vehicles it counts. */
  vehicleClass: VehicleClass;
};

/** Narrows a list of trade figures; every field set must match. */
export type TradeFigureFilter = {
  /** Only figures of this basis. */
  basis?: InputMaybe<FigureBasis>;
  /** Only figures counted this way. */
  countedBy?: InputMaybe<CountingMethod>;
  /** A market id, e.g. market:russia. */
  destination?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures of this metric. */
  metric?: InputMaybe<TradeMetric>;
  /** Only figures that count this class of vehicles. */
  vehicleClass?: InputMaybe<VehicleClass>;
  /** true: only worldwide figures (no destination); false: only figures for a destination. */
  worldwide?: InputMaybe<Scalars['Boolean']['input']>;
  /** Figures whose period lies within this calendar year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What a figure measures. */
export type TradeMetric =
  /** Change against the same period a year earlier, in percent */
  | 'GROWTH_PERCENT'
  /** Vehicles */
  | 'UNITS'
  /** US dollars */
  | 'VALUE_USD';

/** Which vehicles a figure counts. Figures of different classes are not alternatives of each other. */
export type VehicleClass =
  /** Passenger cars and commercial vehicles (buses, trucks). */
  | 'ALL_VEHICLES'
  /** Buses only. */
  | 'BUSES'
  /** Passenger cars and light commercial vehicles. */
  | 'LIGHT_VEHICLES'
  /** Battery-electric, plug-in hybrid and fuel-cell vehicles (China's "NEV"). */
  | 'NEW_ENERGY_VEHICLES'
  /** Passenger cars only. */
  | 'PASSENGER_CARS';

/** An automaker to create, or to update when its id exists. */
export type AutomakerInput = {
  /** Headquarters country id, e.g. country:CN. */
  countryId: string;
  /** Id of the form automaker:<slug>, e.g. automaker:leapmotor. */
  id: string;
  /** The name it is known by (1 to 200 characters). */
  name: string;
};

/** Who counted the vehicles. Customs counts and manufacturers' counts differ (customs may include used vehicles), so they are ranked separately. */
export type CountingMethod =
  /** Vehicles cleared by customs; may include used vehicles. */
  | 'CUSTOMS'
  /** New vehicles shipped abroad, as counted by the makers or their association (CAAM, JAMA, CPCA…). */
  | 'MANUFACTURERS';

/** Where a factory stands, as its latest source says. */
export type FactoryStatus =
  /** Announced or planned; construction not known to have started. */
  | 'ANNOUNCED'
  /** No longer producing. */
  | 'CLOSED'
  /** Builds vehicles. */
  | 'OPERATING'
  /** Being built; not yet producing. */
  | 'UNDER_CONSTRUCTION';

/** How final a figure is. Where figures compete, OFFICIAL beats ESTIMATE beats FORECAST beats TARGET. */
export type FigureBasis =
  /** A body's estimate before official figures */
  | 'ESTIMATE'
  /** A projection */
  | 'FORECAST'
  /** Final figures from the publishing body */
  | 'OFFICIAL'
  /** A company's or government's goal */
  | 'TARGET';

/** Whether a market is one country or a region of several. */
export type MarketKind =
  /** The market of a single country. */
  | 'COUNTRY'
  /** A region of several countries, e.g. Europe or Southeast Asia. */
  | 'REGION';

/** How an automaker is linked to a market (this is also the relationship type in paths). */
export type MarketLinkKind =
  /** Ships vehicles to the market from another country. */
  | 'EXPORTS_TO'
  /** Sells vehicles in the market. */
  | 'SELLS_IN'
  /** Has announced plans or goals for the market. */
  | 'TARGETS';

/** Narrows a list of trade figures; every field set must match. */
export type TradeFigureFilter = {
  /** Only figures of this basis. */
  basis?: FigureBasis | null | undefined;
  /** Only figures counted this way. */
  countedBy?: CountingMethod | null | undefined;
  /** A market id, e.g. market:russia. */
  destination?: string | null | undefined;
  /** Only figures of this metric. */
  metric?: TradeMetric | null | undefined;
  /** Only figures that count this class of vehicles. */
  vehicleClass?: VehicleClass | null | undefined;
  /** true: only worldwide figures (no destination); false: only figures for a destination. */
  worldwide?: boolean | null | undefined;
  /** Figures whose period lies within this calendar year. */
  year?: number | null | undefined;
};

/** What a figure measures. */
export type TradeMetric =
  /** Change against the same period a year earlier, in percent */
  | 'GROWTH_PERCENT'
  /** Vehicles */
  | 'UNITS'
  /** US dollars */
  | 'VALUE_USD';

/** Which vehicles a figure counts. Figures of different classes are not alternatives of each other. */
export type VehicleClass =
  /** Passenger cars and commercial vehicles (buses, trucks). */
  | 'ALL_VEHICLES'
  /** Buses only. */
  | 'BUSES'
  /** Passenger cars and light commercial vehicles. */
  | 'LIGHT_VEHICLES'
  /** Battery-electric, plug-in hybrid and fuel-cell vehicles (China's "NEV"). */
  | 'NEW_ENERGY_VEHICLES'
  /** Passenger cars only. */
  | 'PASSENGER_CARS';

export type AutomakerExportsQueryVariables = Exact<{
  id: string;
  filter?: TradeFigureFilter | null | undefined;
}>;


export type AutomakerExportsQuery = { automaker: { id: string, name: string, exports: Array<{ id: string, metric: TradeMetric, value: number, basis: FigureBasis, periodStart: string, periodEnd: string, reportedBy: { shortName: string | null } | null, source: { publisher: string } }> } | null };

export type AutomakerMarketsQueryVariables = Exact<{
  id: string;
}>;


export type AutomakerMarketsQuery = { automaker: { id: string, name: string, country: { id: string, name: string }, markets: Array<{ kind: MarketLinkKind, since: string | null, market: { id: string, name: string, kind: MarketKind, countries: Array<{ code: string }> }, sources: Array<{ id: string, publisher: string, published: string | null }> }> } | null };

export type AutomakersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AutomakersPageQuery = { automakers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, country: { id: string, name: string }, factories: Array<{ id: string, name: string, country: { id: string, code: string } }> } }> } };

export type CountryExportsQueryVariables = Exact<{
  id: string;
  filter?: TradeFigureFilter | null | undefined;
}>;


export type CountryExportsQuery = { country: { id: string, name: string, exports: Array<{ id: string, metric: TradeMetric, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, destination: { id: string, name: string } | null, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, published: string | null } }> } | null };

export type CountryFactoriesQueryVariables = Exact<{
  id: string;
}>;


export type CountryFactoriesQuery = { country: { id: string, name: string, factories: Array<{ id: string, name: string, city: string | null, status: FactoryStatus, products: Array<string>, opened: string | null, automaker: { id: string, name: string }, sources: Array<{ id: string, publisher: string, published: string | null, url: string | null }> }> } | null };

export type DeleteEntityMutationVariables = Exact<{
  id: string;
}>;


export type DeleteEntityMutation = { deleteEntity: boolean };

export type ExporterRankingQueryVariables = Exact<{
  year: number;
  metric?: TradeMetric | null | undefined;
  countedBy?: CountingMethod | null | undefined;
}>;


export type ExporterRankingQuery = { exporterRanking: Array<{ rank: number, exporter:
      | { __typename: 'Automaker', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
    , figure: { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, reportedBy: { id: string, name: string } | null, source: { id: string, publisher: string, published: string | null } } }> };

export type MarketDetailQueryVariables = Exact<{
  id: string;
}>;


export type MarketDetailQuery = { market: { id: string, name: string, kind: MarketKind, countries: Array<{ id: string, name: string }>, automakers: Array<{ id: string, name: string }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Automaker', name: string, id: string }
    | { __typename: 'Country', code: string, name: string, id: string }
    | { __typename: 'Factory', name: string, status: FactoryStatus, id: string }
    | { __typename: 'Market', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Source', publisher: string, title: string, id: string }
    | { __typename: 'TradeFigure', metric: TradeMetric, value: number, id: string }
   | null };

export type PathBetweenQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathBetweenQuery = { path: { length: number, nodes: Array<
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
    >, steps: Array<{ type: string, from: string, to: string, sources: Array<{ id: string, publisher: string }> }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Automaker', name: string, id: string }
    | { __typename: 'Country', name: string, id: string }
    | { __typename: 'Factory', name: string, id: string }
    | { __typename: 'Market', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'TradeFigure', id: string }
  > };

export type UpsertAutomakerMutationVariables = Exact<{
  input: AutomakerInput;
}>;


export type UpsertAutomakerMutation = { upsertAutomaker: { id: string, name: string, country: { id: string, name: string } } };


export const AutomakerExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerExportsQuery, AutomakerExportsQueryVariables>;
export const AutomakerMarketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerMarkets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerMarketsQuery, AutomakerMarketsQueryVariables>;
export const AutomakersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automakers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakersPageQuery, AutomakersPageQueryVariables>;
export const CountryExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryExportsQuery, CountryExportsQueryVariables>;
export const CountryFactoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryFactories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryFactoriesQuery, CountryFactoriesQueryVariables>;
export const DeleteEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEntityMutation, DeleteEntityMutationVariables>;
export const ExporterRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExporterRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporterRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExporterRankingQuery, ExporterRankingQueryVariables>;
export const MarketDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"automakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MarketDetailQuery, MarketDetailQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PathBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const UpsertAutomakerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAutomaker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomakerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAutomaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertAutomakerMutation, UpsertAutomakerMutationVariables>;