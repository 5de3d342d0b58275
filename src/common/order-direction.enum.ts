/** The direction of a connection's order, shared by every `XOrder` input. */

import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description:
    'Which way a list is sorted. Items without a value for the sort field (e.g. a factory with no opening date) come last either way; ties are broken by id, ascending.',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or alphabetically first value first.' },
    DESC: { description: 'Largest, latest or alphabetically last value first.' },
  },
});
