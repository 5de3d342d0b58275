/**
 * Checks the records a mutation would store with the seed rules (src/seed: each field's rule, the
 * date–precision pairs, the kind's own checks), and says each problem as an input problem: the input
 * path at fault, what was expected and what arrived. The rules are never written again here.
 */

import { inputProblem, showValue, type InputProblem } from '../common/input-problems';
import { checkRecordFields, checkRecordRules, type FieldRule, type SeedRecord } from '../seed';
import { kindNamed } from './contribute.records';

/** The input path of a record's field, e.g. "periodEnd" → "input.periodEnd", "sourceId" → "input.source". */
export type PathOf = (field: string) => string;

/** Input paths of fields named as in the input; the source's id list (or id) is the `source` argument. */
export const inputPath: PathOf = (field) => (field === 'sources' || field === 'sourceId' ? 'input.source' : `input.${field}`);

/** Input paths of a source record: its fields under input.source; its id is made from the url. */
export const sourcePath: PathOf = (field) => `input.source.${field === 'id' ? 'url' : field}`;

export interface CheckOptions {
  /** Rules that differ from the kind's for this input (a destination may be a country, resolved later). */
  rules?: Record<string, FieldRule>;
  /** Said after what was expected when a required field is missing, e.g. "needed to create factory:x". */
  whenMissing?: string;
  /** Said after what was expected in every problem, e.g. which record a derived field belongs to. */
  note?: string;
}

/** The problems of one record of the seed kind `kindName`, as input problems (none when it may be stored). */
export function checkRecord(kindName: string, record: SeedRecord, pathOf: PathOf, options: CheckOptions = {}): InputProblem[] {
  const base = kindNamed(kindName);
  const kind = options.rules === undefined ? base : { ...base, fields: { ...base.fields, ...options.rules } };
  return [...checkRecordFields(kind, record), ...checkRecordRules(kind, record)].map(({ field, expected }) => {
    const missing = record[field] === undefined && options.whenMissing !== undefined ? ` (${options.whenMissing})` : '';
    const note = options.note !== undefined ? ` (${options.note})` : '';
    return inputProblem(pathOf(field), `${expected}${missing}${note}`, showValue(record[field]));
  });
}

/** The url of a source must be an absolute http or https address (the seed rule allows any text, or null). */
export function checkSourceUrl(url: string): InputProblem[] {
  let protocol: string | null = null;
  try {
    protocol = new URL(url.trim()).protocol;
  } catch {
    protocol = null;
  }
  return protocol === 'http:' || protocol === 'https:' ? [] : [inputProblem('input.source.url', 'an absolute http or https address', showValue(url))];
}

/** Problems listed once each, in order (two records may share a field, e.g. a factory's and its former operator's date). */
export function distinctProblems(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.argument}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
