/** Markets and automakers' links to them. */

export { Market, MarketKind, MarketLink, MarketLinkKind, type MarketLinkRecord, type MarketRecord } from './market.type';
export { createMarketLoaders, type MarketLoaders } from './market.loaders';
export { MarketLinkResolver, MarketResolver } from './market.resolver';
