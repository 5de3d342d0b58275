/** The order of Query.countries. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum CountryOrderField {
  ID = 'ID',
  NAME = 'NAME',
}

registerEnumType(CountryOrderField, {
  name: 'CountryOrderField',
  description: 'What countries can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id (the same order as their ISO code).' },
    NAME: { description: 'Their English short name.' },
  },
});

@InputType('CountryOrder', { description: 'How to sort countries; ties are broken by id.' })
export class CountryOrder {
  @Field(() => CountryOrderField, { description: 'The field to sort by.' })
  field!: CountryOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
