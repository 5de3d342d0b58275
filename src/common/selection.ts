/**
 * What the client selects below the current field, read from the request's own AST: which fields a
 * connection's page must count, and whether a list may be read as summaries (fetch only what is asked).
 */

import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The part of a resolver's info these helpers read. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of a selection set, with inline fragments and named fragments flattened in. */
function fieldsOf(set: SelectionSetNode, fragments: SelectionInfo['fragments'], visited = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, visited);
    const name = selection.name.value;
    const fragment = fragments[name];
    if (visited.has(name) || fragment === undefined) return [];
    visited.add(name);
    return fieldsOf(fragment.selectionSet, fragments, visited);
  });
}

/**
 * The names (not aliases) of the fields selected on the value the current field returns or, with
 * `path`, on the value reached through those fields: `['edges', 'node']` for a connection's nodes.
 * Every fragment counts, whatever its type condition or `@skip`/`@include`: the answer is a superset
 * of what will be resolved, which is the safe side for choosing what to read.
 *
 * @example selectedFieldNames(info, ['edges', 'node']) // Set { 'id', 'name', 'country' }
 */
export function selectedFieldNames(info: SelectionInfo, path: readonly string[] = []): ReadonlySet<string> {
  // graphql-js hands every item of a list the same fieldNodes array: read its AST once per path.
  const key = path.join('.');
  let byPath = namesByFieldNodes.get(info.fieldNodes);
  if (byPath === undefined) namesByFieldNodes.set(info.fieldNodes, (byPath = new Map()));
  let names = byPath.get(key);
  if (names === undefined) byPath.set(key, (names = readFieldNames(info, path)));
  return names;
}

/** The names selected below the current field's nodes, along `path` (see selectedFieldNames). */
const namesByFieldNodes = new WeakMap<SelectionInfo['fieldNodes'], Map<string, ReadonlySet<string>>>();

function readFieldNames(info: SelectionInfo, path: readonly string[]): ReadonlySet<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet === undefined ? [] : [node.selectionSet]));
  for (const step of path) {
    sets = sets.flatMap((set) =>
      fieldsOf(set, info.fragments).flatMap((field) =>
        field.name.value === step && field.selectionSet !== undefined ? [field.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info.fragments).map((field) => field.name.value)));
}

/** True when the selection of the current field (fragments included) asks for `name` directly. */
export function selectsField(info: SelectionInfo, name: string): boolean {
  return selectedFieldNames(info).has(name);
}

/**
 * True when every field selected at `path` (see selectedFieldNames) is one of `fields`; `__typename`
 * always is. A resolver uses it to read summary records when a summary answers the whole selection.
 */
export function selectsOnly(info: SelectionInfo, fields: ReadonlySet<string>, path: readonly string[] = []): boolean {
  for (const name of selectedFieldNames(info, path)) {
    if (name !== '__typename' && !fields.has(name)) return false;
  }
  return true;
}
