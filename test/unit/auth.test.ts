import { GraphQLError } from 'graphql';
import { authenticate, requireApiToken } from '../../src/auth';

const TOKEN = 'a-token-of-32-characters-0123456';

describe('authenticate', () => {
  it('accepts exactly the configured bearer token', () => {
    expect(authenticate(`Bearer ${TOKEN}`, TOKEN)).toEqual({ tokenConfigured: true, tokenValid: true, tokenPresented: true });
    expect(authenticate(`bearer ${TOKEN}`, TOKEN).tokenValid).toBe(true);
  });

  it.each([undefined, '', 'Bearer', `Basic ${TOKEN}`, `Bearer ${TOKEN}0`, `Bearer ${TOKEN.slice(1)}`, `Bearer x ${TOKEN}`])(
    'refuses %j',
    (header) => {
      expect(authenticate(header, TOKEN).tokenValid).toBe(false);
    },
  );

  it('knows when no token is configured', () => {
    expect(authenticate(`Bearer ${TOKEN}`, undefined)).toEqual({ tokenConfigured: false, tokenValid: false, tokenPresented: true });
  });
});

describe('requireApiToken', () => {
  const codeOf = (fn: () => void): unknown => {
    try {
      fn();
      return 'no error';
    } catch (error) {
      return (error as GraphQLError).extensions['code'];
    }
  };

  it('is FORBIDDEN without a configured token, UNAUTHENTICATED without a valid one, silent with it', () => {
    expect(codeOf(() => requireApiToken({ auth: authenticate(`Bearer ${TOKEN}`, undefined) }))).toBe('FORBIDDEN');
    expect(codeOf(() => requireApiToken({ auth: authenticate(undefined, TOKEN) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireApiToken({ auth: authenticate('Bearer nope', TOKEN) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireApiToken({ auth: authenticate(`Bearer ${TOKEN}`, TOKEN) }))).toBe('no error');
  });
});
