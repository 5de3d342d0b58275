/** Source: a document that states facts. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { graphqlEnum } from '../common/graphql-enum';
import { SOURCE_KINDS } from '../common/vocabulary';

export const SourceKind = graphqlEnum(SOURCE_KINDS);
export type SourceKind = keyof typeof SOURCE_KINDS.values;

/** A source as stored (the GraphQL fields below, plain). */
export interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  kind: SourceKind;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Source', {
  implements: Node,
  description: 'A document that states facts: a news article, a statistics release.',
})
export class Source extends Node {
  @Field({ description: 'Who published the document (a news outlet, an association, a company).' })
  publisher!: string;

  @Field({ description: 'A short descriptive title of the document.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where the document can be read; null when not known.' })
  url!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was published (first day of the month or year when only that is known: see publishedPrecision).',
  })
  published!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `published` is.' })
  publishedPrecision!: DatePrecision | null;

  @Field(() => SourceKind, { description: 'What kind of document this is.' })
  kind!: SourceKind;
}
