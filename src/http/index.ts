/** The HTTP layer around GraphQL: request scope and access log, CORS, rate limit, probes, errors. */

export { corsMiddleware, originAllowed } from './cors';
export { errorHandler } from './error-handler';
export { healthRoutes, type ReadinessProbe } from './health';
export { rateLimit, TokenBuckets, type RateLimitOptions } from './rate-limit';
export { requestScope, scopeOf, elapsedMs, REQUEST_ID_HEADER, type RequestScope } from './request-scope';
