/** The rules a seed record's fields follow, as data the validator walks (documented in seeds/README.md). */

import type { Kind } from '../common/ids';

/** One field's rule. `nullable` makes null allowed. */
export type FieldRule =
  | { type: 'string'; nullable?: boolean; max?: number }
  | { type: 'number'; nullable?: boolean; integer?: boolean; min?: number }
  | { type: 'boolean' }
  | { type: 'date'; nullable?: boolean }
  | { type: 'enum'; values: readonly string[]; nullable?: boolean }
  | { type: 'id'; kind: Kind | readonly Kind[]; nullable?: boolean; ref?: boolean }
  | { type: 'ids'; kind: Kind; nonEmpty?: boolean; ref?: boolean; unordered?: boolean }
  | { type: 'strings' }
  | { type: 'enums'; values: readonly string[] };

/** What the validator needs to know about one kind of record. */
export interface FileRule {
  /** Name of the kind in import and export documents, CSV file names and counts, e.g. "marketLinks". */
  name: string;
  /** File name in seeds/, e.g. "market-links.json". */
  file: string;
  /** The field whose value identifies a record in messages (and must be unique), if any. */
  idField?: string;
  /** Kind of the record's id. */
  kind?: Kind;
  fields: Record<string, FieldRule>;
  /** A short label of a record without an id field, for messages (e.g. "automaker:byd SELLS_IN market:europe"). */
  describe?: (record: Record<string, unknown>) => string;
  /**
   * Rules across the fields of one (field-valid) record, e.g. which kinds of target a relationship
   * kind may point at: each problem as the field and what was expected there.
   */
  check?: (record: Record<string, unknown>) => { field: string; expected: string }[];
}
