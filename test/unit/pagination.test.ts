import { decodeCursor, encodeCursor, getValidPageSize } from '../../src/common/pagination';

describe('cursors', () => {
  it('round-trip an id and look opaque', () => {
    const cursor = encodeCursor('automaker:byd');
    expect(cursor).not.toContain('byd');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toBe('automaker:byd');
  });

  it.each(['', 'abc', '!!!', Buffer.from('automaker:byd').toString('base64url'), encodeCursor('').slice(0, 10), 'x'.repeat(500)])(
    'refuses the forged cursor %j',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(/^Argument "after" must be a cursor returned by this API/);
    },
  );
});

describe('getValidPageSize', () => {
  it('defaults and accepts 1 to 100', () => {
    expect(getValidPageSize(undefined)).toBe(20);
    expect(getValidPageSize(null)).toBe(20);
    expect(getValidPageSize(1)).toBe(1);
    expect(getValidPageSize(100)).toBe(100);
  });

  it.each([0, -5, 101, 1.5, Number.NaN])('refuses %d', (first) => {
    expect(() => getValidPageSize(first)).toThrow(`Argument "first" must be an integer from 1 to 100; got ${first}.`);
  });
});
