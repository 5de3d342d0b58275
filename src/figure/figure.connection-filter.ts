/** The filter of Query.tradeFigures, and its Cypher conditions. */

import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { DateScalar } from '../common/date.scalar';
import {
  addCondition,
  checkDateRange,
  emptyClause,
  validEnumList,
  validFilterId,
  validFilterIds,
} from '../common/filter';
import { FIGURE_FILTER_CONDITIONS as IF, FIGURE_PERIOD_CONDITIONS } from './figure.connection.repository';
import { RELATIONSHIPS } from '../common/vocabulary';
import { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';

export enum PeriodMatch {
  WITHIN = 'WITHIN',
  OVERLAPS = 'OVERLAPS',
}

registerEnumType(PeriodMatch, {
  name: 'PeriodMatch',
  description: "How a figure's period must relate to the range periodFrom–periodTo.",
  valuesConfig: {
    WITHIN: { description: 'The whole period lies in the range: it starts on or after periodFrom and ends on or before periodTo.' },
    OVERLAPS: { description: 'The period shares at least one day with the range: it ends on or after periodFrom and starts on or before periodTo.' },
  },
});

@InputType('TradeFigureConnectionFilter', {
  description: 'Narrows the list of Query.tradeFigures; every field given must match (AND).',
})
export class TradeFigureConnectionFilter {
  @Field(() => [ID], {
    nullable: true,
    description:
      'Only figures whose exporter (whose flow they count) is one of these: countries, automakers, brands, factories or markets (ids, e.g. country:CN, automaker:byd).',
  })
  exporters?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only figures for one of these destination markets (ids, e.g. market:russia; a country id means its own market). Worldwide figures have none, so they are left out.",
  })
  destinations?: string[] | null;

  @Field(() => [FigureFlow], { nullable: true, description: 'Only figures of one of these flows, e.g. [EXPORTS].' })
  flows?: FigureFlow[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only worldwide figures (no destination); false: only figures for a destination. With destinations, true matches nothing.',
  })
  worldwide?: boolean | null;

  @Field(() => TradeMetric, { nullable: true, description: 'Only figures of this metric.' })
  metric?: TradeMetric | null;

  @Field(() => [FigureBasis], { nullable: true, description: 'Only figures of one of these bases.' })
  bases?: FigureBasis[] | null;

  @Field(() => VehicleClass, { nullable: true, description: 'Only figures that count this class of vehicles.' })
  vehicleClass?: VehicleClass | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Only figures counted this way.' })
  countedBy?: CountingMethod | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the period range (see periodMatch).' })
  periodFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of the period range (see periodMatch).' })
  periodTo?: string | null;

  @Field(() => PeriodMatch, {
    nullable: true,
    defaultValue: PeriodMatch.WITHIN,
    description:
      'How periods are matched against periodFrom–periodTo (default WITHIN: the whole period in the range, so 2023-01-01 to 2023-12-31 gives the figures of 2023 and of its months and quarters).',
  })
  periodMatch?: PeriodMatch | null;

  @Field(() => ID, { nullable: true, description: 'Only figures produced by this organization (an id, e.g. org:caam).' })
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only figures stated in this source (a source id).' })
  source?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only figures flagged doubtful; false: only figures not flagged.' })
  doubtful?: boolean | null;
}

/** The conditions and parameters of a trade-figure filter; throws BAD_USER_INPUT naming a malformed field. */
export function figureConnectionFilterClause(filter: TradeFigureConnectionFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const exporters = validFilterIds(filter.exporters, 'filter.exporters', RELATIONSHIPS.EXPORTER.to);
  if (exporters !== null) addCondition(clause, IF.exporters, { exporters });
  const destinations = validFilterIds(filter.destinations, 'filter.destinations', ['market', 'country']);
  if (destinations !== null) addCondition(clause, IF.destinations, { destinations });
  const flows = validEnumList(filter.flows);
  if (flows !== null) addCondition(clause, IF.flows, { flows });
  if (filter.worldwide != null) addCondition(clause, IF.worldwide, { worldwide: filter.worldwide });
  if (filter.metric != null) addCondition(clause, IF.metric, { metric: filter.metric });
  const bases = validEnumList(filter.bases);
  if (bases !== null) addCondition(clause, IF.bases, { bases });
  if (filter.vehicleClass != null) addCondition(clause, IF.vehicleClass, { vehicleClass: filter.vehicleClass });
  if (filter.countedBy != null) addCondition(clause, IF.countedBy, { countedBy: filter.countedBy });
  const period = FIGURE_PERIOD_CONDITIONS[filter.periodMatch ?? PeriodMatch.WITHIN];
  checkDateRange(filter.periodFrom, filter.periodTo, 'filter.periodTo');
  if (filter.periodFrom != null) addCondition(clause, period.from, { periodFrom: filter.periodFrom });
  if (filter.periodTo != null) addCondition(clause, period.to, { periodTo: filter.periodTo });
  const reportedBy = validFilterId(filter.reportedBy, 'filter.reportedBy', 'org');
  if (reportedBy !== null) addCondition(clause, IF.reportedBy, { reportedBy });
  const source = validFilterId(filter.source, 'filter.source', 'source');
  if (source !== null) addCondition(clause, IF.source, { source });
  if (filter.doubtful != null) addCondition(clause, IF.doubtful, { doubtful: filter.doubtful });
  return clause;
}
