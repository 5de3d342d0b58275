/** Contributions through the API: sourced figures, company–market links and factories (the resolver is registered in src/schema/build.ts). */

export { FactoryInput, FigureInput, MarketLinkInput, SourceInput } from './contribute.input';
export { addFigure, upsertFactory, upsertMarketLink } from './contribute.service';
export { figureIdFor, ownMarketIdFor, sourceIdFor, urlHash, type FigureIdParts } from './contribute.ids';
