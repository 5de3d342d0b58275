/** GraphQL types of Relay cursor connections, made once per kind of node. */

import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** Names and words of one kind's connection, for its types and descriptions. */
export interface ConnectionNames {
  /** GraphQL name of the node type, e.g. "Factory"; the types are "FactoryEdge" and "FactoryConnection". */
  typeName: string;
  /** The node in words, singular and plural: "factory", "factories". */
  singular: string;
  plural: string;
}

/**
 * Creates the Edge and Connection object types of a kind of node. Call once per kind (type-graphql
 * registers the types by name).
 *
 * @example export const FactoryConnection = createConnectionType(Factory, { typeName: 'Factory', singular: 'factory', plural: 'factories' });
 */
export function createConnectionType(nodeType: ClassType, names: ConnectionNames) {
  @ObjectType(`${names.typeName}Edge`, { description: `A ${names.singular} in a page of ${names.plural}, with its cursor.` })
  class Edge {
    @Field({ description: `Opaque cursor of this edge: pass it as \`after\` (with the same orderBy) to get the ${names.plural} that follow.` })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${names.singular}.` })
    node!: unknown;
  }

  @ObjectType(`${names.typeName}Connection`, {
    description: `A page of ${names.plural} (Relay cursor connection), filtered and ordered as asked.`,
  })
  class Connection {
    @Field(() => [Edge], { description: `The ${names.plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `Number of ${names.plural} matching the filter, over all pages (counted only when asked for).`,
    })
    totalCount!: number;
  }

  return Connection;
}
