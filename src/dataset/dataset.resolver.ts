/** Query.dataset: the version, content hash and counts of the live graph. */

import { Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { readCounts, readStoredVersion, readVersion } from './export';
import { HASH_METHOD } from './hash';
import { currentDatasetHash } from './hash-cache';
import { Dataset, KindCount, type DatasetRecord } from './dataset.type';

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, { description: 'The graph as a citable dataset: version, content hash and counts per kind.' })
  dataset(): DatasetRecord {
    return {};
  }

  @FieldResolver(() => String, {
    description:
      'Version of the dataset the graph was last seeded or imported from (seeds/dataset.json, or the "dataset" header ' +
      'of an imported export); "unversioned" when none was given. Once mutations have changed the graph, their count ' +
      'follows as semver build metadata: "2.0.0+3" is 2.0.0 with 3 contributions (see revision). Records imported ' +
      'without a header keep the version: the hash tells contents apart.',
  })
  version(@Ctx() ctx: Context): Promise<string> {
    return ctx.executor.readTransaction(readVersion);
  }

  @FieldResolver(() => Int, {
    description:
      'How many mutations have changed the graph since it was last seeded (or imported with a new version): 0 after a seed. ' +
      'Every mutation that changes something adds one, in its own transaction.',
  })
  async revision(@Ctx() ctx: Context): Promise<number> {
    return (await ctx.executor.readTransaction(readStoredVersion)).revision;
  }

  @FieldResolver(() => String, {
    description:
      'sha256 (hex) of the canonical JSON of every record of every kind, read from the graph: records in the import format, ' +
      'sorted by id, keys sorted, no timestamps. Equal to the hash in the header of `npm run export`. Computed by reading ' +
      'every record in one read transaction, once per state of the graph (every write through Autograph starts a new one), ' +
      'then kept. See hashMethod.',
  })
  hash(@Ctx() ctx: Context): Promise<string> {
    return currentDatasetHash(ctx.executor);
  }

  @FieldResolver(() => String, { description: 'How hash is computed, in words, for a citation or a re-computation.' })
  hashMethod(): string {
    return HASH_METHOD;
  }

  @FieldResolver(() => [KindCount], { description: 'How many records of each kind the graph holds, counted in Cypher.' })
  async counts(@Ctx() ctx: Context): Promise<KindCount[]> {
    const counts = await ctx.executor.readTransaction(readCounts);
    return Object.entries(counts).map(([kind, count]) => ({ kind, count }));
  }
}
