/**
 * `npm run import`: reads JSON and CSV files of records in the seed format, validates all of them
 * (against each other and, for ids they do not define, against the database, in one batched read),
 * then writes everything in one write transaction, or nothing. MERGE makes a second import change
 * nothing; every record is compared with what the graph holds, inside that transaction, to report
 * what was added, changed and left alone.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Executor, Run } from '../neo4j/executor';
import {
  BATCH_SIZE,
  checkRecords,
  findSeedKind,
  SEED_KINDS,
  SeedValidationError,
  writeRecords,
  type RecordGroup,
  type SeedKind,
  type SeedRecord,
  type UnresolvedReference,
} from '../seed';
import { csvToRecords } from './csv';
import { BUMP_GENERATION } from '../seed/write';
import { EXISTING_IDS, WRITE_DATASET_VERSION } from './dataset.repository';
import { readVersion } from './export';
import { parseVersion } from './version';
import { canonicalJson, normalizeRecord } from './hash';
import { SILENT, type Progress } from './progress';

/** A file to import; `kind` overrides the kind its name implies (CSV, or a JSON array). */
export interface ImportFile {
  path: string;
  kind?: string;
}

/** The files, read and parsed, before any check against the database. */
export interface LoadedImport {
  groups: RecordGroup[];
  /** Problems of reading and parsing (bad JSON or CSV, unknown kinds, bad headers). */
  problems: string[];
  /** The dataset version a file's `dataset` header names, if any. */
  version?: string;
}

export interface KindReport {
  added: number;
  changed: number;
  unchanged: number;
}

export interface ImportReport {
  /** Per kind present in the files, by kind name, in the table's order. */
  kinds: Record<string, KindReport>;
  /** The graph's dataset version before and after. */
  version: { before: string; after: string };
  /** True when nothing was written (a dry run). */
  dryRun: boolean;
  /** Milliseconds spent comparing with the graph (reads) and writing, inside the transaction. */
  timings: { compareMs: number; writeMs: number };
}

const kindNames = (): string => SEED_KINDS.map((k) => k.name).join(', ');

/**
 * The kind a file name implies: the name without its extension is a kind ("factories.csv",
 * "market-links.json") or ends with one after ".", "-" or "_" ("2025-factories.csv").
 */
export function kindFromFileName(file: string): SeedKind | undefined {
  const base = path.basename(file).replace(/\.(csv|json)$/i, '').toLowerCase();
  let best: { kind: SeedKind; length: number } | undefined;
  for (const kind of SEED_KINDS) {
    for (const alias of [kind.name.toLowerCase(), kind.file.replace(/\.json$/, '').toLowerCase()]) {
      const matches = base === alias || (base.endsWith(alias) && /[._-]/.test(base[base.length - alias.length - 1] ?? ''));
      if (matches && (best === undefined || alias.length > best.length)) best = { kind, length: alias.length };
    }
  }
  return best?.kind;
}

/** Reads and parses every file; nothing is checked against the database yet. */
export function loadImportFiles(files: readonly ImportFile[], cwd: string = process.cwd()): LoadedImport {
  const loaded: LoadedImport = { groups: [], problems: [] };
  for (const file of files) {
    const shown = file.path;
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(cwd, file.path), 'utf8');
    } catch (error) {
      loaded.problems.push(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      continue;
    }
    const named = file.kind !== undefined ? findSeedKind(file.kind) : kindFromFileName(file.path);
    if (file.kind !== undefined && named === undefined) {
      loaded.problems.push(`${shown}: --kind ${file.kind} is not a kind (expected one of ${kindNames()}).`);
      continue;
    }
    if (/\.csv$/i.test(file.path)) {
      if (named === undefined) {
        loaded.problems.push(`${shown}: the file name names no kind; call it after one (e.g. factories.csv) or pass --kind <kind> before it (kinds: ${kindNames()}).`);
        continue;
      }
      const { records, problems } = csvToRecords(named, text, shown);
      loaded.problems.push(...problems);
      loaded.groups.push({ rule: named, source: shown, records: records.map((r) => ({ value: r.value, at: `line ${r.line}` })) });
    } else if (/\.json$/i.test(file.path)) {
      loadJson(text, shown, named, loaded);
    } else {
      loaded.problems.push(`${shown}: expected a .json or .csv file.`);
    }
  }
  return loaded;
}

function loadJson(text: string, shown: string, named: SeedKind | undefined, loaded: LoadedImport): void {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    loaded.problems.push(`${shown}: not valid JSON (${(error as Error).message}).`);
    return;
  }
  if (Array.isArray(content)) {
    if (named === undefined) {
      loaded.problems.push(`${shown}: a JSON array of records, but the file name names no kind; call it after one (e.g. factories.json) or pass --kind <kind> before it (kinds: ${kindNames()}).`);
      return;
    }
    loaded.groups.push({ rule: named, source: shown, records: content.map((value, index) => ({ value, at: `record ${index}` })) });
    return;
  }
  if (content === null || typeof content !== 'object') {
    loaded.problems.push(`${shown}: expected a JSON object whose keys are kinds (${kindNames()}) or a JSON array of one kind's records; got ${JSON.stringify(content)}.`);
    return;
  }
  for (const [key, value] of Object.entries(content as Record<string, unknown>)) {
    if (key === 'dataset') {
      readHeader(value, shown, loaded);
      continue;
    }
    const kind = findSeedKind(key);
    if (kind === undefined) {
      loaded.problems.push(`${shown} key "${key}": unknown key (expected dataset or one of ${kindNames()}).`);
    } else if (!Array.isArray(value)) {
      loaded.problems.push(`${shown} key "${key}": expected an array of ${kind.name} records; got ${value === null ? 'null' : typeof value}.`);
    } else {
      loaded.groups.push({ rule: kind, source: shown, records: value.map((v, index) => ({ value: v, at: `${kind.name} record ${index}` })) });
    }
  }
}

/** The `dataset` header of an export: its version is kept; hash and counts describe the file and are not checked. */
function readHeader(value: unknown, shown: string, loaded: LoadedImport): void {
  const version = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['version'] : undefined;
  if (typeof version !== 'string' || version.trim() === '') {
    loaded.problems.push(`${shown} field "dataset.version": expected a non-empty string; got ${version === undefined ? 'nothing' : JSON.stringify(version)}.`);
  } else if (loaded.version !== undefined && loaded.version !== version) {
    loaded.problems.push(`${shown} field "dataset.version": expected the same version as the other files (${loaded.version}); got ${JSON.stringify(version)}.`);
  } else {
    loaded.version = version;
  }
}

/** Problems for the references that name an id neither the files nor the graph hold (one batched read). */
async function missingReferences(run: Run, unresolved: readonly UnresolvedReference[]): Promise<string[]> {
  if (unresolved.length === 0) return [];
  const ids = [...new Set(unresolved.map((u) => u.id))];
  const existing = new Set((await run<{ id: string }>(EXISTING_IDS, { ids })).map((r) => r.id));
  return unresolved
    .filter((u) => !existing.has(u.id))
    .map((u) => `${u.where}: ${u.id} is neither in the imported files nor in the database.`);
}

/** True when the stored record and its relationships equal what writing `record` would leave. */
function sameAsStored(kind: SeedKind, record: SeedRecord, stored: { record: SeedRecord; rels: unknown[] }): boolean {
  if (canonicalJson(normalizeRecord(kind, stored.record)) !== canonicalJson(normalizeRecord(kind, record))) return false;
  const rels = (list: unknown[]): string => list.map(canonicalJson).sort().join('\n');
  return rels(stored.rels) === rels(kind.relationships(record));
}

/**
 * Validates everything (throws SeedValidationError listing every problem, before any write), then in
 * one write transaction compares each record with the graph and writes the new and changed ones.
 * With `dryRun`, the comparison runs in a read transaction and nothing is written.
 */
export async function importDataset(
  executor: Executor,
  loaded: LoadedImport,
  options: { progress?: Progress; dryRun?: boolean } = {},
): Promise<ImportReport> {
  const progress = options.progress ?? SILENT;
  const dryRun = options.dryRun === true;
  const checked = checkRecords(loaded.groups);
  const problems = [...loaded.problems, ...checked.problems];
  if (problems.length > 0) {
    // List the missing references too, so that one run shows every problem.
    problems.push(...(await executor.readTransaction((run) => missingReferences(run, checked.unresolved))));
    throw new SeedValidationError(problems, 'The import');
  }
  // The executor turns errors thrown inside a transaction into GraphQL errors: report missing
  // references as a result instead (nothing has been written when they are found).
  const work = async (run: Run): Promise<ImportReport | { missing: string[] }> => {
    const missing = await missingReferences(run, checked.unresolved);
    if (missing.length > 0) return { missing };
    const compareStarted = Date.now();
    const kinds: Record<string, KindReport> = {};
    const total = [...checked.records.values()].reduce((n, rows) => n + rows.length, 0);
    const toWrite: { kind: SeedKind; rows: SeedRecord[] }[] = [];
    progress.start('Comparing with the graph', total);
    for (const kind of SEED_KINDS) {
      const records = checked.records.get(kind.name);
      if (records === undefined) continue;
      const report: KindReport = { added: 0, changed: 0, unchanged: 0 };
      const rows: SeedRecord[] = [];
      for (let i = 0; i < records.length; i += BATCH_SIZE) {
        const batch = records.slice(i, i + BATCH_SIZE);
        const stored = new Map(
          (await run<{ record: SeedRecord; rels: unknown[] }>(kind.readByKeys, { keys: batch.map(kind.key) })).map((s) => [kind.keyString(s.record), s]),
        );
        for (const record of batch) {
          const before = stored.get(kind.keyString(record));
          if (before === undefined) report.added += 1;
          else if (sameAsStored(kind, record, before)) {
            report.unchanged += 1;
            continue;
          } else report.changed += 1;
          rows.push(normalizeRecord(kind, record));
        }
        progress.advance(batch.length);
      }
      progress.finish();
      kinds[kind.name] = report;
      toWrite.push({ kind, rows });
    }
    const before = await readVersion(run);
    const after = loaded.version ?? before;
    const writeStarted = Date.now();
    if (!dryRun) {
      progress.start('Writing', toWrite.reduce((n, w) => n + w.rows.length, 0));
      for (const { kind, rows } of toWrite) await writeRecords(run, kind, rows, (n) => progress.advance(n));
      progress.finish();
      // "2.0.0+3" (an export of a graph with contributions) is stored as 2.0.0 at revision 3: the same version reported.
      if (after !== before) await run(WRITE_DATASET_VERSION, { ...parseVersion(after) });
      else await run(BUMP_GENERATION);
    }
    const timings = { compareMs: writeStarted - compareStarted, writeMs: Date.now() - writeStarted };
    return { kinds, version: { before, after: dryRun ? before : after }, dryRun, timings };
  };
  const result = dryRun ? await executor.readTransaction(work) : await executor.writeTransaction(work);
  if ('missing' in result) throw new SeedValidationError(result.missing, 'The import');
  return result;
}

/** The report as a table: one row per kind, then the totals. */
export function formatReport(report: ImportReport): string {
  const rows = Object.entries(report.kinds);
  const total = rows.reduce((t, [, r]) => ({ added: t.added + r.added, changed: t.changed + r.changed, unchanged: t.unchanged + r.unchanged }), {
    added: 0,
    changed: 0,
    unchanged: 0,
  });
  const line = (name: string, a: number | string, c: number | string, u: number | string): string =>
    `  ${name.padEnd(14)}${String(a).padStart(7)}${String(c).padStart(9)}${String(u).padStart(12)}`;
  const { before, after } = report.version;
  return [
    line('kind', 'added', 'changed', 'left alone'),
    ...rows.map(([name, r]) => line(name, r.added, r.changed, r.unchanged)),
    line('total', total.added, total.changed, total.unchanged),
    `Dataset version: ${after}${before === after ? ' (unchanged)' : ` (was ${before})`}`,
  ].join('\n');
}
