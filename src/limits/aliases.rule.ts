/** TOO_MANY_ALIASES: a validation rule that caps the aliases of an operation. */

import type { ValidationRule } from 'graphql';
import { LimitCode, limitError } from './errors';
import { fragmentsOf, perOperation, selectionMeasure } from './fragments';

/**
 * Counts the aliased fields of each operation, a fragment counting as often as it is spread, and
 * reports an operation with more than `maxAliases`.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    const aliases = selectionMeasure(fragmentsOf(context), (a, b) => a + b, (field, inner) =>
      (field.alias === undefined ? 0 : 1) + (field.selectionSet === undefined ? 0 : inner(field.selectionSet)),
    );
    return perOperation((operation) => {
      const actual = aliases(operation.selectionSet);
      if (actual > maxAliases) {
        context.reportError(
          limitError(
            LimitCode.TOO_MANY_ALIASES,
            `The operation has ${actual} aliases; the limit is ${maxAliases}.`,
            { limit: maxAliases, actual },
            operation,
          ),
        );
      }
    });
  };
}
