/** Who may change the graph. */

export { authenticate, requireApiToken, type AuthState } from './api-token';
