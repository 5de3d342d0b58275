/**
 * The version the graph reports: the dataset version it was seeded or imported from, and, once the
 * API has changed it, the number of those contributions as semver build metadata ("2.0.0+3"), so that
 * a citation tells a graph with contributions from the published dataset.
 */

/** The version a graph reports when no seed or import has given it one. */
export const UNVERSIONED = 'unversioned';

/** A stored version and its revision (contributions since), as the Dataset node holds them. */
export interface StoredVersion {
  version: string;
  revision: number;
}

/**
 * The version as reported: `version` alone at revision 0, else `version+revision`. A version that
 * already carries build metadata gets the revision as one more identifier ("1.0.0+build.5" →
 * "1.0.0+build.5.2"), since semver allows one "+" only.
 */
export function formatVersion({ version, revision }: StoredVersion): string {
  if (revision <= 0) return version;
  return `${version}${version.includes('+') ? '.' : '+'}${revision}`;
}

/**
 * The stored form of a reported version: "2.0.0+3" → 2.0.0 at revision 3, so that importing an export
 * of a graph with contributions reports the same version as the graph did. Other versions are stored
 * whole, at revision 0.
 */
export function parseVersion(text: string): StoredVersion {
  const match = /^([^+]+)\+(\d{1,9})$/.exec(text);
  return match === null ? { version: text, revision: 0 } : { version: match[1]!, revision: Number(match[2]) };
}
