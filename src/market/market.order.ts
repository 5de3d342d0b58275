/** The order of Query.markets. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum MarketOrderField {
  ID = 'ID',
  NAME = 'NAME',
}

registerEnumType(MarketOrderField, {
  name: 'MarketOrderField',
  description: 'What markets can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    NAME: { description: 'Their name.' },
  },
});

@InputType('MarketOrder', { description: 'How to sort markets; ties are broken by id.' })
export class MarketOrder {
  @Field(() => MarketOrderField, { description: 'The field to sort by.' })
  field!: MarketOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
