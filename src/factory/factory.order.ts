/** The order of Query.factories. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum FactoryOrderField {
  ID = 'ID',
  NAME = 'NAME',
  OPENED = 'OPENED',
  CAPACITY = 'CAPACITY',
}

registerEnumType(FactoryOrderField, {
  name: 'FactoryOrderField',
  description: 'What factories can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    NAME: { description: 'Their name.' },
    OPENED: { description: 'When they started production (factories not opened come last).' },
    CAPACITY: { description: 'Vehicles they can build a year (factories without a known capacity come last).' },
  },
});

@InputType('FactoryOrder', { description: 'How to sort factories; ties are broken by id.' })
export class FactoryOrder {
  @Field(() => FactoryOrderField, { description: 'The field to sort by.' })
  field!: FactoryOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
