/** Factories. */

export { Factory, FactoryRole, FactoryStatus, type FactoryRecord } from './factory.type';
export { createFactoryLoaders, type FactoryLoaders } from './factory.loaders';
export { FactoryResolver } from './factory.resolver';
export { FactoryConnection, FactoryConnectionResolver } from './factory.connection';
export { FactoryFilter, factoryFilterClause } from './factory.filter';
export { FactoryOrder, FactoryOrderField } from './factory.order';
