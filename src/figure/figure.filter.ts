/** The filter of the figure lists of an entity (Country.exports, Country.figures, Automaker.exports…). */

import { Field, ID, InputType, Int } from 'type-graphql';
import { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';

@InputType('TradeFigureFilter', { description: 'Narrows a list of trade figures; every field set must match.' })
export class TradeFigureFilter {
  @Field(() => Int, { nullable: true, description: 'Figures whose period lies within this calendar year.' })
  year?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A market id, e.g. market:russia, or a country id meaning its own market (country:RU finds the same figures).',
  })
  destination?: string | null;

  @Field(() => FigureFlow, {
    nullable: true,
    description: 'Only figures of this flow. `exports` lists EXPORTS figures only; `figures` lists every flow unless this is set.',
  })
  flow?: FigureFlow | null;

  @Field(() => TradeMetric, { nullable: true, description: 'Only figures of this metric.' })
  metric?: TradeMetric | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only worldwide figures (no destination); false: only figures for a destination.',
  })
  worldwide?: boolean | null;

  @Field(() => FigureBasis, { nullable: true, description: 'Only figures of this basis.' })
  basis?: FigureBasis | null;

  @Field(() => VehicleClass, { nullable: true, description: 'Only figures that count this class of vehicles.' })
  vehicleClass?: VehicleClass | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Only figures counted this way.' })
  countedBy?: CountingMethod | null;
}
