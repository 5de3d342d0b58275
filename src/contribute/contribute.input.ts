/** Inputs of the contribution mutations: addFigure, upsertMarketLink, upsertFactory, and the source each names. */

import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { FactoryRole, FactoryStatus } from '../factory';
import { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from '../figure';
import { MarketLinkKind, MarketLinkStatus, SalesChannel } from '../market';
import { SourceKind } from '../source';

/** The description of the precision of `date`. */
const precisionOf = (date: string): string => `How exact \`${date}\` is; DAY when \`${date}\` is given without one.`;

@InputType('SourceInput', {
  description:
    'The document that states a contributed fact. A source the graph already has with the same url is used as it is ' +
    '(the other fields are then not stored); otherwise a new one is made, with the id source:<host>-<published>-<8 hex of sha256(url)>.',
})
export class SourceInput {
  @Field({ description: 'Where the document can be read: an http or https address, at most 2000 characters.' })
  url!: string;

  @Field({ description: 'Who published it (a news outlet, an association, a company), 1 to 200 characters.' })
  publisher!: string;

  @Field(() => DateScalar, { description: 'When it was published (the first day of the month or year when only that is known).' })
  published!: string;

  @Field(() => DatePrecision, { nullable: true, defaultValue: 'DAY', description: 'How exact `published` is (default DAY).' })
  publishedPrecision?: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short descriptive title, at most 300 characters (default: "<publisher>, <published>").',
  })
  title?: string | null;

  @Field(() => SourceKind, { nullable: true, defaultValue: 'NEWS', description: 'What kind of document it is (default NEWS).' })
  kind?: SourceKind | null;
}

@InputType('FigureInput', {
  description: 'A trade figure to add, with its source: the fields of a figures.json record, the source given whole instead of its id.',
})
export class FigureInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the form figure:<slug>; by default one made from the fields: ' +
      'figure:<exporter key>-<destination key or world>-<periodStart>-<periodEnd>-<flow>-<metric>-<8 hex of sha256(source url)>.',
  })
  id?: string | null;

  @Field(() => ID, { description: 'Whose flow it counts: a country, automaker, brand, factory or market id.' })
  exporterId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Where to (or from, or where): a market id, or a country id meaning that country's own market; null for worldwide.",
  })
  destinationId?: string | null;

  @Field(() => FigureFlow, { description: 'What flow it counts.' })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the value measures.' })
  metric!: TradeMetric;

  @Field(() => Float, { description: 'The number, in the unit of `metric` (a share from 0 to 100).' })
  value!: number;

  @Field(() => FigureBasis, { description: 'How final it is.' })
  basis!: FigureBasis;

  @Field(() => VehicleClass, { description: 'Which vehicles it counts.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted: the manufacturers or customs.' })
  countedBy!: CountingMethod;

  @Field(() => DateScalar, { description: 'First day the figure covers.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day the figure covers (on or after periodStart).' })
  periodEnd!: string;

  @Field(() => ID, { nullable: true, description: 'The organization that produced it (org:<slug>); null for a company\'s own figure.' })
  reporterId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'True when the source itself flags the number (default false).' })
  doubtful?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A short note in our own words on what exactly it counts, at most 300 characters.' })
  note?: string | null;

  @Field(() => SourceInput, { description: 'Where it was published.' })
  source!: SourceInput;
}

@InputType('MarketLinkInput', {
  description:
    'A company–market link to create, or to update when the same seller, kind and market already have one. ' +
    'An update sets the fields given (not null) and adds the source to the link\'s sources; it never drops one.',
})
export class MarketLinkInput {
  @Field(() => ID, { description: 'The seller: an automaker or brand id, or for EXPORTS_TO also a factory id.' })
  fromId!: string;

  @Field(() => ID, {
    description:
      "A market id, or a country id meaning the country's own market (made, with the source, when the country has none yet: market:<slug of its name>).",
  })
  marketId!: string;

  @Field(() => MarketLinkKind, { description: 'How the seller is linked to the market.' })
  kind!: MarketLinkKind;

  @Field(() => MarketLinkStatus, { nullable: true, description: 'Whether the link holds, is planned or has ended (ACTIVE when a link is created without one).' })
  status?: MarketLinkStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when the link holds.' })
  since?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('since') })
  sincePrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until when the link held (status WITHDRAWN).' })
  until?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('until') })
  untilPrecision?: DatePrecision | null;

  @Field(() => [SalesChannel], { nullable: true, description: 'How it reaches buyers there (replaces the stored list when given).' })
  channels?: SalesChannel[] | null;

  @Field(() => String, { nullable: true, description: 'The importer or distributor it sells through, at most 200 characters.' })
  partner?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many dealers or stores it has there (0 or more), on dealersAsOf.' })
  dealers?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the dealer count held (only with dealers).' })
  dealersAsOf?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('dealersAsOf') })
  dealersAsOfPrecision?: DatePrecision | null;

  @Field(() => [String], { nullable: true, description: 'Models it sells or plans to sell there (replaces the stored list when given).' })
  models?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short note in our own words, at most 300 characters.' })
  note?: string | null;

  @Field(() => SourceInput, { description: 'The document that states the link (added to its sources).' })
  source!: SourceInput;
}

@InputType('FactoryInput', {
  description:
    'A factory to create, or to update when its id exists: the fields of a factories.json record, the source given whole. ' +
    'Creating needs name, automakerId, countryId and status; an update sets the fields given (not null) and adds the source ' +
    'to the factory\'s sources and to the evidence of its location and operator. A new operator leaves the old one as a ' +
    'former operator (OPERATED, until the new operatedSince, or today).',
})
export class FactoryInput {
  @Field(() => ID, { description: 'Id of the form factory:<slug>, e.g. factory:byd-szeged.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name, 1 to 200 characters.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The automaker that operates it.' })
  automakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The country it stands in.' })
  countryId?: string | null;

  @Field(() => String, { nullable: true, description: 'City or area, at most 200 characters.' })
  city?: string | null;

  @Field(() => FactoryStatus, { nullable: true, description: 'Where the factory stands.' })
  status?: FactoryStatus | null;

  @Field(() => [String], { nullable: true, description: 'What it makes (replaces the stored list when given).' })
  products?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was announced.' })
  announced?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('announced') })
  announcedPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When construction started.' })
  constructionStarted?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('constructionStarted') })
  constructionStartedPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it started production.' })
  opened?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('opened') })
  openedPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it stopped production.' })
  closed?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('closed') })
  closedPrecision?: DatePrecision | null;

  @Field(() => Int, { nullable: true, description: 'Vehicles it can build a year (1 or more).' })
  capacityPerYear?: number | null;

  @Field(() => [FactoryRole], { nullable: true, description: "Roles it plays in its automaker's trade (replaces the stored list when given)." })
  roles?: FactoryRole[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when its operator runs it (with a new operator: the day the old one stopped).' })
  operatedSince?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('operatedSince') })
  operatedSincePrecision?: DatePrecision | null;

  @Field(() => SourceInput, { description: 'The document that states the factory (added to its sources).' })
  source!: SourceInput;
}
