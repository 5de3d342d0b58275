/**
 * Relay cursor connections over Neo4j: one fixed query shape per kind (filter, keyset, order,
 * limit), pages by keyset cursors, and a count computed only when the client asks for totalCount.
 */

import type { Kind } from './ids';
import { decodeKeysetCursor, encodeKeysetCursor, type SortKeyType, type SortValue } from './keyset-cursor';
import { OrderDirection } from './order-direction.enum';
import { getValidPageSize } from './pagination';
import { selectsField, type SelectionInfo } from './selection';
import type { Executor } from '../neo4j/executor';

/** How a list can be sorted by one field: a fixed Cypher expression over the node variable, and its type. */
export interface OrderKey {
  expression: string;
  type: SortKeyType;
}

/** Everything fixed about one kind's connection: the code chooses, the request never writes Cypher. */
export interface ConnectionSpec<Field extends string> {
  /** Kind of the listed nodes (the ids in cursors must be of it). */
  kind: Kind;
  /** Neo4j label of the listed nodes. */
  label: string;
  /** Variable the conditions, order expressions and projection use for the node. */
  variable: string;
  /** Map projection of a node, as its loaders return it. */
  projection: string;
  /** Every order field, with the expression it sorts by. Ties are broken by id. */
  orders: Record<Field, OrderKey>;
  /** Order when the client gives none. */
  defaultOrder: { field: Field; direction: OrderDirection };
  /** Accept the first cursor format ("cursor:v1:<id>") for the default order (automakers, kept compatible). */
  acceptIdCursor?: boolean;
}

/** Cypher conditions (fixed fragments chosen by the filter's fields, AND-ed) and their parameters. */
export interface FilterClause {
  conditions: string[];
  params: Record<string, unknown>;
}

/** An order as a client gives it. */
export interface OrderInput<Field extends string> {
  field: Field;
  direction?: OrderDirection | null;
}

/** A page as returned to GraphQL. */
export interface ConnectionPage<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Present only when the client selected totalCount (the count is not computed otherwise). */
  totalCount?: number;
}

/** The tag of an order, written into its cursors: "factory.OPENED.ASC". */
export function orderTag(kind: Kind, field: string, direction: OrderDirection): string {
  return `${kind}.${field}.${direction}`;
}

/**
 * The Cypher of one page: nodes matching the conditions, after the keyset position when there is
 * one, in order, at most $limit of them; with their count first when `withCount`.
 */
export function buildConnectionQuery<Field extends string>(
  spec: ConnectionSpec<Field>,
  conditions: readonly string[],
  order: { field: Field; direction: OrderDirection },
  options: { withCount: boolean; afterPosition: boolean },
): string {
  const v = spec.variable;
  const key = spec.orders[order.field];
  const match = `MATCH (${v}:${spec.label})` + (conditions.length > 0 ? `\n  WHERE ${conditions.join('\n    AND ')}` : '');
  const after = key.type === 'date' ? 'date($afterValue)' : '$afterValue';
  // Items without a value come last in either direction, then ties by id: a total order that a
  // keyset (value, id) can resume from.
  const beyond = order.direction === OrderDirection.ASC ? '>' : '<';
  const keyset = options.afterPosition
    ? `\n  WHERE CASE WHEN $afterValue IS NULL THEN sortKey IS NULL AND ${v}.id > $afterId` +
      `\n    ELSE sortKey IS NULL OR sortKey ${beyond} ${after} OR (sortKey = ${after} AND ${v}.id > $afterId) END`
    : '';
  const count = options.withCount ? `CALL () {\n  ${match}\n  RETURN count(${v}) AS totalCount\n}\n` : '';
  if (key.expression === `${v}.id`) {
    // Ids are never null and unique: the order is the id index's own, so Neo4j reads the first
    // $limit entries of the index in order (or after the cursor's id) and stops, with no sort.
    const start = options.afterPosition ? `${v}.id ${beyond} $afterId` : `${v}.id IS NOT NULL`;
    return (
      count +
      `CALL () {
  MATCH (${v}:${spec.label})
  WHERE ${[start, ...conditions].join('\n    AND ')}
  WITH ${v} ORDER BY ${v}.id ${order.direction} LIMIT $limit
  RETURN collect({node: ${spec.projection}, sortKey: ${v}.id}) AS rows
}
RETURN ${options.withCount ? 'totalCount, ' : ''}rows`
    );
  }
  return (
    count +
    `CALL () {
  ${match}
  WITH ${v}, ${key.expression} AS sortKey${keyset}
  WITH ${v}, sortKey ORDER BY sortKey IS NULL, sortKey ${order.direction}, ${v}.id LIMIT $limit
  RETURN collect({node: ${spec.projection}, sortKey: sortKey}) AS rows
}
RETURN ${options.withCount ? 'totalCount, ' : ''}rows`
  );
}

/** Arguments common to every connection. */
export interface ConnectionArgs<Field extends string> {
  first: number | null | undefined;
  after: string | null | undefined;
  orderBy: OrderInput<Field> | null | undefined;
  filter: FilterClause;
}

/**
 * Reads one page of a connection with one Cypher statement: checks `first` (1 to 100) and the
 * cursor (BAD_USER_INPUT), counts the filtered list only when totalCount is selected, and primes
 * `prime` with the nodes read.
 */
export async function loadConnection<Field extends string, T extends { id: string }>(
  executor: Executor,
  spec: ConnectionSpec<Field>,
  args: ConnectionArgs<Field>,
  info: SelectionInfo,
  prime?: (node: T) => void,
): Promise<ConnectionPage<T>> {
  const limit = getValidPageSize(args.first);
  const order =
    args.orderBy === null || args.orderBy === undefined
      ? spec.defaultOrder
      : { field: args.orderBy.field, direction: args.orderBy.direction ?? OrderDirection.ASC };
  const key = spec.orders[order.field];
  const tag = orderTag(spec.kind, order.field, order.direction);
  const position =
    args.after === null || args.after === undefined
      ? null
      : decodeKeysetCursor(args.after, {
          kind: spec.kind,
          tag,
          type: key.type,
          acceptIdCursor:
            spec.acceptIdCursor === true &&
            order.field === spec.defaultOrder.field &&
            order.direction === spec.defaultOrder.direction,
        });
  const withCount = selectsField(info, 'totalCount');
  const cypher = buildConnectionQuery(spec, args.filter.conditions, order, { withCount, afterPosition: position !== null });
  const [row] = await executor.read<{ totalCount?: number; rows: { node: T; sortKey: SortValue }[] }>(cypher, {
    ...args.filter.params,
    ...(position === null ? {} : { afterValue: position.value, afterId: position.id }),
    limit: limit + 1,
  });
  const rows = row?.rows ?? [];
  const page = rows.slice(0, limit);
  if (prime !== undefined) for (const { node } of page) prime(node);
  const edges = page.map(({ node, sortKey }) => ({ cursor: encodeKeysetCursor(tag, sortKey, node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    ...(withCount ? { totalCount: row?.totalCount ?? 0 } : {}),
  };
}
