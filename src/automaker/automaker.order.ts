/** The order of Query.automakers. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum AutomakerOrderField {
  ID = 'ID',
  NAME = 'NAME',
}

registerEnumType(AutomakerOrderField, {
  name: 'AutomakerOrderField',
  description: 'What automakers can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    NAME: { description: 'Their name.' },
  },
});

@InputType('AutomakerOrder', { description: 'How to sort automakers; ties are broken by id.' })
export class AutomakerOrder {
  @Field(() => AutomakerOrderField, { description: 'The field to sort by.' })
  field!: AutomakerOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
