/** Logs, metrics and the GraphQL plugin that feeds them. */

export { createLogger, processLog, silentLogger, REDACTED_PATHS, type Logger } from './logger';
export { metrics, registry, outcomeLabel } from './metrics';
export { knownOperationNames, operationLabel, OTHER_OPERATION, ANONYMOUS_OPERATION } from './operation-names';
export { observabilityPlugin } from './plugin';
