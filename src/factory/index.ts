/** Factories. */

export { Factory, FactoryRole, FactoryStatus, type FactoryRecord } from './factory.type';
export { createFactoryLoaders, type FactoryLoaders } from './factory.loaders';
export { FactoryResolver } from './factory.resolver';
