/** Time: an entity's dated facts in order, and status as of a day. */

export { TimelineEvent, TimelineEventKind, type TimelineEventRecord } from './timeline.type';
export { FactoryTimeResolver, TimelineResolver, statusOn } from './timeline.resolver';
