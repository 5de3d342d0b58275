/** Limits over HTTP that the hostile corpus does not cover: the introspection switch, and a page cap on every `first`. */

import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { DEFAULT_LIMITS } from '../../src/limits';
import { buildAutographSchema } from '../../src/schema/build';
import { startTestServer, type TestServer } from '../support/test-server';

jest.setTimeout(120_000);

describe('INTROSPECTION=false', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ limits: { ...DEFAULT_LIMITS, introspection: false } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses __schema and __type', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Country") { name } }']) {
      const response = await server.request(query);
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const response = await server.request('{ country(id: "country:CN") { nam } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('still answers queries', async () => {
    const response = await server.request('{ country(id: "country:CN") { name } }');
    expect(response.body).toEqual({ data: { country: { name: 'China' } } });
  });
});

/** Values for required arguments when walking the schema from Query. */
const SAMPLE_ARGUMENTS: Record<string, string> = {
  year: '2023',
  from: '"automaker:tesla"',
  to: '"country:CN"',
  text: '"byd"',
};
/** An id for `id:` arguments, by the type the field returns. */
const SAMPLE_IDS: Record<string, string> = {
  Country: 'country:CN',
  Automaker: 'automaker:byd',
  Brand: 'brand:mg',
  Factory: 'factory:tesla-shanghai',
  Market: 'market:russia',
  Node: 'country:CN',
  Source: 'source:cnn-2024-china-top-car-exporter',
  Organization: 'org:jama',
  TradeFigure: 'figure:cn-world-2023-units-caam',
  TradeMeasure: 'measure:eu-definitive-cvd-2024',
  FactoryClaim: 'claim:byd-szeged-investment-wcevcar',
};

/**
 * For every type reachable from Query, the shortest selection that reaches it, as a function that
 * wraps an inner selection. Fields whose required arguments we cannot fill are not followed.
 */
function pathsFromQuery(): Map<string, (inner: string) => string> {
  const schema = buildAutographSchema();
  const paths = new Map<string, (inner: string) => string>([['Query', (inner) => `{ ${inner} }`]]);
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  while (queue.length > 0) {
    const type = queue.shift()! as GraphQLObjectType;
    const wrap = paths.get(type.name)!;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (isLeafType(target)) continue;
      const members = isAbstractType(target) ? schema.getPossibleTypes(target) : [target as GraphQLObjectType];
      for (const member of members) {
        if (paths.has(member.name)) continue;
        // An id argument gets an id of the member itself (node(id:) reaches a Source with a source id).
        const idOf = SAMPLE_IDS[member.name] ?? SAMPLE_IDS[target.name];
        const args: string[] = [];
        let fillable = true;
        for (const arg of field.args) {
          if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
          const value = arg.name === 'id' ? idOf && `"${idOf}"` : SAMPLE_ARGUMENTS[arg.name];
          if (value === undefined) fillable = false;
          else args.push(`${arg.name}: ${value}`);
        }
        if (!fillable) continue;
        const call = `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
        const fragment = isAbstractType(target);
        paths.set(member.name, (inner) => wrap(`${call} { ${fragment ? `... on ${member.name} { ${inner} }` : inner} }`));
        queue.push(member);
      }
    }
  }
  return paths;
}

describe('every `first` in the schema has a cap', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A large cost budget, so that the page cap (not the cost) answers.
    server = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxCost: 1_000_000_000 } });
  });
  afterAll(async () => {
    await server.close();
  });

  const schema = buildAutographSchema();
  const paths = pathsFromQuery();
  const withFirst = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.args.some((arg) => arg.name === 'first'))
        .map((field) => [`${type.name}.${field.name}`, type.name, field.name] as const),
    )
    .filter(([, type]) => type !== 'Mutation' && !isInterfaceType(schema.getType(type)));

  it('finds the fields that take `first`, and a way to reach each', () => {
    expect(withFirst.length).toBeGreaterThanOrEqual(2);
    for (const [name, type] of withFirst) expect([name, paths.has(type)]).toEqual([name, true]);
  });

  it.each(withFirst)('%s refuses first: 0 and first: 1001 with BAD_USER_INPUT', async (_name, type, fieldName) => {
    const field = (schema.getType(type) as GraphQLObjectType).getFields()[fieldName]!;
    const required = field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && arg.name !== 'first')
      .map((arg) => `, ${arg.name}: ${SAMPLE_ARGUMENTS[arg.name] ?? `"${SAMPLE_IDS['Node']}"`}`)
      .join('');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    for (const first of [0, 1001]) {
      const query = paths.get(type)!(`${fieldName}(first: ${first}${required})${selection}`);
      const response = await server.request(query);
      const error = response.body.errors?.find((e) => e.extensions?.['argument'] === 'first');
      expect([query, error?.extensions?.code]).toEqual([query, 'BAD_USER_INPUT']);
    }
  });
});
