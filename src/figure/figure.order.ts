/** The order of Query.tradeFigures. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum TradeFigureOrderField {
  ID = 'ID',
  VALUE = 'VALUE',
  PERIOD_START = 'PERIOD_START',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(TradeFigureOrderField, {
  name: 'TradeFigureOrderField',
  description: 'What trade figures can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    VALUE: { description: 'Their value (compare like with like: filter by metric).' },
    PERIOD_START: { description: 'The first day they cover.' },
    PUBLISHED: { description: 'When their source was published (figures whose source has no date come last).' },
  },
});

@InputType('TradeFigureOrder', { description: 'How to sort trade figures; ties are broken by id.' })
export class TradeFigureOrder {
  @Field(() => TradeFigureOrderField, { description: 'The field to sort by.' })
  field!: TradeFigureOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
