/** The filter of Query.sources, and its Cypher conditions. */

import { Field, InputType } from 'type-graphql';
import type { FilterClause } from '../common/connection';
import { DateScalar } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { addCondition, checkDateRange, emptyClause, validFilterText } from '../common/filter';
import { SOURCE_FILTER_CONDITIONS as IF } from './source.connection.repository';
import { SourceKind } from './source.type';

@InputType('SourceFilter', { description: 'Narrows a list of sources; every field given must match (AND).' })
export class SourceFilter {
  @Field(() => String, { nullable: true, description: 'Only sources whose publisher contains this text, ignoring case.' })
  publisherContains?: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'Only sources of this kind.' })
  kind?: SourceKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only sources published on or after this day (sources without a date are left out).',
  })
  publishedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only sources published on or before this day. A date known only to the month or year counts as its first day.',
  })
  publishedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only sources whose URL host contains this text, ignoring case (letters, digits, dots and hyphens; e.g. "reuters.com").',
  })
  urlHostContains?: string | null;
}

const HOST_TEXT = /^[A-Za-z0-9.-]{1,100}$/;

/**
 * A Java regular expression matching URLs whose host contains `text`: scheme, then any host
 * characters, the text (its dots and hyphens escaped), and anything after. Case-insensitive.
 */
export function urlHostPattern(text: string): string {
  return `(?i)[a-z][a-z0-9+.-]*://[^/?#]*${text.replace(/[.-]/g, (c) => `\\${c}`)}.*`;
}

/** The conditions and parameters of a source filter; throws BAD_USER_INPUT naming a malformed field. */
export function sourceFilterClause(filter: SourceFilter | null | undefined): FilterClause {
  const clause = emptyClause();
  if (filter === null || filter === undefined) return clause;
  const publisherContains = validFilterText(filter.publisherContains, 'filter.publisherContains');
  if (publisherContains !== null) addCondition(clause, IF.publisherContains, { publisherContains });
  if (filter.kind != null) addCondition(clause, IF.kind, { kind: filter.kind });
  checkDateRange(filter.publishedFrom, filter.publishedTo, 'filter.publishedTo');
  if (filter.publishedFrom != null) addCondition(clause, IF.publishedFrom, { publishedFrom: filter.publishedFrom });
  if (filter.publishedTo != null) addCondition(clause, IF.publishedTo, { publishedTo: filter.publishedTo });
  if (filter.urlHostContains != null) {
    if (!HOST_TEXT.test(filter.urlHostContains)) {
      throw badUserInput(
        `Argument "filter.urlHostContains" must be 1 to 100 letters, digits, dots or hyphens; got ${JSON.stringify(filter.urlHostContains.slice(0, 120))}.`,
        'filter.urlHostContains',
      );
    }
    addCondition(clause, IF.urlHostContains, { urlHostPattern: urlHostPattern(filter.urlHostContains) });
  }
  return clause;
}
