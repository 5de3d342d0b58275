/** The order of Query.sources. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum SourceOrderField {
  ID = 'ID',
  PUBLISHED = 'PUBLISHED',
  PUBLISHER = 'PUBLISHER',
  TITLE = 'TITLE',
}

registerEnumType(SourceOrderField, {
  name: 'SourceOrderField',
  description: 'What sources can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    PUBLISHED: { description: 'When they were published (sources without a date come last).' },
    PUBLISHER: { description: 'Who published them.' },
    TITLE: { description: 'Their title.' },
  },
});

@InputType('SourceOrder', { description: 'How to sort sources; ties are broken by id.' })
export class SourceOrder {
  @Field(() => SourceOrderField, { description: 'The field to sort by.' })
  field!: SourceOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
