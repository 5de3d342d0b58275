/** Automakers. */

export { Automaker, AutomakerConnection, AutomakerEdge, type AutomakerRecord } from './automaker.type';
export { createAutomakerLoaders, type AutomakerLoaders } from './automaker.loaders';
export { AutomakerResolver } from './automaker.resolver';
export { AutomakerLink, AutomakerLinkResolver, type AutomakerLinkRecord } from './automaker-link.type';
