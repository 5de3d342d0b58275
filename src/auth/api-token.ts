/** Bearer-token authorisation of mutations. */

import { timingSafeEqual, createHash } from 'node:crypto';
import { codedError, ErrorCode } from '../common/errors';

/** What the server knows about the caller of one request. */
export interface AuthState {
  /** Whether the server has an API_TOKEN at all. */
  tokenConfigured: boolean;
  /** Whether the request carried that token. */
  tokenValid: boolean;
  /** Whether the request carried any bearer token. */
  tokenPresented: boolean;
}

/**
 * Compares the request's `Authorization: Bearer <token>` with the configured token in constant time
 * (both sides are hashed first, so neither the content nor the length leaks through timing).
 */
export function authenticate(authorization: string | undefined, apiToken: string | undefined): AuthState {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const presented = match?.[1];
  if (apiToken === undefined) {
    return { tokenConfigured: false, tokenValid: false, tokenPresented: presented !== undefined };
  }
  if (presented === undefined) return { tokenConfigured: true, tokenValid: false, tokenPresented: false };
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(apiToken).digest();
  return { tokenConfigured: true, tokenValid: timingSafeEqual(a, b), tokenPresented: true };
}

/** Throws FORBIDDEN when the server takes no writes, UNAUTHENTICATED when the token is missing or wrong. */
export function requireApiToken(ctx: { auth: AuthState }): void {
  if (!ctx.auth.tokenConfigured) {
    throw codedError(
      ErrorCode.FORBIDDEN,
      'Mutations are disabled on this server: it has no API_TOKEN configured.',
    );
  }
  if (!ctx.auth.tokenValid) {
    throw codedError(
      ErrorCode.UNAUTHENTICATED,
      ctx.auth.tokenPresented
        ? 'The bearer token is not valid.'
        : 'This mutation needs the header Authorization: Bearer <API_TOKEN>.',
    );
  }
}
