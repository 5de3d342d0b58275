/** Calendar years as arguments: the range accepted and the check that says what arrived. */

import { badUserInput } from './errors';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The year, or BAD_USER_INPUT naming the argument and the accepted range. */
export function getValidYear(year: number, argument: string): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badUserInput(`Argument "${argument}" must be a year from ${MIN_YEAR} to ${MAX_YEAR}; got ${year}.`, argument);
  }
  return year;
}
