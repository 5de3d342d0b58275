/** The version a graph reports: the seeded or imported version, and the contributions since as build metadata. */

import { formatVersion, parseVersion } from '../../src/dataset';

describe('formatVersion', () => {
  it('reports the version alone at revision 0, else version+revision', () => {
    expect(formatVersion({ version: '2.0.0', revision: 0 })).toBe('2.0.0');
    expect(formatVersion({ version: '2.0.0', revision: 3 })).toBe('2.0.0+3');
    expect(formatVersion({ version: 'unversioned', revision: 1 })).toBe('unversioned+1');
  });

  it('adds the revision as one more build identifier to a version that has build metadata (semver allows one "+")', () => {
    expect(formatVersion({ version: '1.0.0+build.5', revision: 2 })).toBe('1.0.0+build.5.2');
  });
});

describe('parseVersion', () => {
  it('reads "2.0.0+3" as 2.0.0 at revision 3, and anything else whole at revision 0', () => {
    expect(parseVersion('2.0.0+3')).toEqual({ version: '2.0.0', revision: 3 });
    expect(parseVersion('2.0.0')).toEqual({ version: '2.0.0', revision: 0 });
    expect(parseVersion('1.0.0+build.5')).toEqual({ version: '1.0.0+build.5', revision: 0 });
    expect(parseVersion('1.0.0-rc.1+12')).toEqual({ version: '1.0.0-rc.1', revision: 12 });
  });

  it('gives back what formatVersion wrote', () => {
    for (const stored of [{ version: '2.0.0', revision: 0 }, { version: '2.0.0', revision: 41 }, { version: '1.0.0-rc.1', revision: 7 }]) {
      expect(parseVersion(formatVersion(stored))).toEqual(stored);
    }
  });
});
