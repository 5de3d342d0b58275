/**
 * Probes and metrics: GET /health (the process is up), GET /ready (Neo4j reachable and prepared, and
 * not shutting down) and GET /metrics (Prometheus text). None of them is rate limited.
 */

import express, { type Router } from 'express';
import { registry } from '../observability/metrics';

/** What /ready asks: null when ready, else the reason it is not. */
export type ReadinessProbe = () => string | null;

/** The router with /health, /ready and /metrics. */
export function healthRoutes(readiness: ReadinessProbe): Router {
  const router = express.Router();
  const started = Date.now();
  router.get('/health', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) });
  });
  router.get('/ready', (_req, res) => {
    const reason = readiness();
    res.set('cache-control', 'no-store');
    if (reason === null) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason });
  });
  router.get('/metrics', async (_req, res, next) => {
    try {
      res.set('content-type', registry.contentType).set('cache-control', 'no-store').send(await registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
