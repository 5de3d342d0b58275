/**
 * The graph's vocabulary, written once: the kinds of entity (id prefix, Neo4j label, GraphQL kind),
 * the relationship types with the kinds they join and their groups, and the values of every enum
 * the graph stores. Ids, GraphQL enums, seed kinds, schema statements and repositories derive from
 * these tables; nothing here imports anything, so every layer may import it.
 */

/** An enum the graph stores: its GraphQL name and description, and each value with its description. */
export interface VocabularyEnum {
  readonly name: string;
  readonly description: string;
  readonly values: Readonly<Record<string, string>>;
}

/** The values of a vocabulary enum, in the order written. */
export function valuesOf<E extends VocabularyEnum>(table: E): (keyof E['values'] & string)[] {
  return Object.keys(table.values) as (keyof E['values'] & string)[];
}

// ─── Kinds of entity ──────────────────────────────────────────────────────────────────────────

/**
 * Each id prefix: the Neo4j label (also the GraphQL type) of its nodes, its EntityKind value in
 * paths and neighbourhoods (null: never a hop), and whether names of its nodes are searched.
 */
export const KINDS = {
  country: { label: 'Country', entityKind: 'COUNTRY', searchable: true },
  automaker: { label: 'Automaker', entityKind: 'AUTOMAKER', searchable: true },
  brand: { label: 'Brand', entityKind: 'BRAND', searchable: true },
  factory: { label: 'Factory', entityKind: 'FACTORY', searchable: true },
  market: { label: 'Market', entityKind: 'MARKET', searchable: true },
  org: { label: 'Organization', entityKind: 'ORGANIZATION', searchable: true },
  source: { label: 'Source', entityKind: null, searchable: true },
  figure: { label: 'TradeFigure', entityKind: 'FIGURE', searchable: false },
  measure: { label: 'TradeMeasure', entityKind: 'MEASURE', searchable: true },
  claim: { label: 'FactoryClaim', entityKind: 'CLAIM', searchable: false },
} as const;

export type Kind = keyof typeof KINDS;
export type Label = (typeof KINDS)[Kind]['label'];

/** Every kind, in the order of KINDS. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Every label, in the order of KINDS. */
export const LABELS: readonly Label[] = KIND_NAMES.map((kind) => KINDS[kind].label);

/** The label every node of the graph carries besides its kind's. */
export const ENTITY_LABEL = 'Entity';

/** The kinds of entity paths and neighbourhoods go through, with their descriptions (GraphQL EntityKind). */
export const ENTITY_KINDS = {
  name: 'EntityKind',
  description:
    'A kind of entity that paths and neighbourhoods go through. Sources are not among them: they are the evidence for relationships, never a hop.',
  values: {
    COUNTRY: 'A country (Country, ids country:<code>).',
    AUTOMAKER: 'An automaker (Automaker, ids automaker:<slug>).',
    BRAND: "A brand of an automaker's (Brand, ids brand:<slug>), e.g. MG of SAIC.",
    FACTORY: 'A factory (Factory, ids factory:<slug>).',
    MARKET: 'A market: one country, a region, or a trade bloc (Market, ids market:<slug>).',
    ORGANIZATION: 'An organization that reports figures, e.g. a customs office (Organization, ids org:<slug>).',
    FIGURE: 'A trade figure (TradeFigure, ids figure:<slug>), linked to its exporter, destination and reporter.',
    MEASURE: 'A trade measure: a duty, tariff, tax, fee or investigation (TradeMeasure, ids measure:<slug>).',
    CLAIM: 'A claim about a factory: an investment or a capacity (FactoryClaim, ids claim:<slug>).',
  },
} as const satisfies VocabularyEnum;

export type EntityKindValue = keyof typeof ENTITY_KINDS.values;

/** The Neo4j label of each EntityKind value. */
export const LABEL_BY_ENTITY_KIND = Object.fromEntries(
  KIND_NAMES.flatMap((kind) => (KINDS[kind].entityKind === null ? [] : [[KINDS[kind].entityKind, KINDS[kind].label]])),
) as Readonly<Record<EntityKindValue, Label>>;

// ─── Relationship types ───────────────────────────────────────────────────────────────────────

/**
 * Every relationship type that links entities, with the kinds at each end and its meaning (the
 * GraphQL RelationshipType descriptions). The evidence edge STATED_IN (figure → source) is not one:
 * paths and neighbourhoods never follow it.
 */
export const RELATIONSHIPS = {
  HEADQUARTERED_IN: { from: ['automaker'], to: ['country'], description: 'Automaker → Country: where the automaker has its headquarters.' },
  BRAND_OF: { from: ['brand'], to: ['automaker'], description: 'Brand → Automaker: the automaker that owns the brand.' },
  OPERATES: {
    from: ['automaker'],
    to: ['factory'],
    description: 'Automaker → Factory: the automaker runs the factory now (or last ran it, if it is closed); may have since.',
  },
  OPERATED: {
    from: ['automaker'],
    to: ['factory'],
    description: 'Automaker → Factory: the automaker ran the factory before its current operator (since/until).',
  },
  LOCATED_IN: { from: ['factory'], to: ['country'], description: 'Factory → Country: where the factory stands.' },
  SELLS_IN: {
    from: ['automaker', 'brand'],
    to: ['market'],
    description: 'Automaker or Brand → Market: sells vehicles there (since/until, status, channels, dealers, models).',
  },
  EXPORTS_TO: {
    from: ['automaker', 'brand', 'factory'],
    to: ['market'],
    description: 'Automaker, Brand or Factory → Market: ships vehicles there from another country (may have since/until).',
  },
  TARGETS: {
    from: ['automaker', 'brand'],
    to: ['market'],
    description: 'Automaker or Brand → Market: has announced plans for the market (may have since/until).',
  },
  INCLUDES: {
    from: ['market'],
    to: ['country'],
    description: "Market → Country: the market covers that country (a trade bloc's members; a country market's one country).",
  },
  BASED_IN: { from: ['org'], to: ['country'], description: 'Organization → Country: where the organization is based.' },
  EXPORTER: {
    from: ['figure'],
    to: ['country', 'automaker', 'brand', 'factory', 'market'],
    description:
      'TradeFigure → whose flow the figure counts: the exporter (EXPORTS), importer (IMPORTS), producer (PRODUCTION) or seller (SALES).',
  },
  DESTINATION: {
    from: ['figure'],
    to: ['market'],
    description: 'TradeFigure → Market: where the exports went, where the imports came from, or where the sales or production happened.',
  },
  REPORTED_BY: { from: ['figure'], to: ['org'], description: 'TradeFigure → Organization: who produced the figure.' },
  IMPOSED_BY: { from: ['measure'], to: ['country', 'market'], description: 'TradeMeasure → Country or Market: who imposes the measure.' },
  APPLIES_TO: {
    from: ['measure'],
    to: ['automaker', 'brand', 'country'],
    description: 'TradeMeasure → Automaker, Brand or Country: whom the measure applies to (with its rate).',
  },
  AFFECTS: { from: ['measure'], to: ['market', 'country'], description: 'TradeMeasure → Market or Country: the market the measure affects.' },
  EXEMPTS: { from: ['measure'], to: ['factory'], description: 'TradeMeasure → Factory: a factory the measure exempts.' },
  OWNS_STAKE_IN: {
    from: ['automaker', 'org'],
    to: ['automaker', 'brand', 'factory', 'org'],
    description: 'Automaker or Organization → Automaker, Brand, Factory or Organization: holds a stake in it (stakePercent).',
  },
  OWNS: {
    from: ['automaker', 'org'],
    to: ['automaker', 'brand', 'factory', 'org'],
    description: 'Automaker or Organization → Automaker, Brand, Factory or Organization: owns it.',
  },
  JOINT_VENTURE_WITH: {
    from: ['automaker', 'org'],
    to: ['automaker', 'org'],
    description: 'Automaker or Organization → Automaker or Organization: has a joint venture with the other.',
  },
  CONTRACT_MANUFACTURES_FOR: {
    from: ['automaker', 'org'],
    to: ['automaker', 'brand'],
    description: 'Automaker or Organization → Automaker or Brand: builds vehicles for the other under contract.',
  },
  PUBLISHES_STATISTICS_FOR: { from: ['org'], to: ['country'], description: 'Organization → Country: publishes statistics about the country.' },
  CLAIM_ABOUT: { from: ['claim'], to: ['factory'], description: 'FactoryClaim → Factory: the factory a claim (investment, capacity) is about.' },
} as const satisfies Record<string, { from: readonly Kind[]; to: readonly Kind[]; description: string }>;

export type RelationshipTypeName = keyof typeof RELATIONSHIPS;

/** Every relationship type paths and neighbourhoods may follow, in a fixed order. */
export const LINK_TYPES = Object.keys(RELATIONSHIPS) as RelationshipTypeName[];

/** The evidence edge from a figure to the source that states it: never a hop. */
export const STATED_IN = 'STATED_IN';

/** An automaker's links to a market. */
export const MARKET_LINK_TYPES = ['SELLS_IN', 'EXPORTS_TO', 'TARGETS'] as const satisfies readonly RelationshipTypeName[];

/** Ties between companies, stored from the holder, the first partner or the contract manufacturer. */
export const COMPANY_LINK_TYPES = [
  'OWNS_STAKE_IN',
  'OWNS',
  'JOINT_VENTURE_WITH',
  'CONTRACT_MANUFACTURES_FOR',
] as const satisfies readonly RelationshipTypeName[];

/** How a trade measure bears on an entity (besides IMPOSED_BY, who imposes it). */
export const MEASURE_LINK_TYPES = ['APPLIES_TO', 'AFFECTS', 'EXEMPTS'] as const satisfies readonly RelationshipTypeName[];

/** A figure's links to what it counts, where to and who produced it. */
export const FIGURE_LINK_TYPES = ['EXPORTER', 'DESTINATION', 'REPORTED_BY'] as const satisfies readonly RelationshipTypeName[];

/** Relationship types as a Cypher alternation (`A|B|C`) for a pattern; the types come from this file only. */
export function typeAlternation(types: readonly RelationshipTypeName[]): string {
  return types.join('|');
}

// ─── Enums the graph stores ───────────────────────────────────────────────────────────────────

export const DATE_PRECISIONS = {
  name: 'DatePrecision',
  description: 'How exact a date is. A date known only to the month or year is stored as the first day of that month or year.',
  values: {
    DAY: 'Exact to the day.',
    MONTH: 'Known to the month; the day is the 1st.',
    YEAR: 'Known to the year; the date is 1 January.',
  },
} as const satisfies VocabularyEnum;

export const SOURCE_KINDS = {
  name: 'SourceKind',
  description: 'What kind of document a source is.',
  values: {
    NEWS: 'A news article.',
    STATISTICS: 'A statistics release of an association, customs office or institute.',
    COMPANY: "A company's own announcement or filing.",
    GOVERNMENT: 'A government or regulator document.',
    ANALYSIS: 'An analysis by a consultancy or research firm.',
  },
} as const satisfies VocabularyEnum;

export const FACTORY_STATUSES = {
  name: 'FactoryStatus',
  description: 'Where a factory stands, as its latest source says.',
  values: {
    OPERATING: 'Builds vehicles.',
    UNDER_CONSTRUCTION: 'Being built; not yet producing.',
    ANNOUNCED: 'Announced or planned; construction not known to have started.',
    CLOSED: 'No longer producing.',
  },
} as const satisfies VocabularyEnum;

export const FACTORY_ROLES = {
  name: 'FactoryRole',
  description: "A role a factory plays in its automaker's trade.",
  values: {
    EXPORT_HUB: "A main source of the automaker's exports (e.g. Tesla's Shanghai Gigafactory).",
  },
} as const satisfies VocabularyEnum;

export const MARKET_KINDS = {
  name: 'MarketKind',
  description: 'Whether a market is one country, a region of several, or a trade bloc.',
  values: {
    COUNTRY: "The market of a single country: one place with the country for paths and filters.",
    REGION: 'A region of several countries, e.g. Europe or Southeast Asia.',
    TRADE_BLOC: 'A customs union or free-trade area whose members are its countries, e.g. the European Union or Mercosur.',
  },
} as const satisfies VocabularyEnum;

export const MARKET_LINK_KINDS = {
  name: 'MarketLinkKind',
  description: 'How an automaker, a brand or a factory is linked to a market (this is also the relationship type in paths).',
  values: {
    SELLS_IN: 'Sells vehicles in the market.',
    EXPORTS_TO: 'Ships vehicles to the market from another country.',
    TARGETS: 'Has announced plans or goals for the market.',
  },
} as const satisfies VocabularyEnum;

export const TRADE_METRICS = {
  name: 'TradeMetric',
  description: 'What a figure measures.',
  values: {
    UNITS: 'Vehicles',
    VALUE_USD: 'US dollars',
    GROWTH_PERCENT: 'Change against the same period a year earlier, in percent',
    SHARE_PERCENT: 'A share of the market or of the whole, in percent (0 to 100)',
    VALUE_EUR: 'Euros (never converted from another currency)',
    VALUE_JPY: 'Japanese yen (never converted from another currency)',
    VALUE_GBP: 'Pounds sterling (never converted from another currency)',
  },
} as const satisfies VocabularyEnum;

export const FIGURE_BASES = {
  name: 'FigureBasis',
  description: 'How final a figure is. Where figures compete, OFFICIAL beats ESTIMATE beats FORECAST beats TARGET.',
  values: {
    OFFICIAL: 'Final figures from the publishing body',
    ESTIMATE: "A body's estimate before official figures",
    FORECAST: 'A projection',
    TARGET: "A company's or government's goal",
  },
} as const satisfies VocabularyEnum;

export const VEHICLE_CLASSES = {
  name: 'VehicleClass',
  description: 'Which vehicles a figure counts. Figures of different classes are not alternatives of each other.',
  values: {
    ALL_VEHICLES: 'Passenger cars and commercial vehicles (buses, trucks).',
    PASSENGER_CARS: 'Passenger cars only.',
    LIGHT_VEHICLES: 'Passenger cars and light commercial vehicles.',
    NEW_ENERGY_VEHICLES: 'Battery-electric, plug-in hybrid and fuel-cell vehicles (China\'s "NEV").',
    BUSES: 'Buses only.',
    COMMERCIAL_VEHICLES: 'Commercial vehicles only: trucks, buses and vans (in OICA counts, light trucks in North America too).',
  },
} as const satisfies VocabularyEnum;

export const COUNTING_METHODS = {
  name: 'CountingMethod',
  description:
    "Who counted the vehicles. Customs counts and manufacturers' counts differ (customs may include used vehicles), so they are ranked separately.",
  values: {
    MANUFACTURERS: 'New vehicles as counted by the makers or their association (CAAM, JAMA, CPCA, OICA…): shipments, production, sales or registrations.',
    CUSTOMS: 'Vehicles cleared by customs; may include used vehicles.',
  },
} as const satisfies VocabularyEnum;

export const MEASURE_KINDS = {
  name: 'TradeMeasureKind',
  description: 'What kind of trade-policy measure it is.',
  values: {
    INVESTIGATION: 'An inquiry that may lead to duties (e.g. an anti-subsidy investigation); no charge of its own.',
    COUNTERVAILING_DUTY: 'A duty that offsets subsidies found by an investigation, often at a rate per company.',
    TARIFF: 'A customs duty on imports (general or extra), e.g. a 100% tariff on Chinese electric vehicles.',
    TAX: "An import tax set by tax law rather than by a trade-defence case, e.g. Brazil's tax on imported EVs.",
    FEE: "A charge per vehicle that is not a duty, e.g. Russia's recycling fee.",
  },
} as const satisfies VocabularyEnum;

export const MEASURE_LINK_KINDS = {
  name: 'MeasureLinkKind',
  description: 'How a trade measure bears on an entity.',
  values: {
    APPLIES_TO: "The measure charges this automaker's or this country's vehicles, at `ratePercent` where stated.",
    AFFECTS: 'The measure changes trade into this market or country.',
    EXEMPTS: 'The measure spares this factory (e.g. imports tied to its investment).',
  },
} as const satisfies VocabularyEnum;

export const COMPANY_LINK_KINDS = {
  name: 'CompanyLinkKind',
  description:
    'How two companies are tied (automakers, and organizations that hold stakes or run joint ventures), or a company and a brand or factory it holds. Each is stored in one direction: from the holder, the first partner or the manufacturer.',
  values: {
    OWNS_STAKE_IN: 'The first holds a share of the second (`stakePercent`), e.g. Geely in Proton.',
    OWNS: 'The first owns the second outright or as its parent, e.g. Geely and Volvo Cars.',
    JOINT_VENTURE_WITH: 'The two run a joint venture (`name` where stated), e.g. BYD and UzAuto.',
    CONTRACT_MANUFACTURES_FOR: "The first builds the second's vehicles under contract, e.g. JAC for NIO.",
  },
} as const satisfies VocabularyEnum;

export const CLAIM_KINDS = {
  name: 'FactoryClaimKind',
  description: 'What a claim about a factory measures.',
  values: {
    INVESTMENT: 'Money put into the factory, in `unit` (a currency).',
    CAPACITY: 'Vehicles it can build a year (`unit` VEHICLES_PER_YEAR).',
  },
} as const satisfies VocabularyEnum;

export const CLAIM_UNITS = {
  name: 'ClaimUnit',
  description: "The unit of a claim's value: a currency (ISO 4217 code) or vehicles a year.",
  values: {
    EUR: 'Euros.',
    USD: 'US dollars.',
    BRL: 'Brazilian reais.',
    HUF: 'Hungarian forints.',
    THB: 'Thai baht.',
    JPY: 'Japanese yen.',
    GBP: 'Pounds sterling.',
    CNY: 'Chinese yuan.',
    INR: 'Indian rupees.',
    RUB: 'Russian roubles.',
    MXN: 'Mexican pesos.',
    IDR: 'Indonesian rupiah.',
    KRW: 'South Korean won.',
    MYR: 'Malaysian ringgit.',
    TRY: 'Turkish lira.',
    ZAR: 'South African rand.',
    PLN: 'Polish złoty.',
    CZK: 'Czech koruna.',
    VND: 'Vietnamese dong.',
    ARS: 'Argentine pesos.',
    CAD: 'Canadian dollars.',
    AUD: 'Australian dollars.',
    KZT: 'Kazakh tenge.',
    VEHICLES_PER_YEAR: 'Vehicles a year.',
  },
} as const satisfies VocabularyEnum;

export const STATISTICS_SERIES = {
  name: 'StatisticsSeries',
  description: 'A kind of count a statistics body publishes.',
  values: {
    PRODUCTION: 'Vehicles built.',
    SALES: 'Vehicles sold, without saying where.',
    DOMESTIC_SALES: 'Vehicles sold in the home market.',
    RETAIL: 'Sales to end buyers.',
    WHOLESALE: 'Shipments from manufacturers to dealers (and exports), as manufacturers report them.',
    EXPORTS: 'Vehicles exported.',
    ORDERS: 'Orders received.',
  },
} as const satisfies VocabularyEnum;

export const FIGURE_FLOWS = {
  name: 'FigureFlow',
  description:
    'What flow of vehicles (or money) a figure counts. Figures of different flows never compete; exports, production and sales of one country side by side are three series.',
  values: {
    EXPORTS: 'Vehicles shipped abroad by the exporter (`exporter`), to `destination` (null: all destinations).',
    IMPORTS: 'Vehicles the importer (`exporter`) brought in, from `destination` (null: from everywhere), as the importing side counts them.',
    PRODUCTION: 'Vehicles built by the producer (`exporter`), in `destination` where given.',
    SALES: 'Vehicles sold or registered by the seller (`exporter`) in `destination` (null: everywhere). A country as seller means the brands of that country.',
    OVERSEAS_SALES: "An automaker's or brand's sales outside its home country, wherever the vehicles were built.",
  },
} as const satisfies VocabularyEnum;

export const MARKET_LINK_STATUSES = {
  name: 'MarketLinkStatus',
  description: 'Whether a company–market link holds, is only planned, or has ended.',
  values: {
    ACTIVE: 'It sells in (exports to, targets) the market, as its latest source says.',
    PLANNED: 'An announced entry that has not begun, as its latest source says (`since` is the planned start, where stated).',
    WITHDRAWN: 'It has left the market (`until` where a source gives the day).',
  },
} as const satisfies VocabularyEnum;

export const SALES_CHANNELS = {
  name: 'SalesChannel',
  description: 'How a seller reaches buyers in a market.',
  values: {
    OWN_STORES: 'Its own dealers, stores or subsidiary.',
    IMPORTER: 'An importer that buys and resells its vehicles (see `partner`).',
    DISTRIBUTOR: 'A distributor or dealer group under contract (see `partner`).',
    ONLINE: 'Direct sales online.',
  },
} as const satisfies VocabularyEnum;
