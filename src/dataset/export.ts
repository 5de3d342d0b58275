/**
 * Reads the whole dataset from the graph in the import format, and writes it as a citable snapshot:
 * a header `dataset: {version, hash, counts}` followed by one array per kind.
 */

import type { Executor, Run } from '../neo4j/executor';
import { SEED_KINDS, type SeedKind, type SeedRecord } from '../seed';
import { COUNT_KINDS, READ_DATASET_VERSION } from './dataset.repository';
import { countContent, datasetHash, normalizeContent, type DatasetContent } from './hash';
import { formatVersion, UNVERSIONED, type StoredVersion } from './version';

export { UNVERSIONED } from './version';

/** The header of an export file. */
export interface DatasetHeader {
  version: string;
  hash: string;
  counts: Record<string, number>;
}

/** An export file: the header, and the content by kind name. */
export interface DatasetDocument {
  dataset: DatasetHeader;
  content: DatasetContent;
}

/** Every record of every kind, read inside the given transaction, normalized and sorted. */
export async function readContent(run: Run, kinds: readonly SeedKind[] = SEED_KINDS): Promise<DatasetContent> {
  const content: DatasetContent = {};
  for (const kind of kinds) {
    const rows = await run<{ record: SeedRecord }>(kind.readAll);
    content[kind.name] = rows.map((r) => r.record);
  }
  return normalizeContent(content, kinds);
}

/** The version and revision stored in the graph ("unversioned" at revision 0 when it has none). */
export async function readStoredVersion(run: Run): Promise<StoredVersion> {
  const [row] = await run<{ version: string | null; revision: number }>(READ_DATASET_VERSION);
  return { version: row?.version ?? UNVERSIONED, revision: row?.revision ?? 0 };
}

/** The version the graph reports: "unversioned", the stored version, or version+revision (see formatVersion). */
export async function readVersion(run: Run): Promise<string> {
  return formatVersion(await readStoredVersion(run));
}

/** Counts per kind, in Cypher (one statement). */
export async function readCounts(run: Run): Promise<Record<string, number>> {
  const [row] = await run<{ counts: Record<string, number> }>(COUNT_KINDS);
  return Object.fromEntries(SEED_KINDS.map((k) => [k.name, row?.counts[k.name] ?? 0]));
}

/** The whole graph as an export document, from one read transaction (one consistent snapshot). */
export async function exportDataset(executor: Executor): Promise<DatasetDocument> {
  return executor.readTransaction(async (run) => {
    const content = await readContent(run);
    const version = await readVersion(run);
    return { dataset: { version, hash: datasetHash(content), counts: countContent(content) }, content };
  });
}

/**
 * The document as text: the header first, then each kind with one record per line, so that two
 * snapshots diff line by line. Byte-identical for the same graph (no timestamps).
 */
export function formatDocument(document: DatasetDocument, kinds: readonly SeedKind[] = SEED_KINDS): string {
  const parts = [`  "dataset": ${JSON.stringify(document.dataset)}`];
  for (const kind of kinds) {
    const records = document.content[kind.name] ?? [];
    const body = records.length === 0 ? '[]' : `[\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
    parts.push(`  ${JSON.stringify(kind.name)}: ${body}`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}
