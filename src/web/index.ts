export { CONTENT_SECURITY_POLICY, HTML_CACHE, IMMUTABLE_CACHE, defaultWebDir, mountWebRoutes } from './web.routes';
