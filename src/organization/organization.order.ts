/** The order of Query.organizations. */

import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/order-direction.enum';

export enum OrganizationOrderField {
  ID = 'ID',
  NAME = 'NAME',
}

registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'What organizations can be sorted by.',
  valuesConfig: {
    ID: { description: 'Their id.' },
    NAME: { description: 'Their full name.' },
  },
});

@InputType('OrganizationOrder', { description: 'How to sort organizations; ties are broken by id.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'The field to sort by.' })
  field!: OrganizationOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}
