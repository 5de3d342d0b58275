/** Record shapes and helpers shared by the dataset importers of the seed build (dataset 2.0.0). */

import path from 'node:path';
import { projectRoot } from '../../neo4j/embedded/launcher';

/** The build's inputs (data/ at the repository's root); read by the build only, never at run time. */
export const DEFAULT_DATA_DIR = path.join(projectRoot(), 'data');

/** A sources.json record. */
export interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  published: string | null;
  publishedPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  kind: 'NEWS' | 'STATISTICS' | 'COMPANY' | 'GOVERNMENT' | 'ANALYSIS';
}

/** An input record that was not loaded: where it came from, what it would have become, and why not. */
export interface LeftOut {
  /** The input, precise enough to find it again (file, line or entry, the value). */
  input: string;
  /** The record or relationship it would have produced (an id, or "market:x INCLUDES country:Y"). */
  record: string;
  reason: string;
}

/** The one slug rule of ids (src/common/slug.ts): the build and the API's contributions make the same ids. */
export { slugify } from '../../common/slug';

/** Sorts records by a key, as the generated seed files are (plain code-unit order: the same on every machine). */
export function sortByKey<T>(records: readonly T[], key: (record: T) => string): T[] {
  return [...records].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
