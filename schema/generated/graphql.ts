/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of automakers; every field given must match (AND). */
export type AutomakerFilter = {
  /** Only automakers headquartered in one of these countries (ids, e.g. country:CN). */
  countries?: Array<string> | null | undefined;
  /** Only automakers that operate a factory in this country (an id, e.g. country:HU). */
  hasFactoryIn?: string | null | undefined;
  /** true: only automakers with export figures of their own; false: only those without. */
  hasFigures?: boolean | null | undefined;
  /** Only automakers linked to this market: they sell in, export to or target it (an id, e.g. market:europe). */
  market?: string | null | undefined;
  /** Only automakers whose name contains this text, ignoring case. */
  nameContains?: string | null | undefined;
};

/** An automaker to create, or to update when its id exists. */
export type AutomakerInput = {
  /** Headquarters country id, e.g. country:CN. */
  countryId: string;
  /** Id of the form automaker:<slug>, e.g. automaker:leapmotor. */
  id: string;
  /** The name it is known by (1 to 200 characters). */
  name: string;
};

/** How to sort automakers; ties are broken by id. */
export type AutomakerOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: AutomakerOrderField;
};

/** What automakers can be sorted by. */
export type AutomakerOrderField =
  /** Their id. */
  | 'ID'
  /** Their name. */
  | 'NAME';

/** The unit of a claim's value: a currency (ISO 4217 code) or vehicles a year. */
export type ClaimUnit =
  /** Argentine pesos. */
  | 'ARS'
  /** Australian dollars. */
  | 'AUD'
  /** Brazilian reais. */
  | 'BRL'
  /** Canadian dollars. */
  | 'CAD'
  /** Chinese yuan. */
  | 'CNY'
  /** Czech koruna. */
  | 'CZK'
  /** Euros. */
  | 'EUR'
  /** Pounds sterling. */
  | 'GBP'
  /** Hungarian forints. */
  | 'HUF'
  /** Indonesian rupiah. */
  | 'IDR'
  /** Indian rupees. */
  | 'INR'
  /** Japanese yen. */
  | 'JPY'
  /** South Korean won. */
  | 'KRW'
  /** Kazakh tenge. */
  | 'KZT'
  /** Mexican pesos. */
  | 'MXN'
  /** Malaysian ringgit. */
  | 'MYR'
  /** Polish złoty. */
  | 'PLN'
  /** Russian roubles. */
  | 'RUB'
  /** Thai baht. */
  | 'THB'
  /** Turkish lira. */
  | 'TRY'
  /** US dollars. */
  | 'USD'
  /** Vehicles a year. */
  | 'VEHICLES_PER_YEAR'
  /** Vietnamese dong. */
  | 'VND'
  /** South African rand. */
  | 'ZAR';

/** How two companies are tied (automakers, and organizations that hold stakes or run joint ventures), or a company and a brand or factory it holds. Each is stored in one direction: from the holder, the first partner or the manufacturer. */
export type CompanyLinkKind =
  /** The first builds the second's vehicles under contract, e.g. JAC for NIO. */
  | 'CONTRACT_MANUFACTURES_FOR'
  /** The two run a joint venture (`name` where stated), e.g. BYD and UzAuto. */
  | 'JOINT_VENTURE_WITH'
  /** The first owns the second outright or as its parent, e.g. Geely and Volvo Cars. */
  | 'OWNS'
  /** The first holds a share of the second (`stakePercent`), e.g. Geely in Proton. */
  | 'OWNS_STAKE_IN';

/** Who counted the vehicles. Customs counts and manufacturers' counts differ (customs may include used vehicles), so they are ranked separately. */
export type CountingMethod =
  /** Vehicles cleared by customs; may include used vehicles. */
  | 'CUSTOMS'
  /** New vehicles as counted by the makers or their association (CAAM, JAMA, CPCA, OICA…): shipments, production, sales or registrations. */
  | 'MANUFACTURERS';

/** Narrows a list of countries; every field given must match (AND). */
export type CountryFilter = {
  /** Only countries with one of these ISO 3166-1 alpha-2 codes, e.g. ["CN", "JP"]. */
  codes?: Array<string> | null | undefined;
  /** true: only countries with export figures (as exporter); false: only countries without. */
  exporter?: boolean | null | undefined;
  /** true: only countries where at least one factory stands; false: only countries with none. */
  hasFactories?: boolean | null | undefined;
  /** Only countries that this market includes (a market id, e.g. market:europe). */
  memberOf?: string | null | undefined;
  /** Only countries whose name contains this text, ignoring case. */
  nameContains?: string | null | undefined;
};

/** How to sort countries; ties are broken by id. */
export type CountryOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: CountryOrderField;
};

/** What countries can be sorted by. */
export type CountryOrderField =
  /** Their id (the same order as their ISO code). */
  | 'ID'
  /** Their English short name. */
  | 'NAME';

/** How exact a date is. A date known only to the month or year is stored as the first day of that month or year. */
export type DatePrecision =
  /** Exact to the day. */
  | 'DAY'
  /** Known to the month; the day is the 1st. */
  | 'MONTH'
  /** Known to the year; the date is 1 January. */
  | 'YEAR';

/** A kind of entity that paths and neighbourhoods go through. Sources are not among them: they are the evidence for relationships, never a hop. */
export type EntityKind =
  /** An automaker (Automaker, ids automaker:<slug>). */
  | 'AUTOMAKER'
  /** A brand of an automaker's (Brand, ids brand:<slug>), e.g. MG of SAIC. */
  | 'BRAND'
  /** A claim about a factory: an investment or a capacity (FactoryClaim, ids claim:<slug>). */
  | 'CLAIM'
  /** A country (Country, ids country:<code>). */
  | 'COUNTRY'
  /** A factory (Factory, ids factory:<slug>). */
  | 'FACTORY'
  /** A trade figure (TradeFigure, ids figure:<slug>), linked to its exporter, destination and reporter. */
  | 'FIGURE'
  /** A market: one country, a region, or a trade bloc (Market, ids market:<slug>). */
  | 'MARKET'
  /** A trade measure: a duty, tariff, tax, fee or investigation (TradeMeasure, ids measure:<slug>). */
  | 'MEASURE'
  /** An organization that reports figures, e.g. a customs office (Organization, ids org:<slug>). */
  | 'ORGANIZATION';

/** Whether an exporter is a country or an automaker. */
export type ExporterKind =
  /** Automakers, by their own export figures. */
  | 'AUTOMAKER'
  /** Countries, by their national export figures. */
  | 'COUNTRY';

/** What kind of fact a Fact is. */
export type FactKind =
  /** That an entity exists, with its name and properties (a country, an automaker, a factory…). */
  | 'ENTITY'
  /** A trade figure. */
  | 'FIGURE'
  /** A relationship between two entities (a headquarters, a location, a market link…). */
  | 'RELATIONSHIP';

/** What a claim about a factory measures. */
export type FactoryClaimKind =
  /** Vehicles it can build a year (`unit` VEHICLES_PER_YEAR). */
  | 'CAPACITY'
  /** Money put into the factory, in `unit` (a currency). */
  | 'INVESTMENT';

/** Narrows a list of factories; every field given must match (AND). */
export type FactoryFilter = {
  /** Only factories operated by one of these automakers (ids, e.g. automaker:byd). */
  automakers?: Array<string> | null | undefined;
  /** Only factories located in one of these countries (ids, e.g. country:HU). */
  countries?: Array<string> | null | undefined;
  /** Only factories whose name contains this text, ignoring case. */
  nameContains?: string | null | undefined;
  /** Only factories outside these countries, e.g. [country:CN] for plants abroad. */
  notInCountries?: Array<string> | null | undefined;
  /** Only factories that started production on or after this day (factories not opened are left out). */
  openedFrom?: string | null | undefined;
  /** Only factories that started production on or before this day. An opening known only to the month or year counts as its first day. */
  openedTo?: string | null | undefined;
  /** Only factories whose operator is headquartered in one of these countries, e.g. [country:CN] for Chinese automakers' plants. */
  operatorCountries?: Array<string> | null | undefined;
  /** Only factories that make a product containing this text, ignoring case (e.g. "bus"). */
  product?: string | null | undefined;
  /** Only factories that play this role. */
  role?: FactoryRole | null | undefined;
  /** Only factories with one of these statuses. */
  statuses?: Array<FactoryStatus> | null | undefined;
};

/** A property that factoryStats groups factories by. */
export type FactoryGroupBy =
  /** The automaker that operates the factory. */
  | 'AUTOMAKER'
  /** The country the factory stands in. */
  | 'COUNTRY'
  /** Where the factory stands: operating, under construction, announced or closed. */
  | 'STATUS';

/** A factory to create, or to update when its id exists: the fields of a factories.json record, the source given whole. Creating needs name, automakerId, countryId and status; an update sets the fields given (not null) and adds the source to the factory's sources and to the evidence of its location and operator. A new operator leaves the old one as a former operator (OPERATED, until the new operatedSince, or today). */
export type FactoryInput = {
  /** When it was announced. */
  announced?: string | null | undefined;
  /** How exact `announced` is; DAY when `announced` is given without one. */
  announcedPrecision?: DatePrecision | null | undefined;
  /** The automaker that operates it. */
  automakerId?: string | null | undefined;
  /** Vehicles it can build a year (1 or more). */
  capacityPerYear?: number | null | undefined;
  /** City or area, at most 200 characters. */
  city?: string | null | undefined;
  /** When it stopped production. */
  closed?: string | null | undefined;
  /** How exact `closed` is; DAY when `closed` is given without one. */
  closedPrecision?: DatePrecision | null | undefined;
  /** When construction started. */
  constructionStarted?: string | null | undefined;
  /** How exact `constructionStarted` is; DAY when `constructionStarted` is given without one. */
  constructionStartedPrecision?: DatePrecision | null | undefined;
  /** The country it stands in. */
  countryId?: string | null | undefined;
  /** Id of the form factory:<slug>, e.g. factory:byd-szeged. */
  id: string;
  /** Name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** When it started production. */
  opened?: string | null | undefined;
  /** How exact `opened` is; DAY when `opened` is given without one. */
  openedPrecision?: DatePrecision | null | undefined;
  /** Since when its operator runs it (with a new operator: the day the old one stopped). */
  operatedSince?: string | null | undefined;
  /** How exact `operatedSince` is; DAY when `operatedSince` is given without one. */
  operatedSincePrecision?: DatePrecision | null | undefined;
  /** What it makes (replaces the stored list when given). */
  products?: Array<string> | null | undefined;
  /** Roles it plays in its automaker's trade (replaces the stored list when given). */
  roles?: Array<FactoryRole> | null | undefined;
  /** The document that states the factory (added to its sources). */
  source: SourceInput;
  /** Where the factory stands. */
  status?: FactoryStatus | null | undefined;
};

/** How to sort factories; ties are broken by id. */
export type FactoryOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: FactoryOrderField;
};

/** What factories can be sorted by. */
export type FactoryOrderField =
  /** Vehicles they can build a year (factories without a known capacity come last). */
  | 'CAPACITY'
  /** Their id. */
  | 'ID'
  /** Their name. */
  | 'NAME'
  /** When they started production (factories not opened come last). */
  | 'OPENED';

/** A role a factory plays in its automaker's trade. */
export type FactoryRole =
  /** A main source of the automaker's exports (e.g. Tesla's Shanghai Gigafactory). */
  | 'EXPORT_HUB';

/** Which factories factoryStats counts; every field set must match. */
export type FactoryStatsFilter = {
  /** Only factories this automaker operates, e.g. automaker:byd. */
  automaker?: string | null | undefined;
  /** Only factories whose operator is headquartered in this country, e.g. country:CN for Chinese automakers' plants. */
  automakerCountry?: string | null | undefined;
  /** Only factories in this country, e.g. country:TH. */
  country?: string | null | undefined;
  /** Only factories outside this country, e.g. country:CN for plants abroad. */
  notInCountry?: string | null | undefined;
  /** Only factories with one of these statuses. */
  statuses?: Array<FactoryStatus> | null | undefined;
};

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

/** What flow of vehicles (or money) a figure counts. Figures of different flows never compete; exports, production and sales of one country side by side are three series. */
export type FigureFlow =
  /** Vehicles shipped abroad by the exporter (`exporter`), to `destination` (null: all destinations). */
  | 'EXPORTS'
  /** Vehicles the importer (`exporter`) brought in, from `destination` (null: from everywhere), as the importing side counts them. */
  | 'IMPORTS'
  /** An automaker's or brand's sales outside its home country, wherever the vehicles were built. */
  | 'OVERSEAS_SALES'
  /** Vehicles built by the producer (`exporter`), in `destination` where given. */
  | 'PRODUCTION'
  /** Vehicles sold or registered by the seller (`exporter`) in `destination` (null: everywhere). A country as seller means the brands of that country. */
  | 'SALES';

/** A trade figure to add, with its source: the fields of a figures.json record, the source given whole instead of its id. */
export type FigureInput = {
  /** How final it is. */
  basis: FigureBasis;
  /** Who counted: the manufacturers or customs. */
  countedBy: CountingMethod;
  /** Where to (or from, or where): a market id, or a country id meaning that country's own market; null for worldwide. */
  destinationId?: string | null | undefined;
  /** True when the source itself flags the number (default false). */
  doubtful?: boolean | null | undefined;
  /** Whose flow it counts: a country, automaker, brand, factory or market id. */
  exporterId: string;
  /** What flow it counts. */
  flow: FigureFlow;
  /** Id of the form figure:<slug>; by default one made from the fields: figure:<exporter key>-<destination key or world>-<periodStart>-<periodEnd>-<flow>-<metric>-<8 hex of sha256(source url)>. */
  id?: string | null | undefined;
  /** What the value measures. */
  metric: TradeMetric;
  /** A short note in our own words on what exactly it counts, at most 300 characters. */
  note?: string | null | undefined;
  /** Last day the figure covers (on or after periodStart). */
  periodEnd: string;
  /** First day the figure covers. */
  periodStart: string;
  /** The organization that produced it (org:<slug>); null for a company's own figure. */
  reporterId?: string | null | undefined;
  /** Where it was published. */
  source: SourceInput;
  /** The number, in the unit of `metric` (a share from 0 to 100). */
  value: number;
  /** Which vehicles it counts. */
  vehicleClass: VehicleClass;
};

/** Which way a stored relationship points, seen from the entity asked about. */
export type LinkDirection =
  /** From the other entity to this one (e.g. the other automaker holds a stake in this one). */
  | 'INCOMING'
  /** From this entity to the other (e.g. this automaker holds the stake). */
  | 'OUTGOING';

/** Narrows a list of markets; every field given must match (AND). */
export type MarketFilter = {
  /** Only markets that include this country (an id, e.g. country:HU). */
  includesCountry?: string | null | undefined;
  /** Only markets of this kind (one country, or a region). */
  kind?: MarketKind | null | undefined;
  /** Only markets whose name contains this text, ignoring case. */
  nameContains?: string | null | undefined;
};

/** Whether a market is one country, a region of several, or a trade bloc. */
export type MarketKind =
  /** The market of a single country: one place with the country for paths and filters. */
  | 'COUNTRY'
  /** A region of several countries, e.g. Europe or Southeast Asia. */
  | 'REGION'
  /** A customs union or free-trade area whose members are its countries, e.g. the European Union or Mercosur. */
  | 'TRADE_BLOC';

/** A company–market link to create, or to update when the same seller, kind and market already have one. An update sets the fields given (not null) and adds the source to the link's sources; it never drops one. */
export type MarketLinkInput = {
  /** How it reaches buyers there (replaces the stored list when given). */
  channels?: Array<SalesChannel> | null | undefined;
  /** How many dealers or stores it has there (0 or more), on dealersAsOf. */
  dealers?: number | null | undefined;
  /** The day the dealer count held (only with dealers). */
  dealersAsOf?: string | null | undefined;
  /** How exact `dealersAsOf` is; DAY when `dealersAsOf` is given without one. */
  dealersAsOfPrecision?: DatePrecision | null | undefined;
  /** The seller: an automaker or brand id, or for EXPORTS_TO also a factory id. */
  fromId: string;
  /** How the seller is linked to the market. */
  kind: MarketLinkKind;
  /** A market id, or a country id meaning the country's own market (made, with the source, when the country has none yet: market:<slug of its name>). */
  marketId: string;
  /** Models it sells or plans to sell there (replaces the stored list when given). */
  models?: Array<string> | null | undefined;
  /** A short note in our own words, at most 300 characters. */
  note?: string | null | undefined;
  /** The importer or distributor it sells through, at most 200 characters. */
  partner?: string | null | undefined;
  /** Since when the link holds. */
  since?: string | null | undefined;
  /** How exact `since` is; DAY when `since` is given without one. */
  sincePrecision?: DatePrecision | null | undefined;
  /** The document that states the link (added to its sources). */
  source: SourceInput;
  /** Whether the link holds, is planned or has ended (ACTIVE when a link is created without one). */
  status?: MarketLinkStatus | null | undefined;
  /** Until when the link held (status WITHDRAWN). */
  until?: string | null | undefined;
  /** How exact `until` is; DAY when `until` is given without one. */
  untilPrecision?: DatePrecision | null | undefined;
};

/** How an automaker, a brand or a factory is linked to a market (this is also the relationship type in paths). */
export type MarketLinkKind =
  /** Ships vehicles to the market from another country. */
  | 'EXPORTS_TO'
  /** Sells vehicles in the market. */
  | 'SELLS_IN'
  /** Has announced plans or goals for the market. */
  | 'TARGETS';

/** Whether a company–market link holds, is only planned, or has ended. */
export type MarketLinkStatus =
  /** It sells in (exports to, targets) the market, as its latest source says. */
  | 'ACTIVE'
  /** An announced entry that has not begun, as its latest source says (`since` is the planned start, where stated). */
  | 'PLANNED'
  /** It has left the market (`until` where a source gives the day). */
  | 'WITHDRAWN';

/** How to sort markets; ties are broken by id. */
export type MarketOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: MarketOrderField;
};

/** What markets can be sorted by. */
export type MarketOrderField =
  /** Their id. */
  | 'ID'
  /** Their name. */
  | 'NAME';

/** How a trade measure bears on an entity. */
export type MeasureLinkKind =
  /** The measure changes trade into this market or country. */
  | 'AFFECTS'
  /** The measure charges this automaker's or this country's vehicles, at `ratePercent` where stated. */
  | 'APPLIES_TO'
  /** The measure spares this factory (e.g. imports tied to its investment). */
  | 'EXEMPTS';

/** Which way a list is sorted. Items without a value for the sort field (e.g. a factory with no opening date) come last either way; ties are broken by id, ascending. */
export type OrderDirection =
  /** Smallest, earliest or alphabetically first value first. */
  | 'ASC'
  /** Largest, latest or alphabetically last value first. */
  | 'DESC';

/** Narrows a list of organizations; every field given must match (AND). */
export type OrganizationFilter = {
  /** Only bodies based in this country (an id, e.g. country:JP). */
  country?: string | null | undefined;
  /** Only bodies whose name or short name contains this text, ignoring case (e.g. "caam"). */
  nameContains?: string | null | undefined;
};

/** How to sort organizations; ties are broken by id. */
export type OrganizationOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: OrganizationOrderField;
};

/** What organizations can be sorted by. */
export type OrganizationOrderField =
  /** Their id. */
  | 'ID'
  /** Their full name. */
  | 'NAME';

/** Kinds of entity and types of relationship, for `via` (the path must use one) or `avoid` (the path must use none). Only intermediate entities count: the start and the end of a path are never excluded or counted. A list left out or empty sets no condition; with both lists set, `via` needs both conditions met (an entity of a listed kind and a relationship of a listed type) and `avoid` excludes both. */
export type PathConstraint = {
  /** via: at least one intermediate entity of one of these kinds; avoid: no intermediate entity of any of these kinds. */
  kinds?: Array<EntityKind> | null | undefined;
  /** via: at least one relationship of one of these types; avoid: no relationship of any of these types. */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
};

/** Whether a path walks a relationship the way it is stored or against it. */
export type PathDirection =
  /** The relationship points back: the path walks from its `to` to its `from`. */
  | 'BACKWARD'
  /** The relationship points along the path: its `from` is the earlier node of the path, its `to` the later one. */
  | 'FORWARD';

/** How a figure's period must relate to the range periodFrom–periodTo. */
export type PeriodMatch =
  /** The period shares at least one day with the range: it ends on or after periodFrom and starts on or before periodTo. */
  | 'OVERLAPS'
  /** The whole period lies in the range: it starts on or after periodFrom and ends on or before periodTo. */
  | 'WITHIN';

/** A type of relationship between entities, named as stored (and as in PathStep.type and GraphEdge.type). A figure's link to the source that states it is evidence, not a relationship to follow, so it is not here. */
export type RelationshipType =
  /** TradeMeasure → Market or Country: the market the measure affects. */
  | 'AFFECTS'
  /** TradeMeasure → Automaker, Brand or Country: whom the measure applies to (with its rate). */
  | 'APPLIES_TO'
  /** Organization → Country: where the organization is based. */
  | 'BASED_IN'
  /** Brand → Automaker: the automaker that owns the brand. */
  | 'BRAND_OF'
  /** FactoryClaim → Factory: the factory a claim (investment, capacity) is about. */
  | 'CLAIM_ABOUT'
  /** Automaker or Organization → Automaker or Brand: builds vehicles for the other under contract. */
  | 'CONTRACT_MANUFACTURES_FOR'
  /** TradeFigure → Market: where the exports went, where the imports came from, or where the sales or production happened. */
  | 'DESTINATION'
  /** TradeMeasure → Factory: a factory the measure exempts. */
  | 'EXEMPTS'
  /** TradeFigure → whose flow the figure counts: the exporter (EXPORTS), importer (IMPORTS), producer (PRODUCTION) or seller (SALES). */
  | 'EXPORTER'
  /** Automaker, Brand or Factory → Market: ships vehicles there from another country (may have since/until). */
  | 'EXPORTS_TO'
  /** Automaker → Country: where the automaker has its headquarters. */
  | 'HEADQUARTERED_IN'
  /** TradeMeasure → Country or Market: who imposes the measure. */
  | 'IMPOSED_BY'
  /** Market → Country: the market covers that country (a trade bloc's members; a country market's one country). */
  | 'INCLUDES'
  /** Automaker or Organization → Automaker or Organization: has a joint venture with the other. */
  | 'JOINT_VENTURE_WITH'
  /** Factory → Country: where the factory stands. */
  | 'LOCATED_IN'
  /** Automaker → Factory: the automaker ran the factory before its current operator (since/until). */
  | 'OPERATED'
  /** Automaker → Factory: the automaker runs the factory now (or last ran it, if it is closed); may have since. */
  | 'OPERATES'
  /** Automaker or Organization → Automaker, Brand, Factory or Organization: owns it. */
  | 'OWNS'
  /** Automaker or Organization → Automaker, Brand, Factory or Organization: holds a stake in it (stakePercent). */
  | 'OWNS_STAKE_IN'
  /** Organization → Country: publishes statistics about the country. */
  | 'PUBLISHES_STATISTICS_FOR'
  /** TradeFigure → Organization: who produced the figure. */
  | 'REPORTED_BY'
  /** Automaker or Brand → Market: sells vehicles there (since/until, status, channels, dealers, models). */
  | 'SELLS_IN'
  /** Automaker or Brand → Market: has announced plans for the market (may have since/until). */
  | 'TARGETS';

/** How a seller reaches buyers in a market. */
export type SalesChannel =
  /** A distributor or dealer group under contract (see `partner`). */
  | 'DISTRIBUTOR'
  /** An importer that buys and resells its vehicles (see `partner`). */
  | 'IMPORTER'
  /** Direct sales online. */
  | 'ONLINE'
  /** Its own dealers, stores or subsidiary. */
  | 'OWN_STORES';

/** Narrows a list of sources; every field given must match (AND). */
export type SourceFilter = {
  /** Only sources of this kind. */
  kind?: SourceKind | null | undefined;
  /** Only sources published on or after this day (sources without a date are left out). */
  publishedFrom?: string | null | undefined;
  /** Only sources published on or before this day. A date known only to the month or year counts as its first day. */
  publishedTo?: string | null | undefined;
  /** Only sources whose publisher contains this text, ignoring case. */
  publisherContains?: string | null | undefined;
  /** Only sources whose URL host contains this text, ignoring case (letters, digits, dots and hyphens; e.g. "reuters.com"). */
  urlHostContains?: string | null | undefined;
};

/** The document that states a contributed fact. A source the graph already has with the same url is used as it is (the other fields are then not stored); otherwise a new one is made, with the id source:<host>-<published>-<8 hex of sha256(url)>. */
export type SourceInput = {
  /** What kind of document it is (default NEWS). */
  kind?: SourceKind | null | undefined;
  /** When it was published (the first day of the month or year when only that is known). */
  published: string;
  /** How exact `published` is (default DAY). */
  publishedPrecision?: DatePrecision | null | undefined;
  /** Who published it (a news outlet, an association, a company), 1 to 200 characters. */
  publisher: string;
  /** A short descriptive title, at most 300 characters (default: "<publisher>, <published>"). */
  title?: string | null | undefined;
  /** Where the document can be read: an http or https address, at most 2000 characters. */
  url: string;
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

/** How to sort sources; ties are broken by id. */
export type SourceOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: SourceOrderField;
};

/** What sources can be sorted by. */
export type SourceOrderField =
  /** Their id. */
  | 'ID'
  /** When they were published (sources without a date come last). */
  | 'PUBLISHED'
  /** Who published them. */
  | 'PUBLISHER'
  /** Their title. */
  | 'TITLE';

/** A kind of count a statistics body publishes. */
export type StatisticsSeries =
  /** Vehicles sold in the home market. */
  | 'DOMESTIC_SALES'
  /** Vehicles exported. */
  | 'EXPORTS'
  /** Orders received. */
  | 'ORDERS'
  /** Vehicles built. */
  | 'PRODUCTION'
  /** Sales to end buyers. */
  | 'RETAIL'
  /** Vehicles sold, without saying where. */
  | 'SALES'
  /** Shipments from manufacturers to dealers (and exports), as manufacturers report them. */
  | 'WHOLESALE';

/** What happened at a timeline event. */
export type TimelineEventKind =
  /** A factory was announced (subject: the factory; related: its operator). */
  | 'FACTORY_ANNOUNCED'
  /** A factory stopped production (subject: the factory; related: its operator). */
  | 'FACTORY_CLOSED'
  /** Construction of a factory started (subject: the factory; related: its operator). */
  | 'FACTORY_CONSTRUCTION_STARTED'
  /** A factory started production (subject: the factory; related: its operator). */
  | 'FACTORY_OPENED'
  /** An automaker stopped running a factory: it left, sold or handed it over (subject: the factory; related: the automaker). */
  | 'FACTORY_OPERATOR_ENDED'
  /** An automaker began to run a factory, e.g. after a change of owner (subject: the factory; related: the automaker). */
  | 'FACTORY_OPERATOR_STARTED'
  /** A trade figure covers a period: date is its first day, endDate its last (subject: the figure; related: its exporter). */
  | 'FIGURE'
  /** An automaker stopped selling in, exporting to or targeting a market (subject: the automaker; related: the market). */
  | 'MARKET_LINK_ENDED'
  /** An automaker began selling in, exporting to or targeting a market (subject: the automaker; related: the market). */
  | 'MARKET_LINK_STARTED'
  /** A trade measure was announced or decided (subject: the measure; related: who imposes it). */
  | 'MEASURE_ANNOUNCED'
  /** A trade measure took effect; for an investigation, it was opened (subject: the measure; related: who imposes it). */
  | 'MEASURE_EFFECTIVE'
  /** A trade measure ends (subject: the measure; related: who imposes it). */
  | 'MEASURE_ENDS'
  /** A source was published (subject: the source). */
  | 'SOURCE_PUBLISHED';

/** Narrows the list of Query.tradeFigures; every field given must match (AND). */
export type TradeFigureConnectionFilter = {
  /** Only figures of one of these bases. */
  bases?: Array<FigureBasis> | null | undefined;
  /** Only figures counted this way. */
  countedBy?: CountingMethod | null | undefined;
  /** Only figures for one of these destination markets (ids, e.g. market:russia; a country id means its own market). Worldwide figures have none, so they are left out. */
  destinations?: Array<string> | null | undefined;
  /** true: only figures flagged doubtful; false: only figures not flagged. */
  doubtful?: boolean | null | undefined;
  /** Only figures whose exporter (whose flow they count) is one of these: countries, automakers, brands, factories or markets (ids, e.g. country:CN, automaker:byd). */
  exporters?: Array<string> | null | undefined;
  /** Only figures of one of these flows, e.g. [EXPORTS]. */
  flows?: Array<FigureFlow> | null | undefined;
  /** Only figures of this metric. */
  metric?: TradeMetric | null | undefined;
  /** Start of the period range (see periodMatch). */
  periodFrom?: string | null | undefined;
  /** How periods are matched against periodFrom–periodTo (default WITHIN: the whole period in the range, so 2023-01-01 to 2023-12-31 gives the figures of 2023 and of its months and quarters). */
  periodMatch?: PeriodMatch | null | undefined;
  /** End of the period range (see periodMatch). */
  periodTo?: string | null | undefined;
  /** Only figures produced by this organization (an id, e.g. org:caam). */
  reportedBy?: string | null | undefined;
  /** Only figures stated in this source (a source id). */
  source?: string | null | undefined;
  /** Only figures that count this class of vehicles. */
  vehicleClass?: VehicleClass | null | undefined;
  /** true: only worldwide figures (no destination); false: only figures for a destination. With destinations, true matches nothing. */
  worldwide?: boolean | null | undefined;
};

/** Narrows a list of trade figures; every field set must match. */
export type TradeFigureFilter = {
  /** Only figures of this basis. */
  basis?: FigureBasis | null | undefined;
  /** Only figures counted this way. */
  countedBy?: CountingMethod | null | undefined;
  /** A market id, e.g. market:russia, or a country id meaning its own market (country:RU finds the same figures). */
  destination?: string | null | undefined;
  /** Only figures of this flow. `exports` lists EXPORTS figures only; `figures` lists every flow unless this is set. */
  flow?: FigureFlow | null | undefined;
  /** Only figures of this metric. */
  metric?: TradeMetric | null | undefined;
  /** Only figures that count this class of vehicles. */
  vehicleClass?: VehicleClass | null | undefined;
  /** true: only worldwide figures (no destination); false: only figures for a destination. */
  worldwide?: boolean | null | undefined;
  /** Figures whose period lies within this calendar year. */
  year?: number | null | undefined;
};

/** How to sort trade figures; ties are broken by id. */
export type TradeFigureOrder = {
  /** The direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by. */
  field: TradeFigureOrderField;
};

/** What trade figures can be sorted by. */
export type TradeFigureOrderField =
  /** Their id. */
  | 'ID'
  /** The first day they cover. */
  | 'PERIOD_START'
  /** When their source was published (figures whose source has no date come last). */
  | 'PUBLISHED'
  /** Their value (compare like with like: filter by metric). */
  | 'VALUE';

/** What kind of trade-policy measure it is. */
export type TradeMeasureKind =
  /** A duty that offsets subsidies found by an investigation, often at a rate per company. */
  | 'COUNTERVAILING_DUTY'
  /** A charge per vehicle that is not a duty, e.g. Russia's recycling fee. */
  | 'FEE'
  /** An inquiry that may lead to duties (e.g. an anti-subsidy investigation); no charge of its own. */
  | 'INVESTIGATION'
  /** A customs duty on imports (general or extra), e.g. a 100% tariff on Chinese electric vehicles. */
  | 'TARIFF'
  /** An import tax set by tax law rather than by a trade-defence case, e.g. Brazil's tax on imported EVs. */
  | 'TAX';

/** What a figure measures. */
export type TradeMetric =
  /** Change against the same period a year earlier, in percent */
  | 'GROWTH_PERCENT'
  /** A share of the market or of the whole, in percent (0 to 100) */
  | 'SHARE_PERCENT'
  /** Vehicles */
  | 'UNITS'
  /** Euros (never converted from another currency) */
  | 'VALUE_EUR'
  /** Pounds sterling (never converted from another currency) */
  | 'VALUE_GBP'
  /** Japanese yen (never converted from another currency) */
  | 'VALUE_JPY'
  /** US dollars */
  | 'VALUE_USD';

/** Which vehicles a figure counts. Figures of different classes are not alternatives of each other. */
export type VehicleClass =
  /** Passenger cars and commercial vehicles (buses, trucks). */
  | 'ALL_VEHICLES'
  /** Buses only. */
  | 'BUSES'
  /** Commercial vehicles only: trucks, buses and vans (in OICA counts, light trucks in North America too). */
  | 'COMMERCIAL_VEHICLES'
  /** Passenger cars and light commercial vehicles. */
  | 'LIGHT_VEHICLES'
  /** Battery-electric, plug-in hybrid and fuel-cell vehicles (China's "NEV"). */
  | 'NEW_ENERGY_VEHICLES'
  /** Passenger cars only. */
  | 'PASSENGER_CARS';

export type AddFigureMutationVariables = Exact<{
  input: FigureInput;
}>;


export type AddFigureMutation = { addFigure: { id: string, flow: FigureFlow, metric: TradeMetric, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, note: string | null, exporter:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , destination: { id: string, name: string, kind: MarketKind } | null, reportedBy: { id: string } | null, source: { id: string, url: string | null, publisher: string, title: string, published: string | null, publishedPrecision: DatePrecision | null, kind: SourceKind } } };

export type AutomakerExportSeriesQueryVariables = Exact<{
  id: string;
  metric?: TradeMetric | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
  countedBy?: CountingMethod | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AutomakerExportSeriesQuery = { automaker: { id: string, name: string, exportSeries: Array<{ year: number, value: number, alternatives: number, figure: { id: string, basis: FigureBasis, source: { id: string, published: string | null } } }> } | null };

export type AutomakerExportsQueryVariables = Exact<{
  id: string;
  filter?: TradeFigureFilter | null | undefined;
}>;


export type AutomakerExportsQuery = { automaker: { id: string, name: string, exports: Array<{ id: string, metric: TradeMetric, value: number, basis: FigureBasis, periodStart: string, periodEnd: string, reportedBy: { shortName: string | null } | null, source: { publisher: string } }> } | null };

export type AutomakerMarketsAsOfQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type AutomakerMarketsAsOfQuery = { automaker: { id: string, name: string, headquarters: { country: { id: string }, sources: Array<{ id: string }> }, markets: Array<{ kind: MarketLinkKind, since: string | null, sincePrecision: DatePrecision | null, until: string | null, market: { id: string, name: string }, sources: Array<{ id: string, publisher: string, published: string | null }> }> } | null };

export type AutomakerMarketsQueryVariables = Exact<{
  id: string;
}>;


export type AutomakerMarketsQuery = { automaker: { id: string, name: string, country: { id: string, name: string }, markets: Array<{ kind: MarketLinkKind, since: string | null, market: { id: string, name: string, kind: MarketKind, countries: Array<{ code: string }> }, sources: Array<{ id: string, publisher: string, published: string | null }> }> } | null };

export type AutomakerTradeMeasuresQueryVariables = Exact<{
  id: string;
}>;


export type AutomakerTradeMeasuresQuery = { automaker: { id: string, name: string, tradeMeasures: Array<{ kind: MeasureLinkKind, ratePercent: number | null, measure: { id: string, name: string, kind: TradeMeasureKind, effective: string | null, effectivePrecision: DatePrecision | null, imposedBy:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }, sources: Array<{ id: string, publisher: string, url: string | null }> }> } | null };

export type AutomakersFilteredQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AutomakerFilter | null | undefined;
  orderBy?: AutomakerOrder | null | undefined;
}>;


export type AutomakersFilteredQuery = { automakers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, country: { id: string } } }> } };

export type AutomakersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AutomakersPageQuery = { automakers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, country: { id: string, name: string }, factories: Array<{ id: string, name: string, country: { id: string, code: string } }> } }> } };

export type ChineseBrandsInMarketQueryVariables = Exact<{
  country: string;
  sellerCountry: string;
}>;


export type ChineseBrandsInMarketQuery = { country: { id: string, name: string, sellers: Array<{ status: MarketLinkStatus, since: string | null, sincePrecision: DatePrecision | null, channels: Array<SalesChannel>, partner: string | null, dealers: number | null, dealersAsOf: string | null, models: Array<string>, seller:
        | { __typename: 'Automaker', id: string, name: string }
        | { __typename: 'Brand', id: string, name: string, automaker: { name: string } }
        | { __typename: 'Factory' }
      , sources: Array<{ publisher: string, title: string, url: string | null, published: string | null }> }> } | null };

export type CompanyLinksQueryVariables = Exact<{
  id: string;
}>;


export type CompanyLinksQuery = { automaker: { id: string, name: string, companyLinks: Array<{ kind: CompanyLinkKind, direction: LinkDirection, stakePercent: number | null, name: string | null, since: string | null, sincePrecision: DatePrecision | null, until: string | null, untilPrecision: DatePrecision | null, automaker: { id: string, name: string }, sources: Array<{ id: string }> }> } | null };

export type CountriesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CountryFilter | null | undefined;
  orderBy?: CountryOrder | null | undefined;
}>;


export type CountriesPageQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string } }> } };

export type CountryExportSeriesQueryVariables = Exact<{
  id: string;
  metric?: TradeMetric | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
  countedBy?: CountingMethod | null | undefined;
  destination?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CountryExportSeriesQuery = { country: { id: string, name: string, exportSeries: Array<{ year: number, value: number, alternatives: number, figure: { id: string, basis: FigureBasis, doubtful: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, published: string | null } } }> } | null };

export type CountryExportsQueryVariables = Exact<{
  id: string;
  filter?: TradeFigureFilter | null | undefined;
}>;


export type CountryExportsQuery = { country: { id: string, name: string, exports: Array<{ id: string, metric: TradeMetric, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, destination: { id: string, name: string } | null, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, published: string | null } }> } | null };

export type CountryFactoriesQueryVariables = Exact<{
  id: string;
}>;


export type CountryFactoriesQuery = { country: { id: string, name: string, factories: Array<{ id: string, name: string, city: string | null, status: FactoryStatus, products: Array<string>, opened: string | null, automaker: { id: string, name: string }, sources: Array<{ id: string, publisher: string, published: string | null, url: string | null }> }> } | null };

export type CountryListsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  listFirst?: number | null | undefined;
}>;


export type CountryListsQuery = { countries: { edges: Array<{ node: { id: string, automakers: Array<{ id: string }>, factories: Array<{ id: string, automaker: { id: string } }>, markets: Array<{ id: string }>, exports: Array<{ id: string }> } }> } };

export type DatasetQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetQuery = { dataset: { version: string, revision: number, hash: string, hashMethod: string, counts: Array<{ kind: string, count: number }> } };

export type DeleteEntityMutationVariables = Exact<{
  id: string;
}>;


export type DeleteEntityMutation = { deleteEntity: boolean };

export type ExitsAndPlantsQueryVariables = Exact<{
  country: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ExitsAndPlantsQuery = { country: { id: string, name: string, exits: Array<{ kind: MarketLinkKind, until: string | null, untilPrecision: DatePrecision | null, note: string | null, seller:
        | { __typename: 'Automaker', id: string, name: string }
        | { __typename: 'Brand', id: string, name: string }
        | { __typename: 'Factory' }
      , sources: Array<{ publisher: string, url: string | null, published: string | null }> }>, factories: Array<{ id: string, name: string, city: string | null, status: FactoryStatus, products: Array<string>, closed: string | null, operatedSince: string | null, automaker: { name: string }, formerOperators: Array<{ since: string | null, until: string, automaker: { name: string }, sources: Array<{ publisher: string, url: string | null, published: string | null }> }>, sources: Array<{ publisher: string, url: string | null, published: string | null }> }> } | null };

export type ExportLeadEvidenceQueryVariables = Exact<{
  year: number;
}>;


export type ExportLeadEvidenceQuery = { newVehicles: Array<{ rank: number, exporter:
      | { id: string, name: string }
      | { id: string, name: string }
      | Record<PropertyKey, never>
    , figure: { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, alternatives: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, otherMeasures: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } } }>, customsCounts: Array<{ rank: number, exporter:
      | { id: string, name: string }
      | { id: string, name: string }
      | Record<PropertyKey, never>
    , figure: { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, alternatives: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, otherMeasures: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } } }> };

export type FigureEvidenceFragment = { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } };

export type RankedFigureFragment = { rank: number, exporter:
    | { id: string, name: string }
    | { id: string, name: string }
    | Record<PropertyKey, never>
  , figure: { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, alternatives: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, otherMeasures: Array<{ id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, preferred: boolean, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } }>, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, url: string | null, published: string | null } } };

export type ExporterRankingQueryVariables = Exact<{
  year: number;
  metric?: TradeMetric | null | undefined;
  countedBy?: CountingMethod | null | undefined;
}>;


export type ExporterRankingQuery = { exporterRanking: Array<{ rank: number, exporter:
      | { __typename: 'Automaker', id: string, name: string }
      | { __typename: 'Brand' }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Factory' }
      | { __typename: 'Market' }
    , figure: { id: string, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, reportedBy: { id: string, name: string } | null, source: { id: string, publisher: string, published: string | null } } }> };

export type ExporterRankingsQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type ExporterRankingsQuery = { exporterRankings: Array<{ year: number, vehicleClass: VehicleClass, countedBy: CountingMethod, ranks: Array<{ rank: number, exporter:
        | { code: string, name: string }
        | Record<PropertyKey, never>
      , figure: { value: number, basis: FigureBasis, reportedBy: { shortName: string | null } | null, source: { publisher: string, url: string | null, published: string | null } } }> }> };

export type FactoriesAbroadQueryVariables = Exact<{
  home: string;
  first?: number | null | undefined;
}>;


export type FactoriesAbroadQuery = { factories: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: FactoryStatus, announced: string | null, constructionStarted: string | null, opened: string | null, closed: string | null, capacityPerYear: number | null, country: { name: string }, automaker: { name: string }, sources: Array<{ publisher: string, url: string | null, published: string | null }> } }> }, factoryStats: Array<{ status: FactoryStatus | null, count: number, capacityPerYear: number | null }> };

export type FactoriesInCountryWithEvidenceQueryVariables = Exact<{
  country: string;
}>;


export type FactoriesInCountryWithEvidenceQuery = { country: { id: string, name: string, factories: Array<{ id: string, name: string, city: string | null, status: FactoryStatus, announced: string | null, announcedPrecision: DatePrecision | null, constructionStarted: string | null, opened: string | null, openedPrecision: DatePrecision | null, operator: { automaker: { id: string, name: string }, sources: Array<{ id: string, publisher: string, url: string | null, published: string | null }> }, location: { sources: Array<{ id: string, publisher: string, url: string | null, published: string | null }> } }> } | null };

export type FactoriesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FactoryFilter | null | undefined;
  orderBy?: FactoryOrder | null | undefined;
}>;


export type FactoriesPageQuery = { factories: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, city: string | null, status: FactoryStatus, opened: string | null, openedPrecision: DatePrecision | null, capacityPerYear: number | null, products: Array<string>, automaker: { id: string, name: string }, country: { id: string, name: string } } }> } };

export type FactoryClaimsQueryVariables = Exact<{
  id: string;
  kind?: FactoryClaimKind | null | undefined;
}>;


export type FactoryClaimsQuery = { factory: { id: string, name: string, claims: Array<{ id: string, kind: FactoryClaimKind, value: number, unit: ClaimUnit, basis: FigureBasis, asOf: string, asOfPrecision: DatePrecision, lowerBound: boolean, sources: Array<{ id: string, publisher: string, url: string | null }> }> } | null };

export type FactoryStatsQueryVariables = Exact<{
  groupBy: Array<FactoryGroupBy> | FactoryGroupBy;
  filter?: FactoryStatsFilter | null | undefined;
}>;


export type FactoryStatsQuery = { factoryStats: Array<{ status: FactoryStatus | null, count: number, capacityPerYear: number | null, capacityKnownCount: number, country: { id: string, name: string } | null, automaker: { id: string, name: string } | null }> };

export type FactoryStatusAsOfQueryVariables = Exact<{
  id: string;
  date: string;
}>;


export type FactoryStatusAsOfQuery = { factory: { id: string, name: string, status: FactoryStatus, statusAsOf: FactoryStatus | null, announced: string | null, announcedPrecision: DatePrecision | null, constructionStarted: string | null, constructionStartedPrecision: DatePrecision | null, opened: string | null, openedPrecision: DatePrecision | null, closed: string | null, sources: Array<{ id: string, publisher: string }> } | null };

export type FigureCompetitionQueryVariables = Exact<{
  id: string;
}>;


export type FigureCompetitionQuery = { node:
    | { id: string, value: number, basis: FigureBasis, preferred: boolean, alternatives: Array<{ id: string, value: number, basis: FigureBasis, doubtful: boolean, preferred: boolean, reportedBy: { shortName: string | null } | null, source: { publisher: string, published: string | null } }>, otherMeasures: Array<{ id: string, value: number, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string }> }
    | Record<PropertyKey, never>
   | null };

export type MarketEntryOrderQueryVariables = Exact<{
  id: string;
}>;


export type MarketEntryOrderQuery = { automaker: { id: string, name: string, country: { name: string }, markets: Array<{ status: MarketLinkStatus, since: string | null, sincePrecision: DatePrecision | null, until: string | null, channels: Array<SalesChannel>, seller:
        | { __typename: 'Automaker', name: string }
        | { __typename: 'Brand', name: string }
        | { __typename: 'Factory' }
      , market: { id: string, name: string, kind: MarketKind }, sources: Array<{ publisher: string, url: string | null, published: string | null }> }> } | null };

export type MarketExporterSharesQueryVariables = Exact<{
  id: string;
  year: number;
  metric?: TradeMetric | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
  countedBy?: CountingMethod | null | undefined;
  exporterKind?: ExporterKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MarketExporterSharesQuery = { market: { id: string, name: string, exporterShares: Array<{ value: number, share: number, exporter:
        | { __typename: 'Automaker', id: string, name: string }
        | { __typename: 'Brand' }
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Factory' }
        | { __typename: 'Market' }
      , figure: { id: string, basis: FigureBasis, source: { id: string, publisher: string, published: string | null } } }> } | null };

export type MarketImportSeriesQueryVariables = Exact<{
  id: string;
  metric?: TradeMetric | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
  countedBy?: CountingMethod | null | undefined;
  exporterKind?: ExporterKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MarketImportSeriesQuery = { market: { id: string, name: string, importSeries: Array<{ year: number, total: number, exporters: number, figures: Array<{ id: string, value: number, basis: FigureBasis, exporter:
          | { __typename: 'Automaker', id: string }
          | { __typename: 'Brand' }
          | { __typename: 'Country', id: string }
          | { __typename: 'Factory' }
          | { __typename: 'Market' }
         }> }> } | null };

export type MarketDetailQueryVariables = Exact<{
  id: string;
}>;


export type MarketDetailQuery = { market: { id: string, name: string, kind: MarketKind, countries: Array<{ id: string, name: string }>, automakers: Array<{ id: string, name: string }> } | null };

export type MarketsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MarketFilter | null | undefined;
  orderBy?: MarketOrder | null | undefined;
}>;


export type MarketsPageQuery = { markets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: MarketKind } }> } };

export type NeighborhoodQueryVariables = Exact<{
  id?: string;
  depth?: number | null | undefined;
  relationshipTypes?: Array<RelationshipType> | RelationshipType | null | undefined;
  first?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, center:
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
      | { __typename: 'TradeMeasure', id: string }
    , nodes: Array<
      | { __typename: 'Automaker', name: string, id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Factory', name: string, id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', name: string, id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', metric: TradeMetric, value: number, id: string }
      | { __typename: 'TradeMeasure', id: string }
    >, edges: Array<{ id: string, type: string, from: string, to: string, since: string | null, sincePrecision: DatePrecision | null, until: string | null, untilPrecision: DatePrecision | null, sources: Array<{ id: string, publisher: string, url: string | null }> }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Automaker', name: string, id: string }
    | { __typename: 'Brand', id: string }
    | { __typename: 'Country', code: string, name: string, id: string }
    | { __typename: 'Factory', name: string, status: FactoryStatus, id: string }
    | { __typename: 'FactoryClaim', id: string }
    | { __typename: 'Market', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Source', publisher: string, title: string, id: string }
    | { __typename: 'TradeFigure', metric: TradeMetric, value: number, id: string }
    | { __typename: 'TradeMeasure', id: string }
   | null };

export type OrganizationsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type OrganizationsPageQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, shortName: string | null, country: { id: string } | null } }> } };

export type OwnStoresInMarketQueryVariables = Exact<{
  country: string;
}>;


export type OwnStoresInMarketQuery = { country: { id: string, name: string, sellers: Array<{ status: MarketLinkStatus, since: string | null, channels: Array<SalesChannel>, dealers: number | null, dealersAsOf: string | null, seller:
        | { __typename: 'Automaker', id: string, name: string }
        | { __typename: 'Brand', id: string, name: string }
        | { __typename: 'Factory' }
      , sellerCountry: { name: string } | null, sources: Array<{ publisher: string, url: string | null, published: string | null }> }> } | null };

export type PathBetweenQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathBetweenQuery = { path: { length: number, nodes: Array<
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
      | { __typename: 'TradeMeasure', id: string }
    >, steps: Array<{ type: string, from: string, to: string, sources: Array<{ id: string, publisher: string }> }> } | null };

export type PathViaAvoidQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxHops?: number | null | undefined;
  avoid?: PathConstraint | null | undefined;
  via?: PathConstraint | null | undefined;
}>;


export type PathViaAvoidQuery = { withoutFigures: { length: number, nodes: Array<
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
      | { __typename: 'TradeMeasure', id: string }
    >, steps: Array<{ type: string, direction: PathDirection, from: string, to: string, sources: Array<{ id: string, publisher: string }> }> } | null, throughOrganization: { length: number, nodes: Array<
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
      | { __typename: 'TradeMeasure', id: string }
    >, steps: Array<{ type: string, direction: PathDirection, from: string, to: string, sources: Array<{ id: string, publisher: string }> }> } | null };

export type ProductionSalesExportsQueryVariables = Exact<{
  id: string;
  from?: number | null | undefined;
  to?: number | null | undefined;
}>;


export type ProductionSalesExportsQuery = { country: { id: string, name: string, production: Array<{ year: number, value: number, alternatives: number, figure: { basis: FigureBasis, note: string | null, reportedBy: { shortName: string | null } | null, source: { publisher: string, url: string | null, published: string | null } } }>, sales: Array<{ year: number, value: number, alternatives: number, figure: { basis: FigureBasis, note: string | null, reportedBy: { shortName: string | null } | null, source: { publisher: string, url: string | null, published: string | null } } }>, exports: Array<{ year: number, value: number, alternatives: number, figure: { basis: FigureBasis, note: string | null, reportedBy: { shortName: string | null } | null, source: { publisher: string, url: string | null, published: string | null } } }> } | null };

export type SeriesPointFieldsFragment = { year: number, value: number, alternatives: number, figure: { basis: FigureBasis, note: string | null, reportedBy: { shortName: string | null } | null, source: { publisher: string, url: string | null, published: string | null } } };

export type RankingAsOfQueryVariables = Exact<{
  year: number;
  asOf: string;
}>;


export type RankingAsOfQuery = { exporterRanking: Array<{ rank: number, exporter:
      | { id: string, name: string }
      | Record<PropertyKey, never>
    , figure: { id: string, value: number, basis: FigureBasis, source: { publisher: string, published: string | null } } }> };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Automaker', name: string, id: string }
    | { __typename: 'Brand', id: string }
    | { __typename: 'Country', name: string, id: string }
    | { __typename: 'Factory', name: string, id: string }
    | { __typename: 'FactoryClaim', id: string }
    | { __typename: 'Market', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'TradeFigure', id: string }
    | { __typename: 'TradeMeasure', name: string, id: string }
  > };

export type SellersFromCountryQueryVariables = Exact<{
  country: string;
  sellerCountry: string;
}>;


export type SellersFromCountryQuery = { country: { id: string, name: string, sellers: Array<{ kind: MarketLinkKind, status: MarketLinkStatus, since: string | null, until: string | null, partner: string | null, models: Array<string>, seller:
        | { __typename: 'Automaker', id: string, name: string }
        | { __typename: 'Brand', id: string, name: string }
        | { __typename: 'Factory', id: string, name: string }
      , sources: Array<{ publisher: string, url: string | null, published: string | null }> }> } | null };

export type ShortestPathsQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  via?: PathConstraint | null | undefined;
  avoid?: PathConstraint | null | undefined;
}>;


export type ShortestPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Automaker', id: string }
      | { __typename: 'Brand', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Factory', id: string }
      | { __typename: 'FactoryClaim', id: string }
      | { __typename: 'Market', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'TradeFigure', id: string }
      | { __typename: 'TradeMeasure', id: string }
    >, steps: Array<{ type: string, direction: PathDirection, from: string, to: string, since: string | null, sincePrecision: DatePrecision | null, until: string | null, untilPrecision: DatePrecision | null, sources: Array<{ id: string, publisher: string, url: string | null, published: string | null }> }> }> };

export type SourceFactsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourceFactsQuery = { node:
    | { id: string, publisher: string, title: string, facts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FactKind, type: string, subject:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , object:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type SourcesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SourceFilter | null | undefined;
  orderBy?: SourceOrder | null | undefined;
}>;


export type SourcesPageQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, publisher: string, title: string, url: string | null, published: string | null, publishedPrecision: DatePrecision | null, kind: SourceKind } }> } };

export type StatisticsPublisherQueryVariables = Exact<{
  id: string;
}>;


export type StatisticsPublisherQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, shortName: string | null, id: string, statisticsFor: Array<{ series: Array<StatisticsSeries>, vehicleClass: VehicleClass | null, country: { id: string }, sources: Array<{ id: string }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type TimelineQueryVariables = Exact<{
  id: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ date: string, precision: DatePrecision, endDate: string | null, kind: TimelineEventKind, relationshipType: string | null, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { metric: TradeMetric, value: number, basis: FigureBasis, id: string }
      | { id: string }
    , related:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, sources: Array<{ id: string, publisher: string, published: string | null }> }> };

export type TopExportDestinationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type TopExportDestinationsQuery = { country: { id: string, name: string, in2023: Array<{ periodStart: string, periodEnd: string, metric: TradeMetric, vehicleClass: VehicleClass, countedBy: CountingMethod, destinations: number, reportedBy: { shortName: string | null, name: string } | null, ranks: Array<{ rank: number, market: { id: string, name: string }, figure: { value: number, basis: FigureBasis, source: { publisher: string, url: string | null, published: string | null } } }> }>, in2024: Array<{ periodStart: string, periodEnd: string, metric: TradeMetric, vehicleClass: VehicleClass, countedBy: CountingMethod, destinations: number, reportedBy: { shortName: string | null, name: string } | null, ranks: Array<{ rank: number, market: { id: string, name: string }, figure: { value: number, basis: FigureBasis, source: { publisher: string, url: string | null, published: string | null } } }> }> } | null };

export type DestinationRankingFieldsFragment = { periodStart: string, periodEnd: string, metric: TradeMetric, vehicleClass: VehicleClass, countedBy: CountingMethod, destinations: number, reportedBy: { shortName: string | null, name: string } | null, ranks: Array<{ rank: number, market: { id: string, name: string }, figure: { value: number, basis: FigureBasis, source: { publisher: string, url: string | null, published: string | null } } }> };

export type TradeBlocMembersQueryVariables = Exact<{
  id: string;
}>;


export type TradeBlocMembersQuery = { market: { id: string, name: string, kind: MarketKind, members: Array<{ country: { id: string, code: string, name: string }, sources: Array<{ publisher: string, title: string, url: string | null, published: string | null }> }> } | null };

export type TradeFiguresPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TradeFigureConnectionFilter | null | undefined;
  orderBy?: TradeFigureOrder | null | undefined;
}>;


export type TradeFiguresPageQuery = { tradeFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, metric: TradeMetric, value: number, basis: FigureBasis, vehicleClass: VehicleClass, countedBy: CountingMethod, periodStart: string, periodEnd: string, doubtful: boolean, exporter:
          | { id: string }
          | { id: string }
          | Record<PropertyKey, never>
        , destination: { id: string } | null, reportedBy: { id: string, shortName: string | null } | null, source: { id: string, publisher: string, published: string | null } } }> } };

export type TradeMeasureQueryVariables = Exact<{
  id: string;
}>;


export type TradeMeasureQuery = { tradeMeasure: { id: string, name: string, kind: TradeMeasureKind, announced: string | null, announcedPrecision: DatePrecision | null, effective: string | null, effectivePrecision: DatePrecision | null, ends: string | null, ratePercent: number | null, ratePercentIsMaximum: boolean, imposedBy:
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , links: Array<{ kind: MeasureLinkKind, ratePercent: number | null, target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ id: string }> }>, sources: Array<{ id: string }> } | null };

export type TradeMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type TradeMeasuresQuery = { tradeMeasures: Array<{ id: string, name: string, kind: TradeMeasureKind, effective: string | null, effectivePrecision: DatePrecision | null, announced: string | null, ratePercent: number | null, ratePercentIsMaximum: boolean, imposedBy:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , sources: Array<{ id: string }> }> };

export type UnsourcedFactsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type UnsourcedFactsQuery = { unsourcedFacts: { totalCount: number, edges: Array<{ node: { id: string, kind: FactKind, type: string, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , object:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type UpsertAutomakerMutationVariables = Exact<{
  input: AutomakerInput;
}>;


export type UpsertAutomakerMutation = { upsertAutomaker: { id: string, name: string, country: { id: string, name: string } } };

export type UpsertFactoryMutationVariables = Exact<{
  input: FactoryInput;
}>;


export type UpsertFactoryMutation = { upsertFactory: { id: string, name: string, city: string | null, status: FactoryStatus, products: Array<string>, roles: Array<FactoryRole>, capacityPerYear: number | null, announced: string | null, announcedPrecision: DatePrecision | null, constructionStarted: string | null, constructionStartedPrecision: DatePrecision | null, opened: string | null, openedPrecision: DatePrecision | null, closed: string | null, closedPrecision: DatePrecision | null, location: { country: { id: string }, sources: Array<{ id: string }> }, operator: { automaker: { id: string }, sources: Array<{ id: string }> }, sources: Array<{ id: string, url: string | null }> } };

export type UpsertMarketLinkMutationVariables = Exact<{
  input: MarketLinkInput;
}>;


export type UpsertMarketLinkMutation = { upsertMarketLink: { kind: MarketLinkKind, status: MarketLinkStatus, since: string | null, sincePrecision: DatePrecision | null, until: string | null, untilPrecision: DatePrecision | null, channels: Array<SalesChannel>, partner: string | null, dealers: number | null, dealersAsOf: string | null, dealersAsOfPrecision: DatePrecision | null, models: Array<string>, note: string | null, seller:
      | { id: string }
      | { id: string }
      | { id: string }
    , market: { id: string, name: string, kind: MarketKind }, sources: Array<{ id: string, url: string | null, publisher: string, published: string | null }> } };

export const FigureEvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<FigureEvidenceFragment, unknown>;
export const RankedFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExporterRank"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<RankedFigureFragment, unknown>;
export const SeriesPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]} as unknown as DocumentNode<SeriesPointFieldsFragment, unknown>;
export const DestinationRankingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DestinationRankingFieldsFragment, unknown>;
export const AddFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flow"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AddFigureMutation, AddFigureMutationVariables>;
export const AutomakerExportSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerExportSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exportSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerExportSeriesQuery, AutomakerExportSeriesQueryVariables>;
export const AutomakerExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerExportsQuery, AutomakerExportsQueryVariables>;
export const AutomakerMarketsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerMarketsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerMarketsAsOfQuery, AutomakerMarketsAsOfQueryVariables>;
export const AutomakerMarketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerMarkets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerMarketsQuery, AutomakerMarketsQueryVariables>;
export const AutomakerTradeMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakerTradeMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradeMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"imposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakerTradeMeasuresQuery, AutomakerTradeMeasuresQueryVariables>;
export const AutomakersFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakersFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomakerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomakerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automakers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakersFilteredQuery, AutomakersFilteredQueryVariables>;
export const AutomakersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomakersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automakers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomakersPageQuery, AutomakersPageQueryVariables>;
export const ChineseBrandsInMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChineseBrandsInMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sellerCountry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sellerCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sellerCountry"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SELLS_IN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ENTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"dealers"}},{"kind":"Field","name":{"kind":"Name","value":"dealersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChineseBrandsInMarketQuery, ChineseBrandsInMarketQueryVariables>;
export const CompanyLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"stakePercent"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"untilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyLinksQuery, CompanyLinksQueryVariables>;
export const CountriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesPageQuery, CountriesPageQueryVariables>;
export const CountryExportSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryExportSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exportSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"destination"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryExportSeriesQuery, CountryExportSeriesQueryVariables>;
export const CountryExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryExportsQuery, CountryExportsQueryVariables>;
export const CountryFactoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryFactories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryFactoriesQuery, CountryFactoriesQueryVariables>;
export const CountryListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automakers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryListsQuery, CountryListsQueryVariables>;
export const DatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashMethod"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetQuery, DatasetQueryVariables>;
export const DeleteEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEntityMutation, DeleteEntityMutationVariables>;
export const ExitsAndPlantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExitsAndPlants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"exits"},"name":{"kind":"Name","value":"sellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"WITHDRAWN"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"endedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"endedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ENTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"untilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatedSince"}},{"kind":"Field","name":{"kind":"Name","value":"formerOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExitsAndPlantsQuery, ExitsAndPlantsQueryVariables>;
export const ExportLeadEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportLeadEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"newVehicles"},"name":{"kind":"Name","value":"exporterRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankedFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"customsCounts"},"name":{"kind":"Name","value":"exporterRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"EnumValue","value":"CUSTOMS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankedFigure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExporterRank"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureEvidence"}}]}}]}}]}}]} as unknown as DocumentNode<ExportLeadEvidenceQuery, ExportLeadEvidenceQueryVariables>;
export const ExporterRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExporterRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporterRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExporterRankingQuery, ExporterRankingQueryVariables>;
export const ExporterRankingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExporterRankings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporterRankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExporterRankingsQuery, ExporterRankingsQueryVariables>;
export const FactoriesAbroadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoriesAbroad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"home"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"operatorCountries"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"home"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"notInCountries"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"home"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStarted"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"factoryStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"automakerCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"home"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notInCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"home"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}}]}}]}}]} as unknown as DocumentNode<FactoriesAbroadQuery, FactoriesAbroadQueryVariables>;
export const FactoriesInCountryWithEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoriesInCountryWithEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"factories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"announcedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStarted"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"openedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactoriesInCountryWithEvidenceQuery, FactoriesInCountryWithEvidenceQueryVariables>;
export const FactoriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"openedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactoriesPageQuery, FactoriesPageQueryVariables>;
export const FactoryClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoryClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryClaimKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"asOfPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactoryClaimsQuery, FactoryClaimsQueryVariables>;
export const FactoryStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoryStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryGroupBy"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryStatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factoryStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKnownCount"}}]}}]}}]} as unknown as DocumentNode<FactoryStatsQuery, FactoryStatsQueryVariables>;
export const FactoryStatusAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactoryStatusAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"announcedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStarted"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStartedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"openedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]} as unknown as DocumentNode<FactoryStatusAsOfQuery, FactoryStatusAsOfQueryVariables>;
export const FigureCompetitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureCompetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FigureCompetitionQuery, FigureCompetitionQueryVariables>;
export const MarketEntryOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketEntryOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ENTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"includeBrands"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"outsideHomeCountry"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SELLS_IN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketEntryOrderQuery, MarketEntryOrderQueryVariables>;
export const MarketExporterSharesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketExporterShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exporterKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExporterKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exporterShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"exporterKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exporterKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketExporterSharesQuery, MarketExporterSharesQueryVariables>;
export const MarketImportSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketImportSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountingMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exporterKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExporterKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"countedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"exporterKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exporterKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"exporters"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketImportSeriesQuery, MarketImportSeriesQueryVariables>;
export const MarketDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"automakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MarketDetailQuery, MarketDetailQueryVariables>;
export const MarketsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketsPageQuery, MarketsPageQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"automaker:byd","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"untilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const OrganizationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsPageQuery, OrganizationsPageQueryVariables>;
export const OwnStoresInMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnStoresInMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OWN_STORES"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SELLS_IN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellerCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"dealers"}},{"kind":"Field","name":{"kind":"Name","value":"dealersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnStoresInMarketQuery, OwnStoresInMarketQueryVariables>;
export const PathBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const PathViaAvoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathViaAvoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"automaker:tesla","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"market:russia","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avoid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathConstraint"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FIGURE"}]}}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathConstraint"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"withoutFigures"},"name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"avoid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avoid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"throughOrganization"},"name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathViaAvoidQuery, PathViaAvoidQueryVariables>;
export const ProductionSalesExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductionSalesExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"production"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"flow"},"value":{"kind":"EnumValue","value":"PRODUCTION"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sales"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"flow"},"value":{"kind":"EnumValue","value":"SALES"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"exports"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"flow"},"value":{"kind":"EnumValue","value":"EXPORTS"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]} as unknown as DocumentNode<ProductionSalesExportsQuery, ProductionSalesExportsQueryVariables>;
export const RankingAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankingAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exporterRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankingAsOfQuery, RankingAsOfQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SellersFromCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SellersFromCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sellerCountry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sellerCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sellerCountry"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SELLS_IN"},{"kind":"EnumValue","value":"EXPORTS_TO"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"SELLER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SellersFromCountryQuery, SellersFromCountryQueryVariables>;
export const ShortestPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"automaker:tesla","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"market:russia","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathConstraint"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avoid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathConstraint"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}},{"kind":"Argument","name":{"kind":"Name","value":"avoid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avoid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"untilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathsQuery, ShortestPathsQueryVariables>;
export const SourceFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceFactsQuery, SourceFactsQueryVariables>;
export const SourcesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcesPageQuery, SourcesPageQueryVariables>;
export const StatisticsPublisherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsPublisher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsPublisherQuery, StatisticsPublisherQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Factory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const TopExportDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopExportDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"in2023"},"name":{"kind":"Name","value":"exportDestinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DestinationRankingFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"in2024"},"name":{"kind":"Name","value":"exportDestinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DestinationRankingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DestinationRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TopExportDestinationsQuery, TopExportDestinationsQueryVariables>;
export const TradeBlocMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeBlocMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TradeBlocMembersQuery, TradeBlocMembersQueryVariables>;
export const TradeFiguresPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeFiguresPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureConnectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeFigureOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"countedBy"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"doubtful"}},{"kind":"Field","name":{"kind":"Name","value":"exporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Automaker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TradeFiguresPageQuery, TradeFiguresPageQueryVariables>;
export const TradeMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"announcedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercentIsMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"imposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TradeMeasureQuery, TradeMeasureQueryVariables>;
export const TradeMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercentIsMaximum"}},{"kind":"Field","name":{"kind":"Name","value":"imposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TradeMeasuresQuery, TradeMeasuresQueryVariables>;
export const UnsourcedFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnsourcedFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsourcedFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnsourcedFactsQuery, UnsourcedFactsQueryVariables>;
export const UpsertAutomakerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAutomaker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutomakerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAutomaker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertAutomakerMutation, UpsertAutomakerMutationVariables>;
export const UpsertFactoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertFactory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FactoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertFactory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"announced"}},{"kind":"Field","name":{"kind":"Name","value":"announcedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStarted"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStartedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"openedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertFactoryMutation, UpsertFactoryMutationVariables>;
export const UpsertMarketLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertMarketLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertMarketLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sincePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"untilPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"dealers"}},{"kind":"Field","name":{"kind":"Name","value":"dealersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"dealersAsOfPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertMarketLinkMutation, UpsertMarketLinkMutationVariables>;