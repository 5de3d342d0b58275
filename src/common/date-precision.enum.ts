/** How exact a date is: sources often give only a month or a year. */

import { graphqlEnum } from './graphql-enum';
import { DATE_PRECISIONS } from './vocabulary';

export const DatePrecision = graphqlEnum(DATE_PRECISIONS);
export type DatePrecision = keyof typeof DATE_PRECISIONS.values;
