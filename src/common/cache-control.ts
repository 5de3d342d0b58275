/**
 * Cache hints for Apollo's cache-control plugin, which reads `@cacheControl` from each type's and
 * field's AST node (type-graphql's @Directive puts it there; the directive needs no declaration).
 * A response's `cache-control` header takes the smallest maxAge of the fields it resolved; a field
 * that returns objects of a type without a hint (Mutation's, for one) makes it `no-store`.
 */

/** Seconds a shared cache may keep a public answer: the graph changes only by mutations and seeding. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

/** On every public type: the same answer for everyone, for PUBLIC_MAX_AGE_SECONDS. */
export const PUBLIC_CACHE_HINT = `@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS}, scope: PUBLIC)`;

/** On a field returning a union (unions take no hint in type-graphql): keep the parent's maxAge. */
export const INHERIT_CACHE_HINT = '@cacheControl(inheritMaxAge: true)';
