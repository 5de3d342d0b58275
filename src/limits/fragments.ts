/** Walks an operation's selections through its fragments, once per fragment, cycles cut. */

import {
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Fragments of the document by name. */
export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * A measure of a selection set that is a sum or a maximum over its selections, computed with each
 * fragment evaluated once (memoized) and fragment cycles counted as 0 (graphql-js reports those
 * itself). `field` measures one field given the measure of its own selection set.
 */
export function selectionMeasure(
  fragments: Map<string, FragmentDefinitionNode>,
  combine: (a: number, b: number) => number,
  field: (node: FieldNode, inner: (set: SelectionSetNode) => number) => number,
): (set: SelectionSetNode) => number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const measure = (set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      let value = 0;
      if (selection.kind === Kind.FIELD) {
        value = field(selection, measure);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        value = measure(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) continue;
        const known = memo.get(name);
        if (known !== undefined) {
          value = known;
        } else {
          visiting.add(name);
          value = measure(fragment.selectionSet);
          visiting.delete(name);
          memo.set(name, value);
        }
      }
      total = combine(total, value);
    }
    return total;
  };
  return measure;
}

/** A visitor that calls `check` once per operation of the document. */
export function perOperation(check: (node: OperationDefinitionNode) => void): ASTVisitor {
  return { OperationDefinition: (node) => check(node) };
}
