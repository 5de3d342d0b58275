/** Markets and automakers' links to them. */

export { Market, MarketKind, MarketLink, MarketLinkKind, MarketLinkStatus, SalesChannel, type MarketLinkRecord, type MarketRecord } from './market.type';
export { MARKET_LINK_BY_KEY } from './market-link.repository';
export { createMarketLoaders, type MarketLoaders } from './market.loaders';
export { MarketLinkResolver, MarketResolver } from './market.resolver';
export { MarketConnection, MarketConnectionResolver } from './market.connection';
export { MarketFilter, marketFilterClause } from './market.filter';
export { MarketOrder, MarketOrderField } from './market.order';
