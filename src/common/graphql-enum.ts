/** Registers a vocabulary enum with type-graphql: the enum object (each value names itself) and its descriptions. */

import { registerEnumType } from 'type-graphql';
import { valuesOf, type VocabularyEnum } from './vocabulary';

/** An enum as an object whose keys are its values, as a TypeScript string enum would be. */
export type EnumObject<V extends string> = { readonly [K in V]: K };

/**
 * The enum object of a vocabulary table, registered as a GraphQL enum with the table's name and
 * descriptions; use it where a TypeScript enum would go (`@Field(() => FactoryStatus)`,
 * `FactoryStatus.OPERATING`).
 *
 * @example
 * export const FactoryStatus = graphqlEnum(FACTORY_STATUSES);
 * export type FactoryStatus = keyof typeof FACTORY_STATUSES.values;
 */
export function graphqlEnum<const E extends VocabularyEnum>(table: E): EnumObject<keyof E['values'] & string> {
  const values = valuesOf(table);
  const object = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<keyof E['values'] & string>;
  registerEnumType(object, {
    name: table.name,
    description: table.description,
    valuesConfig: Object.fromEntries(values.map((value) => [value, { description: table.values[value] }])) as never,
  });
  return object;
}
