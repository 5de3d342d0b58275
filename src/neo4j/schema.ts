/** Constraints and indexes of the graph, created at start and idempotent (IF NOT EXISTS). */

import { ENTITY_LABEL, KIND_NAMES, KINDS, LABELS as KIND_LABELS } from '../common/vocabulary';
import type { Executor } from './executor';

const LABELS = [ENTITY_LABEL, ...KIND_LABELS];

/** The full-text index over the names of every searchable kind. */
export const SEARCH_INDEX = 'entity_search_names_v3';
const FORMER_SEARCH_INDEXES = ['entity_names', 'entity_search_names'];

/** The labels whose names search finds (the vocabulary's `searchable` kinds). */
const SEARCHABLE = KIND_NAMES.filter((kind) => KINDS[kind].searchable).map((kind) => KINDS[kind].label);

export const SCHEMA_STATEMENTS: readonly string[] = [
  // Every node carries :Entity and its kind's label; ids are unique across the graph and per kind.
  ...LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // Names of every kind, for search; standard-folding so that "Komarom" finds "Komárom". Named anew
  // when its labels change (a full-text index cannot be altered, and IF NOT EXISTS would keep the old
  // one), and the old one dropped: entity_names (until TradeMeasure) → entity_search_names (until
  // Brand) → SEARCH_INDEX.
  ...FORMER_SEARCH_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS`),
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
   FOR (n:${SEARCHABLE.join('|')})
   ON EACH [n.name, n.shortName, n.code, n.title, n.publisher, n.city]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding'}}`,
  'CREATE INDEX trade_figure_period IF NOT EXISTS FOR (f:TradeFigure) ON (f.periodStart, f.periodEnd)',
  'CREATE INDEX trade_figure_metric IF NOT EXISTS FOR (f:TradeFigure) ON (f.metric)',
];

/** Creates what is missing and waits until every index is online. */
export async function applySchema(executor: Executor): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes(120)');
}
