/**
 * QUERY_TOO_COMPLEX: a validation rule that caps how many objects an operation may return, the way
 * GitHub's node limit does: a list field counts its page size (`first`, or a default when absent),
 * multiplied by the sizes of the lists above it.
 */

import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { LimitCode, limitError } from './errors';
import { fragmentsOf, perOperation } from './fragments';

/** Introspection lists count their real size in the schema (the largest such list), not a page size. */
const introspectionSizes = new WeakMap<GraphQLSchema, Map<string, number>>();

function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  let sizes = introspectionSizes.get(schema);
  if (sizes !== undefined) return sizes;
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]): number => Math.max(0, ...counts);
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t)) as (GraphQLObjectType | GraphQLInterfaceType)[];
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  sizes = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    ['__Type.fields', most(withFields.map((t) => Object.keys(t.getFields()).length))],
    ['__Type.interfaces', most(withFields.map((t) => t.getInterfaces().length))],
    ['__Type.possibleTypes', most(types.filter(isAbstractType).map((t) => schema.getPossibleTypes(t).length))],
    ['__Type.enumValues', most(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.inputFields', most(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))],
    ['__Field.args', most(fields.map((f) => f.args.length))],
    ['__Directive.args', most(schema.getDirectives().map((d) => d.args.length))],
  ]);
  introspectionSizes.set(schema, sizes);
  return sizes;
}

/** The arguments that set a page size. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

export interface CostOptions {
  /** Largest accepted cost (objects the operation may return). */
  maxCost: number;
  /** Size assumed for a list whose page size is not given (no `first`, no default). */
  defaultListSize: number;
  /** The request's variables, when known: `first: $n` then counts the value of $n. */
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The cost of an operation: every field that returns objects counts 1 per object it may return: a
 * single object 1, a list its page size. A field's count is multiplied by the counts of the list
 * fields above it. A page size is the field's `first` (a literal, a variable's value or default, or
 * the argument's default in the schema); a list without one counts `defaultListSize`. A field that
 * takes `first` but returns a single object (a connection) passes its page size down to the lists
 * directly in it (`edges`). Scalars and lists of scalars count 0. Introspection lists (`types`,
 * `fields`, `args`…) count the size of the largest such list in the schema; `ofType` counts 0.
 */
export function operationCost(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  options: Omit<CostOptions, 'maxCost'>,
): number {
  const variableDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue !== undefined) {
      variableDefaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
    }
  }
  const pageSize = (node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined => {
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const argument = node.arguments?.find((a) => a.name.value === name);
      let value: unknown;
      if (argument === undefined) {
        value = field.args.find((a) => a.name === name)?.defaultValue;
      } else if (argument.value.kind === Kind.VARIABLE) {
        const variable = argument.value.name.value;
        value = options.variables?.[variable] ?? variableDefaults.get(variable);
      } else {
        value = valueFromASTUntyped(argument.value);
      }
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.floor(value));
    }
    return undefined;
  };
  const takesPageSize = (field: GraphQLField<unknown, unknown>): boolean =>
    field.args.some((a) => PAGE_SIZE_ARGUMENTS.includes(a.name));

  const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  const introspection = introspectionListSizes(schema);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const cost = (set: SelectionSetNode, parent: GraphQLCompositeType, inherited: number | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection.name.value);
        if (field === undefined || selection.selectionSet === undefined) continue;
        const named = getNamedType(field.type);
        if (!isCompositeType(named)) continue;
        const own = pageSize(selection, field);
        if (isListType(getNullableType(field.type))) {
          const real = introspection.get(`${parent.name}.${field.name}`);
          const size = real ?? own ?? inherited ?? options.defaultListSize;
          total += size * (1 + cost(selection.selectionSet, named, undefined));
        } else {
          const passedDown = takesPageSize(field) ? (own ?? options.defaultListSize) : undefined;
          // ofType only unwraps a list or non-null type: part of the type it is on.
          total += (field.name === 'ofType' ? 0 : 1) + cost(selection.selectionSet, named, passedDown);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition !== undefined && isCompositeType(condition)) total += cost(selection.selectionSet, condition, inherited);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment === undefined || condition === undefined || !isCompositeType(condition) || visiting.has(name)) continue;
        const key = `${name}/${inherited ?? ''}`;
        let value = memo.get(key);
        if (value === undefined) {
          visiting.add(name);
          value = cost(fragment.selectionSet, condition, inherited);
          visiting.delete(name);
          memo.set(key, value);
        }
        total += value;
      }
    }
    return total;
  };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? cost(operation.selectionSet, root, undefined) : 0;
}

/** Reports each operation whose cost (see operationCost) is above `maxCost`. */
export function maxCostRule(options: CostOptions): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context);
    return perOperation((operation) => {
      const actual = operationCost(context.getSchema(), fragments, operation, options);
      if (actual > options.maxCost) {
        context.reportError(
          limitError(
            LimitCode.QUERY_TOO_COMPLEX,
            `The operation may return up to ${actual} objects; the limit is ${options.maxCost}. ` +
              'Ask for smaller pages (`first`) or fewer nested lists.',
            { limit: options.maxCost, actual },
            operation,
          ),
        );
      }
    });
  };
}
