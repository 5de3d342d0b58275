/** Time: Query.timeline (an entity's dated facts in order) and Factory.statusAsOf. */

import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import { Node } from '../common/node.interface';
import type { Context } from '../context';
import { Factory, FactoryStatus, type FactoryRecord } from '../factory';
import { loadNode } from '../graph';
import { Source, loadSources, type SourceRecord } from '../source';
import { TIMELINE } from './timeline.repository';
import { TimelineEvent, type TimelineEventRecord } from './timeline.type';

const DEFAULT_EVENTS = 200;
const MAX_EVENTS = 1000;

/**
 * A factory's status on a day, from its dated milestones: CLOSED once closed, OPERATING once opened,
 * UNDER_CONSTRUCTION once construction started, ANNOUNCED once announced; null when no milestone
 * known to have happened by then says anything (not yet announced, or the dates are unknown).
 */
export function statusOn(factory: FactoryRecord, day: string): FactoryStatus | null {
  const reached = (date: string | null) => date !== null && date.slice(0, 10) <= day;
  if (reached(factory.closed)) return FactoryStatus.CLOSED;
  if (reached(factory.opened)) return FactoryStatus.OPERATING;
  if (reached(factory.constructionStarted)) return FactoryStatus.UNDER_CONSTRUCTION;
  if (reached(factory.announced)) return FactoryStatus.ANNOUNCED;
  return null;
}

@Resolver(() => TimelineEvent)
export class TimelineResolver {
  @Query(() => [TimelineEvent], {
    description:
      "An entity's dated facts in order: a factory's milestones; an automaker's factories' milestones, market links and figures; a country's factories and figures; a market's links and figures; a body's figures; a source's publication and figures. Events with the same date are ordered by kind.",
  })
  async timeline(
    @Arg('id', () => ID, { description: 'Id of any entity, e.g. automaker:byd or factory:byd-szeged.' }) id: string,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only events on or after this day (a figure counts while its period lasts).' })
    from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only events on or before this day.' }) to: string | null,
    @Arg('first', () => Int, { nullable: true, description: `Most events to return, 1 to ${MAX_EVENTS} (default ${DEFAULT_EVENTS}), earliest first.` })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<TimelineEventRecord[]> {
    const entityId = parseId(id, 'id').id;
    const limit = first ?? DEFAULT_EVENTS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS) {
      throw badUserInput(`Argument "first" must be an integer from 1 to ${MAX_EVENTS}; got ${first}.`, 'first');
    }
    if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
      throw badUserInput(`Argument "from" (${from}) must not be after "to" (${to}).`, 'from');
    }
    return ctx.executor.read<TimelineEventRecord>(TIMELINE, { id: entityId, from: from ?? null, to: to ?? null, limit });
  }

  @FieldResolver(() => Node, { description: 'What the event is about: a factory, an automaker, a figure or a source (see kind).' })
  async subject(@Root() event: TimelineEventRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, event.subjectId))!;
  }

  @FieldResolver(() => Node, { nullable: true, description: "The other party: a factory's operator, a link's market, a figure's exporter." })
  related(@Root() event: TimelineEventRecord, @Ctx() ctx: Context): Promise<{ id: string } | null> | null {
    return event.relatedId === null ? null : loadNode(ctx, event.relatedId);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state the fact behind the event.' })
  sources(@Root() event: TimelineEventRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, event.sources);
  }
}

@Resolver(() => Factory)
export class FactoryTimeResolver {
  @FieldResolver(() => FactoryStatus, {
    nullable: true,
    description:
      'Its status on a given day, from its dated milestones (closed, opened, construction started, announced: the latest reached by then). Null when no known milestone had been reached by then: not yet announced, or the dates are not known.',
  })
  statusAsOf(
    @Root() factory: FactoryRecord,
    @Arg('date', () => DateScalar, { description: 'The day, YYYY-MM-DD.' }) date: string,
  ): FactoryStatus | null {
    return statusOn(factory, date);
  }
}
