/** Slugs: the lower-case ASCII keys of ids (`market:south-korea`, `factory:byd-szeged`). */

/**
 * The slug of a name: lower-case ASCII letters, digits and hyphens ("Côte d'Ivoire" → "cote-divoire",
 * "United States" → "united-states"); throws for a name with no ASCII letter or digit.
 */
export function slugify(name: string): string {
  const slug = slugOrEmpty(name);
  if (slug === '') throw new Error(`Expected a name with at least one ASCII letter or digit to make a slug of; got ${JSON.stringify(name)}.`);
  return slug;
}

/** As slugify, but "" for a name with no ASCII letter or digit (for ids made from any input). */
export function slugOrEmpty(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFD split off the letters
    .toLowerCase()
    .replace(/['’.]/g, '') // "d'Ivoire", "U.S." are one word each
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters, at a hyphen where there is one, never ending in a hyphen. */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  if (slug[max] === '-') return cut;
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}
