/** Factories. */

export { FACTORY_SUMMARY_FIELDS, Factory, FactoryRole, FactoryStatus, type FactoryRecord, type FactorySummaryRecord } from './factory.type';
export { createFactoryLoaders, type FactoryLoaders } from './factory.loaders';
export { FACTORIES_BY_ID } from './factory.repository';
export { FactoryResolver, loadFactoryList } from './factory.resolver';
export { FactoryConnection, FactoryConnectionResolver } from './factory.connection';
export { FactoryFilter, factoryFilterClause } from './factory.filter';
export { FactoryOrder, FactoryOrderField } from './factory.order';
