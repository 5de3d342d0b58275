import { toLuceneQuery } from '../../src/graph/search';

describe('toLuceneQuery', () => {
  it('matches each word whole or as a prefix', () => {
    expect(toLuceneQuery('BYD')).toBe('(byd^2 OR byd*)');
    expect(toLuceneQuery('byd hungary')).toBe('(byd^2 OR byd*) AND (hungary^2 OR hungary*)');
  });

  it('folds accents like the index does', () => {
    expect(toLuceneQuery('Komárom')).toBe('(komarom^2 OR komarom*)');
  });

  it.each([
    ['byd AND (', '(byd^2 OR byd*)'],
    ['"unterminated', '(unterminated^2 OR unterminated*)'],
    ['name:*', '(name^2 OR name*)'],
    ["'; MATCH (n) DETACH DELETE n //", '(match^2 OR match*) AND (n^2 OR n*) AND (detach^2 OR detach*) AND (delete^2 OR delete*) AND (n^2 OR n*)'],
    ['[1 TO 2]', '(1^2 OR 1*) AND (2^2 OR 2*)'],
  ])('leaves no Lucene syntax from %j', (text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });

  it('keeps a lone stop word as a prefix ("by" is the start of "BYD")', () => {
    expect(toLuceneQuery('by')).toBe('by*');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toLuceneQuery('')).toBeNull();
    expect(toLuceneQuery('*** ((( ~')).toBeNull();
  });

  it('refuses text over 200 characters', () => {
    expect(() => toLuceneQuery('a'.repeat(201))).toThrow('Argument "text" must have at most 200 characters; got 201.');
  });
});
