/** Dataset: what the graph holds as a whole, to cite it (version, content hash, counts per kind). */

import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('KindCount', { description: 'How many records of one kind the graph holds.' })
export class KindCount {
  @Field({
    description:
      'The kind, named as in import and export files: sources, countries, organizations, automakers, factories, markets, marketLinks, figures, tradeMeasures, measureLinks, companyLinks, statisticsLinks or factoryClaims.',
  })
  kind!: string;

  @Field(() => Int, { description: 'Number of records of this kind (a market, measure, company or statistics link is one relationship).' })
  count!: number;
}

/** The root the Dataset field resolvers hang off (every field is read from the live graph). */
export type DatasetRecord = Record<string, never>;

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Dataset', {
  description:
    'The graph as a citable dataset: a version, a hash of its exact content, and counts per kind, all read ' +
    'from the live graph. `npm run export` writes the same version, hash and counts into its snapshot file.',
})
export class Dataset {}
