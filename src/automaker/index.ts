/** Automakers. */

export { Automaker, AutomakerConnection, AutomakerEdge, type AutomakerRecord } from './automaker.type';
export { createAutomakerLoaders, type AutomakerLoaders } from './automaker.loaders';
export { AutomakerResolver } from './automaker.resolver';
export { AutomakerFilter, automakerFilterClause } from './automaker.filter';
export { AutomakerOrder, AutomakerOrderField } from './automaker.order';
export { AutomakerLink, AutomakerLinkResolver, type AutomakerLinkRecord } from './automaker-link.type';
