import { getIntrospectionQuery, parse, validate, type GraphQLError, type ValidationRule } from 'graphql';
import { buildAutographSchema } from '../../src/schema/build';
import { maxAliasesRule, maxCostRule, maxDepthRule, operationCost, LimitCode, loadLimits, DEFAULT_LIMITS } from '../../src/limits';

const schema = buildAutographSchema();

function check(rule: ValidationRule, query: string): readonly GraphQLError[] {
  return validate(schema, parse(query), [rule]);
}

function cost(query: string, variables?: Record<string, unknown>, defaultListSize = 20): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return operationCost(schema, fragments, operation, { defaultListSize, variables });
}

describe('maxDepthRule (QUERY_TOO_DEEP)', () => {
  const nested = (depth: number): string => {
    // country → automakers → country → automakers … ends on a scalar.
    let inner = 'id';
    for (let level = depth - 1; level > 1; level -= 1) inner = `${level % 2 === 0 ? 'automakers' : 'country'} { ${inner} }`;
    return `{ country(id: "country:CN") { ${inner} } }`;
  };

  it('accepts an operation at the limit and refuses one a level deeper, with the figures', () => {
    expect(check(maxDepthRule(5), nested(5))).toEqual([]);
    const [error, ...more] = check(maxDepthRule(5), nested(6));
    expect(more).toEqual([]);
    expect(error!.extensions).toMatchObject({ code: LimitCode.QUERY_TOO_DEEP, limit: 5, actual: 6 });
    expect(error!.message).toBe('The operation nests fields 6 deep; the limit is 5.');
  });

  it('counts through fragments and inline fragments', () => {
    const query = `
      query { node(id: "country:CN") { ... on Country { automakers { ...Maker } } } }
      fragment Maker on Automaker { country { factories { automaker { name } } } }`;
    expect(check(maxDepthRule(6), query)).toEqual([]);
    expect(check(maxDepthRule(5), query)[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', actual: 6 });
  });

  it('survives fragment cycles (graphql-js reports them itself)', () => {
    const query = `{ country(id: "country:CN") { ...A } } fragment A on Country { automakers { country { ...A } } }`;
    expect(() => check(maxDepthRule(12), query)).not.toThrow();
  });

  it('lets the standard introspection query through at the default depth, but not an introspection depth attack', () => {
    expect(check(maxDepthRule(DEFAULT_LIMITS.maxDepth), getIntrospectionQuery())).toEqual([]);
    let attack = 'name';
    for (let i = 0; i < 10; i += 1) attack = `fields { type { ${attack} } }`;
    const errors = check(maxDepthRule(DEFAULT_LIMITS.maxDepth), `{ __schema { types { ${attack} } } }`);
    expect(errors[0]!.extensions['code']).toBe('QUERY_TOO_DEEP');
  });
});

describe('maxAliasesRule (TOO_MANY_ALIASES)', () => {
  const aliased = (n: number): string =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: country(id: "country:CN") { id }`).join(' ')} }`;

  it('accepts the limit and refuses one more', () => {
    expect(check(maxAliasesRule(30), aliased(30))).toEqual([]);
    expect(check(maxAliasesRule(30), aliased(31))[0]!.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      limit: 30,
      actual: 31,
    });
  });

  it('counts a fragment as often as it is spread', () => {
    const query = `{ c: country(id: "country:CN") { ...F x: automakers { ...F2 } y: automakers { ...F2 } } }
      fragment F on Country { n1: name n2: name }
      fragment F2 on Automaker { m1: name m2: name m3: name }`;
    // c, n1, n2, x, y, and 3 for each of the two spreads of F2.
    expect(check(maxAliasesRule(11), query)).toEqual([]);
    expect(check(maxAliasesRule(10), query)[0]!.extensions).toMatchObject({ actual: 11 });
  });

  it('counts aliases of __typename (a classic alias bomb)', () => {
    const bomb = `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(check(maxAliasesRule(30), bomb)[0]!.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', actual: 1000 });
  });
});

describe('operationCost and maxCostRule (QUERY_TOO_COMPLEX)', () => {
  it('counts a single object as 1 and a list as its page size, nested lists multiplied', () => {
    expect(cost('{ country(id: "country:CN") { name } }')).toBe(1);
    expect(cost('{ search(text: "byd", first: 7) { id } }')).toBe(7);
    // country 1, its automakers 20 (no first: the default), their factories 20 each.
    expect(cost('{ country(id: "country:CN") { automakers { factories { id } } } }')).toBe(1 + 20 * (1 + 20));
    expect(cost('{ country(id: "country:CN") { automakers { factories { id } } } }', undefined, 5)).toBe(1 + 5 * (1 + 5));
  });

  it('passes a connection`s first down to its edges', () => {
    expect(cost('{ automakers(first: 50) { totalCount edges { cursor node { name } } } }')).toBe(1 + 50 * (1 + 1));
    expect(cost('{ automakers(first: 100) { edges { node { factories { sources { id } } } } } }')).toBe(
      1 + 100 * (1 + 1 * (1 + 20 * (1 + 20))),
    );
  });

  it('reads first from variables, else the variable`s default', () => {
    const query = 'query ($n: Int = 3) { search(text: "byd", first: $n) { id } }';
    expect(cost(query)).toBe(3);
    expect(cost(query, { n: 40 })).toBe(40);
    expect(cost('query ($n: Int) { search(text: "byd", first: $n) { id } }')).toBe(20);
  });

  it('counts a negative first as 0 and leaves scalars and scalar lists out', () => {
    expect(cost('{ search(text: "x", first: -5) { id } }')).toBe(0);
    expect(cost('{ factory(id: "factory:tesla-shanghai") { products roles name } }')).toBe(1);
  });

  it('counts through fragments, once per spread', () => {
    const query = `{ a: country(id: "country:CN") { ...C } b: country(id: "country:JP") { ...C } }
      fragment C on Country { factories { id } }`;
    expect(cost(query)).toBe(2 * (1 + 20));
  });

  it('refuses what multiplies beyond the limit, with the figures', () => {
    const query = '{ automakers(first: 100) { edges { node { markets { market { countries { automakers { id } } } } } } } }';
    const errors = validate(schema, parse(query), [maxCostRule({ maxCost: 50_000, defaultListSize: 20 })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    expect(errors[0]!.extensions['actual']).toBeGreaterThan(50_000);
    expect(validate(schema, parse('{ automakers(first: 10) { edges { node { name } } } }'), [maxCostRule({ maxCost: 50_000, defaultListSize: 20 })])).toEqual([]);
  });

  it('survives fragment cycles', () => {
    expect(() => cost('{ country(id: "country:CN") { ...A } } fragment A on Country { automakers { country { ...A } } }')).not.toThrow();
  });
});

describe('loadLimits', () => {
  const read = (env: Record<string, string>) => (name: string) => env[name];

  it('has the documented defaults', () => {
    const problems: string[] = [];
    expect(loadLimits(read({}), problems)).toEqual(DEFAULT_LIMITS);
    expect(problems).toEqual([]);
  });

  it('reads every variable', () => {
    const problems: string[] = [];
    expect(
      loadLimits(
        read({
          MAX_QUERY_DEPTH: '8',
          MAX_QUERY_COST: '1000',
          COST_DEFAULT_LIST_SIZE: '10',
          MAX_ALIASES: '5',
          MAX_QUERY_LENGTH: '5000',
          MAX_BATCH_OPERATIONS: '4',
          MAX_BODY_SIZE: '256kb',
          INTROSPECTION: 'false',
          PERSISTED_QUERIES_CACHE_MB: '2',
        }),
        problems,
      ),
    ).toEqual({
      maxDepth: 8,
      maxCost: 1000,
      defaultListSize: 10,
      maxAliases: 5,
      maxQueryLength: 5000,
      maxBatchOperations: 4,
      maxBodyBytes: 256 * 1024,
      introspection: false,
      persistedQueriesCacheBytes: 2 * 1024 * 1024,
    });
    expect(problems).toEqual([]);
  });

  it.each([
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH must be a whole number from 1 to 1000; got "0".'],
    [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST must be a whole number from 1 to 1000000000; got "lots".'],
    [{ MAX_BATCH_OPERATIONS: '0' }, 'MAX_BATCH_OPERATIONS must be a whole number from 1 to 1000; got "0".'],
    [{ MAX_BODY_SIZE: '2gb' }, 'MAX_BODY_SIZE must be a size from 1kb to 100mb (e.g. 1048576, 512kb, 1mb); got "2gb".'],
    [{ INTROSPECTION: 'maybe' }, 'INTROSPECTION must be true or false; got "maybe".'],
  ])('refuses %j', (env, problem) => {
    const problems: string[] = [];
    loadLimits(read(env), problems);
    expect(problems).toEqual([problem]);
  });
});

describe('introspection against the limits', () => {
  it('the standard introspection query fits the default depth and cost', () => {
    expect(check(maxDepthRule(DEFAULT_LIMITS.maxDepth), getIntrospectionQuery())).toEqual([]);
    const introspectionCost = cost(getIntrospectionQuery());
    console.log(`standard introspection query cost: ${introspectionCost}`);
    expect(introspectionCost).toBeLessThan(DEFAULT_LIMITS.maxCost / 2);
  });

  it('an introspection fan-out attack within the depth limit is refused by the cost', () => {
    const attack = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expect(check(maxDepthRule(DEFAULT_LIMITS.maxDepth), attack)).toEqual([]);
    expect(cost(attack)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('the README example', () => {
  it('costs what the README says', () => {
    expect(cost('{ automakers(first: 100) { edges { node { markets { market { countries { automakers { id } } } } } } } }')).toBe(844_201);
  });
});
