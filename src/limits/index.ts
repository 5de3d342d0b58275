export { maxAliasesRule } from './aliases.rule';
export { apolloLimitOptions, costLimitPlugin, withLimitCodes } from './apollo';
export { maxCostRule, operationCost, type CostOptions } from './cost.rule';
export { maxDepthRule } from './depth.rule';
export { LIMIT_CODES, LimitCode, limitError } from './errors';
export { bodyErrorHandler, graphqlHttpLimits, requestLimits, sendGraphQLError } from './http';
export { DEFAULT_LIMITS, LIMIT_VARIABLES, loadLimits, type LimitsConfig } from './limits.config';
export { knownOperationTypesRule } from './operation-type.rule';
