import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Cache hints for Apollo's cache-control plugin, which reads `@cacheControl` from each type's and
 * field's AST node (type-graphql's @Directive puts it there; the directive needs no declaration).
 * A response's `cache-control` header takes the smallest maxAge of the fields it resolved; a field
 * that returns objects of a type without a hint makes it `no-store`. Mutations are never cached
 * (noStoreMutationsPlugin), whatever type they return.
 */

/** Seconds a shared cache may keep a public answer: the graph changes only by mutations and seeding. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

/** On every public type: the same answer for everyone, for PUBLIC_MAX_AGE_SECONDS. */
export const PUBLIC_CACHE_HINT = `@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS}, scope: PUBLIC)`;

/** On a field returning a union (unions take no hint in type-graphql): keep the parent's maxAge. */
export const INHERIT_CACHE_HINT = '@cacheControl(inheritMaxAge: true)';

/**
 * Makes every mutation's response `no-store`. Without it a mutation that returns a public type (an
 * Automaker, a TradeFigure) would be answered `max-age=300, public`, as the type's hint says: a
 * shared cache could then keep one client's write and serve it to another.
 */
export const noStoreMutationsPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, overallCachePolicy }) {
        // maxAge 0 makes the response uncacheable; the cache-control plugin then writes `no-store`.
        if (operation?.operation === 'mutation') overallCachePolicy.restrict({ maxAge: 0 });
      },
    };
  },
};
