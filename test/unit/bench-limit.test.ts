/** Contender (d) of the benchmark: its statements are fixed text, and the request's values reach them only as $parameters. */

import { LINK_TYPES } from '../../src/graph/graph.enums';
import { toLuceneQuery } from '../../src/graph/search';
import { WORKLOADS } from '../../bench/workloads';
import { BadVariables, PATH_TYPES, STATEMENTS, luceneQuery, prepare } from '../../bench/contenders/cypher/queries';
import { workloadOf } from '../../bench/contenders/cypher/server';

/** Names of the $parameters a statement reads. */
const parametersOf = (cypher: string): string[] => [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();

/** Values no statement may ever contain: each would be a request's value written into the text. */
const HOSTILE = "x'}) DETACH DELETE n //";

describe('the statements of contender (d)', () => {
  const statements = Object.entries(STATEMENTS);

  it('cover every workload, and W4 for every hop bound from 1 to 6', () => {
    expect(Object.keys(STATEMENTS).sort()).toEqual(['W1', 'W2', 'W3', 'W4/1', 'W4/2', 'W4/3', 'W4/4', 'W4/5', 'W4/6', 'W5', 'W6']);
  });

  it.each(statements)('%s has no string literal a request could have written (only fixed names)', (_name, cypher) => {
    // Allowed: enum values, labels, kinds of id and the index name written in the code, and ':'.
    const literals = cypher.match(/'[^']*'/g) ?? [];
    for (const literal of literals) expect(literal).toMatch(/^'([A-Z_a-z0-9]+|:)'$/);
  });

  it.each(WORKLOADS.map((w) => [w.id, w] as const))('%s: the statement is one of the constants, and reads exactly the parameters it is given', (_id, w) => {
    const prepared = prepare(w.id, w.variables);
    expect(Object.values(STATEMENTS)).toContain(prepared.cypher);
    expect(parametersOf(prepared.cypher!)).toEqual(Object.keys(prepared.params).sort());
  });

  it.each(WORKLOADS.map((w) => [w.id, w] as const))('%s: the values of the request end up in the parameters, never in the text', (_id, w) => {
    const hostile = Object.fromEntries(
      Object.entries(w.variables).map(([name, value]) => [name, typeof value === 'string' ? HOSTILE : value]),
    );
    const plain = prepare(w.id, w.variables);
    const attacked = prepare(w.id, hostile);
    expect(attacked.cypher).toBe(plain.cypher);
    expect(attacked.cypher).not.toContain('DETACH');
    for (const value of Object.values(w.variables)) {
      if (typeof value === 'string') expect(plain.cypher).not.toContain(value);
    }
  });

  it('never interpolates: every value of every workload is a parameter', () => {
    expect(prepare('W1', { id: 'automaker:byd' }).params).toEqual({ id: 'automaker:byd' });
    expect(prepare('W2', { first: 100 }).params).toEqual({ first: 100, factoriesFirst: 50 });
    expect(prepare('W3', { id: 'country:CN' }).params).toEqual({ id: 'country:CN', automakersFirst: 20, marketsFirst: 20, exportsFirst: 10 });
    expect(prepare('W4', { from: 'automaker:tesla', to: 'market:russia', maxHops: 4 }).params).toEqual({ from: 'automaker:tesla', to: 'market:russia' });
    expect(prepare('W5', { text: 'BYD', first: 20 }).params).toEqual({ query: '(byd^2 OR byd*)', exact: 'byd', first: 20 });
    expect(prepare('W6', { year: 2023 }).params).toEqual({ year: 2023, metric: 'UNITS', vehicleClass: 'ALL_VEHICLES', countedBy: 'MANUFACTURERS' });
  });

  it('picks the W4 statement by the validated hop bound, default 4, and refuses others', () => {
    expect(prepare('W4', { from: 'a', to: 'b' }).cypher).toBe(STATEMENTS['W4/4']);
    expect(prepare('W4', { from: 'a', to: 'b', maxHops: 2 }).cypher).toBe(STATEMENTS['W4/2']);
    expect(STATEMENTS['W4/2']).toContain('{1,2}');
    expect(() => prepare('W4', { from: 'a', to: 'b', maxHops: 7 })).toThrow(new BadVariables('Variable "maxHops" must be an integer from 1 to 6; got 7.'));
    expect(() => prepare('W4', { from: 'a', to: 'b', maxHops: '4) (b' })).toThrow(BadVariables);
    expect(() => prepare('W1', { id: 42 })).toThrow(new BadVariables('Variable "id" must be a string; got 42.'));
  });

  it('walks the same relationship types as Autograph, never the evidence edge', () => {
    expect([...PATH_TYPES]).toEqual([...LINK_TYPES]);
    expect(PATH_TYPES).not.toContain('STATED_IN');
  });

  it.each(['BYD', 'byd hungary', 'Komárom', 'by', 'the', 'byd AND (', '***', '', 'a b c d e f g h i j k', 'Ｔｅｓｌａ'])(
    'reduces %j to the same Lucene query as Autograph',
    (text) => {
      expect(luceneQuery(text)).toBe(toLuceneQuery(text));
    },
  );

  it('answers text with no word without reading anything, as Autograph does', () => {
    expect(prepare('W5', { text: '!!', first: 5 })).toEqual({ cypher: null, params: {}, empty: { search: [] } });
  });
});

describe('which workload a request is', () => {
  it('is operationName when given, else the name in the document', () => {
    expect(workloadOf({ operationName: 'W3', query: 'query W1($id: ID!) { x }' })).toBe('W3');
    expect(workloadOf({ query: 'query W5($text: String!) { search(text: $text) { id } }' })).toBe('W5');
    expect(workloadOf({ query: '  query W2($first: Int!) { x }', operationName: null })).toBe('W2');
  });

  it('refuses anything else, naming what arrived', () => {
    expect(() => workloadOf({ operationName: 'W7' })).toThrow('Unknown workload: expected operationName W1 to W6 (or a document "query W1(…"); got "W7".');
    expect(() => workloadOf({ query: '{ automaker(id: "automaker:byd") { id } }' })).toThrow('got null');
    expect(() => workloadOf({ query: 'query W10 { x }' })).toThrow('got null');
  });
});
