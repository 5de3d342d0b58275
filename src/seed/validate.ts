/**
 * Validates records before anything is written. Each problem names where the record came from (the
 * file and the record's index, or a CSV line), the record's id and the field, and says what was
 * expected and what arrived. Seeding and `npm run import` share these rules.
 */

import fs from 'node:fs';
import path from 'node:path';
import { isCalendarDay } from '../common/date.scalar';
import { describeKinds, tryParseId, type Kind } from '../common/ids';
import { SEED_KINDS, type SeedKind, type SeedRecord } from './seed.kinds';
import type { FieldRule, FileRule } from './seed.schema';

export type { SeedRecord } from './seed.kinds';

/** The validated content of seeds/, by file name. */
export type SeedData = Record<string, SeedRecord[]>;

export class SeedValidationError extends Error {
  constructor(
    readonly problems: string[],
    what = 'Seed data',
  ) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`${what} is invalid; nothing was written:\n${shown.map((p) => `  - ${p}`).join('\n')}${more}`);
    this.name = 'SeedValidationError';
  }
}

/** Records of one kind from one place, each with its position there ("record 3", "line 4"). */
export interface RecordGroup {
  rule: FileRule;
  /** Where the records came from, as shown in messages, e.g. "seeds/factories.json". */
  source: string;
  records: { value: unknown; at: string }[];
}

/** A reference to an id that none of the checked records defines. */
export interface UnresolvedReference {
  id: string;
  /** Prefix of the message about it: "<source> <at> (<id>) field "<field>"". */
  where: string;
}

export interface CheckResult {
  problems: string[];
  /** The records of each kind, by kind name, in the order given (including those with problems). */
  records: Map<string, SeedRecord[]>;
  /** References to ids of a known kind that no record defines. */
  unresolved: UnresolvedReference[];
}

/** How a value is shown in a message: JSON, or "nothing" for a missing field. */
export const describeValue = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * The value an absent field takes: null for a nullable field, an empty list for a list of strings or
 * enum values; undefined (the field is required) otherwise. Optional fields may be left out of a
 * record or a CSV header.
 */
export function defaultOf(rule: FieldRule): unknown {
  if ('nullable' in rule && rule.nullable === true) return null;
  if (rule.type === 'strings' || rule.type === 'enums') return [];
  return undefined;
}

/** Checks one value against its rule; returns what was expected, or null when it is fine. */
export function checkField(rule: FieldRule, value: unknown): string | null {
  const nullable = 'nullable' in rule && rule.nullable === true;
  if (value === null && nullable) return null;
  switch (rule.type) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return 'a non-empty string';
      if (rule.max !== undefined && value.length > rule.max) return `a string of at most ${rule.max} characters`;
      return null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'a number';
      if (rule.integer === true && !Number.isInteger(value)) return 'an integer';
      if (rule.min !== undefined && value < rule.min) return `a number of at least ${rule.min}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false';
    case 'date':
      return typeof value === 'string' && isCalendarDay(value) ? null : 'a date written YYYY-MM-DD';
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value) ? null : `one of ${rule.values.join(', ')}`;
    case 'id':
      return checkId(value, typeof rule.kind === 'string' ? [rule.kind] : rule.kind);
    case 'ids':
      if (!Array.isArray(value) || (rule.nonEmpty === true && value.length === 0)) {
        return `${rule.nonEmpty === true ? 'a non-empty ' : 'an '}array of ${rule.kind} ids`;
      }
      for (const item of value) {
        const problem = checkId(item, [rule.kind]);
        if (problem !== null) return `an array of ${rule.kind} ids (${describeValue(item)} is not one)`;
      }
      return null;
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')
        ? null
        : 'an array of non-empty strings';
    case 'enums':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && rule.values.includes(v))
        ? null
        : `an array of values from ${rule.values.join(', ')}`;
  }
}

function checkId(value: unknown, kinds: readonly Kind[]): string | null {
  const parsed = typeof value === 'string' ? tryParseId(value) : null;
  return parsed !== null && kinds.includes(parsed.kind) ? null : `an id of ${describeKinds(kinds)} (<kind>:<key>)`;
}

const isObject = (value: unknown): value is SeedRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "<source> <at> (<id>)[ field "<field>"]": where a problem is, as every message starts. */
function locate(rule: FileRule, source: string, at: string, record: unknown, field?: string): string {
  let label = '';
  if (isObject(record)) {
    const id = rule.idField !== undefined ? record[rule.idField] : undefined;
    if (typeof id === 'string') label = ` (${id})`;
    else if (rule.idField === undefined && rule.describe !== undefined) label = ` (${rule.describe(record)})`;
  }
  return `${source} ${at}${label}${field !== undefined ? ` field "${field}"` : ''}`;
}

/**
 * Checks every record of every group: fields, unknown fields, duplicate ids (across groups of the same
 * kind), date/precision pairs and periods; then collects references to ids no record defines.
 */
export function checkRecords(groups: readonly RecordGroup[]): CheckResult {
  const problems: string[] = [];
  const records = new Map<string, SeedRecord[]>();
  const idsByKind = new Map<Kind, Set<string>>();
  const seenByKind = new Map<string, Set<string>>();

  for (const { rule, source, records: items } of groups) {
    const seen = seenByKind.get(rule.name) ?? new Set<string>();
    seenByKind.set(rule.name, seen);
    const kept = records.get(rule.name) ?? [];
    records.set(rule.name, kept);
    for (const { value, at } of items) {
      const where = (field?: string): string => locate(rule, source, at, value, field);
      if (!isObject(value)) {
        problems.push(`${where()}: expected an object; got ${describeValue(value)}.`);
        continue;
      }
      for (const [field, fieldRule] of Object.entries(rule.fields)) {
        if (value[field] === undefined && defaultOf(fieldRule) !== undefined) value[field] = defaultOf(fieldRule);
      }
      for (const { field, expected, got } of checkRecordFields(rule, value)) problems.push(`${where(field)}: expected ${expected}; got ${got}.`);
      for (const field of Object.keys(value)) {
        if (!(field in rule.fields)) problems.push(`${where(field)}: unknown field (expected only ${Object.keys(rule.fields).join(', ')}).`);
      }
      if (rule.idField !== undefined) {
        if (typeof value[rule.idField] === 'string') {
          const id = value[rule.idField] as string;
          if (seen.has(id)) problems.push(`${where(rule.idField)}: duplicate id ${id}.`);
          seen.add(id);
        }
      } else if (rule.describe !== undefined) {
        const key = rule.describe(value);
        if (seen.has(key)) problems.push(`${where()}: duplicate record ${key}.`);
        seen.add(key);
      }
      kept.push(value);
    }
    if (rule.kind !== undefined) idsByKind.set(rule.kind, seen);
  }

  // Cross-checks need every group's ids.
  const unresolved: UnresolvedReference[] = [];
  for (const { rule, source, records: items } of groups) {
    for (const { value, at } of items) {
      if (!isObject(value)) continue;
      for (const [field, fieldRule] of Object.entries(rule.fields)) {
        if ((fieldRule.type !== 'id' && fieldRule.type !== 'ids') || fieldRule.ref !== true) continue;
        const values = fieldRule.type === 'ids' ? (Array.isArray(value[field]) ? (value[field] as unknown[]) : []) : [value[field]];
        for (const id of values) {
          if (typeof id !== 'string') continue;
          const parsed = tryParseId(id);
          if (parsed === null || idsByKind.get(parsed.kind)?.has(id) === true) continue;
          unresolved.push({ id, where: locate(rule, source, at, value, field) });
        }
      }
      for (const { field, expected, got } of checkRecordRules(rule, value)) {
        problems.push(`${locate(rule, source, at, value, field)}: expected ${expected}; got ${got}.`);
      }
    }
  }
  return { problems, records, unresolved };
}

/** One problem with one field of a record: what was expected there and what arrived (as shown in messages). */
export interface RecordProblem {
  field: string;
  /** What the rule expected, e.g. "a date written YYYY-MM-DD". */
  expected: string;
  /** What arrived, written for a message (usually JSON: `"2023-13-01"`, `nothing` for a missing field). */
  got: string;
}

/**
 * Checks each field of one record against its rule (absent fields are not filled in here: see
 * defaultOf). Unknown fields are not this function's business.
 */
export function checkRecordFields(rule: FileRule, record: SeedRecord): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const [field, fieldRule] of Object.entries(rule.fields)) {
    const expected = checkField(fieldRule, record[field]);
    if (expected !== null) problems.push({ field, expected, got: describeValue(record[field]) });
  }
  return problems;
}

/**
 * Rules across fields of one record: date and precision go together; the kind's own checks (run only
 * when every field is valid, as they assume valid fields); a period runs forwards.
 */
export function checkRecordRules(rule: FileRule, r: SeedRecord): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const field of Object.keys(rule.fields)) {
    const precision = `${field}Precision`;
    if (!(precision in rule.fields)) continue;
    if ((r[field] === null) !== (r[precision] === null)) {
      problems.push({ field: precision, expected: `null exactly when "${field}" is null`, got: describeValue(r[precision]) });
    }
  }
  if (rule.check !== undefined && Object.entries(rule.fields).every(([field, fieldRule]) => checkField(fieldRule, r[field]) === null)) {
    for (const { field, expected } of rule.check(r)) problems.push({ field, expected, got: describeValue(r[field]) });
  }
  if (typeof r['periodStart'] === 'string' && typeof r['periodEnd'] === 'string' && r['periodStart'] > r['periodEnd']) {
    problems.push({ field: 'periodEnd', expected: `a day on or after periodStart ${r['periodStart']}`, got: r['periodEnd'] });
  }
  return problems;
}

/** Validates the records of every seed file (raw JSON by file name), then the references between files. */
export function validateSeedData(raw: Record<string, unknown>, rules: readonly FileRule[] = SEED_KINDS): SeedData {
  const problems: string[] = [];
  const groups: RecordGroup[] = [];
  for (const rule of rules) {
    const content = raw[rule.file];
    if (!Array.isArray(content)) {
      problems.push(`seeds/${rule.file}: expected a JSON array of records; got ${content === undefined ? 'no file' : typeof content}.`);
      continue;
    }
    groups.push({ rule, source: `seeds/${rule.file}`, records: content.map((value, index) => ({ value, at: `record ${index}` })) });
  }
  const checked = checkRecords(groups);
  problems.push(...checked.problems);
  const defined = new Set(rules.map((r) => r.kind));
  for (const { id, where } of checked.unresolved) {
    const kind = tryParseId(id)!.kind;
    if (defined.has(kind)) problems.push(`${where}: ${id} is not in seeds/${fileOf(kind, rules)}.`);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return Object.fromEntries(groups.map((g) => [g.rule.file, checked.records.get(g.rule.name) ?? []]));
}

function fileOf(kind: Kind, rules: readonly FileRule[]): string {
  return rules.find((r) => r.kind === kind)?.file ?? `${kind}s.json`;
}

/** Reads every seed file of a folder (bad JSON is reported like any other problem) and validates all. */
export function readSeedFolder(dir: string, rules: readonly SeedKind[] = SEED_KINDS): SeedData {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const rule of rules) {
    const file = path.join(dir, rule.file);
    if (!fs.existsSync(file)) {
      problems.push(`seeds/${rule.file}: file is missing.`);
      continue;
    }
    try {
      raw[rule.file] = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`seeds/${rule.file}: not valid JSON (${(error as Error).message}).`);
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return validateSeedData(raw, rules);
}
