/** QUERY_TOO_DEEP: a validation rule that caps how deep an operation nests its fields. */

import type { ValidationRule } from 'graphql';
import { LimitCode, limitError } from './errors';
import { fragmentsOf, perOperation, selectionMeasure } from './fragments';

/**
 * The depth of an operation: a root field is at depth 1, a field inside it at 2, and so on, through
 * fragments (which add no depth of their own). Introspection fields count like any other, except
 * `ofType`, which only unwraps a list or non-null type (one object, no fan-out: the standard
 * introspection query nests it 7 deep).
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const depth = selectionMeasure(fragmentsOf(context), Math.max, (field, inner) =>
      (field.name.value === 'ofType' ? 0 : 1) + (field.selectionSet === undefined ? 0 : inner(field.selectionSet)),
    );
    return perOperation((operation) => {
      const actual = depth(operation.selectionSet);
      if (actual > maxDepth) {
        context.reportError(
          limitError(
            LimitCode.QUERY_TOO_DEEP,
            `The operation nests fields ${actual} deep; the limit is ${maxDepth}.`,
            { limit: maxDepth, actual },
            operation,
          ),
        );
      }
    });
  };
}
