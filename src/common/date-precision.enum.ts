/** How exact a date is: sources often give only a month or a year. */

import { registerEnumType } from 'type-graphql';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How exact a date is. A date known only to the month or year is stored as the first day of that month or year.',
  valuesConfig: {
    DAY: { description: 'Exact to the day.' },
    MONTH: { description: 'Known to the month; the day is the 1st.' },
    YEAR: { description: 'Known to the year; the date is 1 January.' },
  },
});
