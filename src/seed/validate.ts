/**
 * Reads and validates every seed file before anything is written. Each problem names the file, the
 * record (index and id) and the field, and says what was expected and what arrived.
 */

import fs from 'node:fs';
import path from 'node:path';
import { isCalendarDay } from '../common/date.scalar';
import { tryParseId, type Kind } from '../common/ids';
import { SEED_FILES, type FieldRule, type FileRule } from './seed.schema';

export type SeedRecord = Record<string, unknown>;

/** The validated content of seeds/, by file name. */
export type SeedData = Record<string, SeedRecord[]>;

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`Seed data is invalid; nothing was written:\n${shown.map((p) => `  - ${p}`).join('\n')}${more}`);
    this.name = 'SeedValidationError';
  }
}

const describe = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Checks one value against its rule; returns what was expected, or null when it is fine. */
function checkField(rule: FieldRule, value: unknown): string | null {
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
        if (problem !== null) return `an array of ${rule.kind} ids (${describe(item)} is not one)`;
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
  return parsed !== null && kinds.includes(parsed.kind) ? null : `an id of a ${kinds.join(' or ')} (<kind>:<key>)`;
}

/** Validates the records of every file, then the references between files. */
export function validateSeedData(raw: Record<string, unknown>, rules: readonly FileRule[] = SEED_FILES): SeedData {
  const problems: string[] = [];
  const data: SeedData = {};
  const idsByKind = new Map<Kind, Set<string>>();

  for (const rule of rules) {
    const content = raw[rule.file];
    if (!Array.isArray(content)) {
      problems.push(`seeds/${rule.file}: expected a JSON array of records; got ${content === undefined ? 'no file' : typeof content}.`);
      continue;
    }
    const seen = new Set<string>();
    content.forEach((record: unknown, index) => {
      const where = (field?: string): string => {
        const id = rule.idField !== undefined && typeof record === 'object' && record !== null ? (record as SeedRecord)[rule.idField] : undefined;
        return `seeds/${rule.file} record ${index}${typeof id === 'string' ? ` (${id})` : ''}${field !== undefined ? ` field "${field}"` : ''}`;
      };
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        problems.push(`${where()}: expected an object; got ${describe(record)}.`);
        return;
      }
      const r = record as SeedRecord;
      for (const [field, fieldRule] of Object.entries(rule.fields)) {
        const expected = checkField(fieldRule, r[field]);
        if (expected !== null) problems.push(`${where(field)}: expected ${expected}; got ${describe(r[field])}.`);
      }
      for (const field of Object.keys(r)) {
        if (!(field in rule.fields)) problems.push(`${where(field)}: unknown field (expected only ${Object.keys(rule.fields).join(', ')}).`);
      }
      if (rule.idField !== undefined && typeof r[rule.idField] === 'string') {
        const id = r[rule.idField] as string;
        if (seen.has(id)) problems.push(`${where(rule.idField)}: duplicate id ${id}.`);
        seen.add(id);
      }
    });
    if (rule.kind !== undefined) idsByKind.set(rule.kind, seen);
    data[rule.file] = content as SeedRecord[];
  }
  // Cross-checks need every file's ids.
  for (const rule of rules) {
    (data[rule.file] ?? []).forEach((r, index) => {
      for (const [field, fieldRule] of Object.entries(rule.fields)) {
        if ((fieldRule.type !== 'id' && fieldRule.type !== 'ids') || fieldRule.ref !== true) continue;
        const values = fieldRule.type === 'ids' ? (Array.isArray(r[field]) ? (r[field] as unknown[]) : []) : [r[field]];
        for (const value of values) {
          if (typeof value !== 'string') continue;
          const parsed = tryParseId(value);
          if (parsed === null) continue;
          const known = idsByKind.get(parsed.kind);
          if (known !== undefined && !known.has(value)) {
            const id = rule.idField !== undefined ? ` (${String(r[rule.idField])})` : '';
            problems.push(`seeds/${rule.file} record ${index}${id} field "${field}": ${value} is not in seeds/${fileOf(parsed.kind, rules)}.`);
          }
        }
      }
      checkPairs(rule, r, index, problems);
    });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}

function fileOf(kind: Kind, rules: readonly FileRule[]): string {
  return rules.find((r) => r.kind === kind)?.file ?? `${kind}s.json`;
}

/** Rules across fields of one record: date and precision go together; a period runs forwards. */
function checkPairs(rule: FileRule, r: SeedRecord, index: number, problems: string[]): void {
  const id = rule.idField !== undefined ? ` (${String(r[rule.idField])})` : '';
  for (const field of Object.keys(rule.fields)) {
    const precision = `${field}Precision`;
    if (!(precision in rule.fields)) continue;
    if ((r[field] === null) !== (r[precision] === null)) {
      problems.push(`seeds/${rule.file} record ${index}${id} field "${precision}": expected null exactly when "${field}" is null; got ${describe(r[precision])}.`);
    }
  }
  if (typeof r['periodStart'] === 'string' && typeof r['periodEnd'] === 'string' && r['periodStart'] > r['periodEnd']) {
    problems.push(`seeds/${rule.file} record ${index}${id} field "periodEnd": expected a day on or after periodStart ${r['periodStart']}; got ${r['periodEnd']}.`);
  }
}

/** Reads every seed file of a folder (bad JSON is reported like any other problem) and validates all. */
export function readSeedFolder(dir: string, rules: readonly FileRule[] = SEED_FILES): SeedData {
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
