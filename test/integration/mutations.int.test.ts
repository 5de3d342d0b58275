/** upsertAutomaker and deleteEntity: tokens, validation, and atomic writes against the real Neo4j. */

import { DeleteEntityDocument, UpsertAutomakerDocument } from '../../schema/generated/graphql';
import { datasetRevision, graphChecksum, setDatasetRevision, startTestServer, TEST_TOKEN, type TestServer } from '../support/test-server';

let t: TestServer;
/** The dataset revision as the file found it: its mutations count contributions, put back at the end. */
let initialRevision: number;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const input = { id: 'automaker:zz-mutation-test', name: 'Mutation Test Motors', countryId: 'country:DE' };

beforeAll(async () => {
  t = await startTestServer();
  initialRevision = await datasetRevision(t.executor);
});
afterAll(async () => {
  await t.executor.write(`MATCH (n:Entity) WHERE n.id STARTS WITH 'automaker:zz-mutation' DETACH DELETE n`);
  await setDatasetRevision(t.executor, initialRevision);
  await t.close();
});

describe('without a valid token', () => {
  it.each([
    ['no header', {}, 'This mutation needs the header Authorization: Bearer <API_TOKEN>.'],
    ['a wrong token', { authorization: 'Bearer wrong-token-wrong-token' }, 'The bearer token is not valid.'],
    ['another scheme', { authorization: `Basic ${TEST_TOKEN}` }, 'This mutation needs the header Authorization: Bearer <API_TOKEN>.'],
    ['the token as a prefix', { authorization: `Bearer ${TEST_TOKEN}x` }, 'The bearer token is not valid.'],
  ])('refuses %s with UNAUTHENTICATED and changes nothing', async (_name, headers, message) => {
    const before = await graphChecksum(t.executor);
    const upsert = await t.run(UpsertAutomakerDocument, { input }, headers);
    expect(upsert.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    const del = await t.run(DeleteEntityDocument, { id: 'automaker:byd' }, headers);
    expect(del.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('refuses every mutation with FORBIDDEN when the server has no API_TOKEN', async () => {
    const closed = await startTestServer({ apiToken: null });
    try {
      const res = await closed.run(UpsertAutomakerDocument, { input }, auth);
      expect(res.body.errors?.[0]).toMatchObject({
        message: 'Mutations are disabled on this server: it has no API_TOKEN configured.',
        extensions: { code: 'FORBIDDEN' },
      });
      const del = await closed.run(DeleteEntityDocument, { id: 'automaker:byd' }, auth);
      expect(del.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await closed.close();
    }
  });
});

describe('upsertAutomaker', () => {
  it('creates, then updates, an automaker and its headquarters', async () => {
    const created = await t.run(UpsertAutomakerDocument, { input }, auth);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.upsertAutomaker).toEqual({
      id: input.id,
      name: input.name,
      country: { id: 'country:DE', name: 'Germany' },
    });
    const moved = await t.run(UpsertAutomakerDocument, { input: { ...input, name: 'MTM', countryId: 'country:JP' } }, auth);
    expect(moved.body.data!.upsertAutomaker).toMatchObject({ name: 'MTM', country: { id: 'country:JP' } });
    // Exactly one headquarters after the move.
    const rows = await t.executor.read<{ n: number }>(
      'MATCH (:Automaker {id: $id})-[h:HEADQUARTERED_IN]->() RETURN count(h) AS n',
      { id: input.id },
    );
    expect(rows[0]!.n).toBe(1);
    const search = await t.request('{ search(text: "MTM") { id } }');
    expect(search.body.data!.search.map((n: any) => n.id)).toContain(input.id);
  });

  it('counts as a contribution: the dataset version gains one; the answer is not cached', async () => {
    const revision = await datasetRevision(t.executor);
    const res = await t.run(UpsertAutomakerDocument, { input: { ...input, name: 'Mutation Test Motors' } }, auth);
    expect(res.body.errors).toBeUndefined();
    // Automaker is a public type (max-age=300, public in a query): a mutation's answer must never be.
    expect(res.headers.get('cache-control')).toBe('no-store');
    const dataset = await t.request('{ dataset { version revision } }');
    expect(dataset.body.data!.dataset.revision).toBe(revision + 1);
    expect(dataset.body.data!.dataset.version).toMatch(new RegExp(`\\+${revision + 1}$`));
  });

  it.each([
    [{ ...input, id: 'automaker:Bad Id' }, 'input.id'],
    [{ ...input, id: 'country:DE' }, 'input.id'],
    [{ ...input, countryId: 'germany' }, 'input.countryId'],
    [{ ...input, countryId: 'country:ZZ' }, 'input.countryId'],
    [{ ...input, name: '   ' }, 'input.name'],
    [{ ...input, name: 'x'.repeat(201) }, 'input.name'],
  ])('refuses bad input %j with BAD_USER_INPUT and writes nothing', async (bad, argument) => {
    const before = await graphChecksum(t.executor);
    const res = await t.run(UpsertAutomakerDocument, { input: bad }, auth);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT', async () => {
    const res = await t.request(
      'mutation($input: AutomakerInput!) { upsertAutomaker(input: $input) { id } }',
      { input: { id: 'automaker:x', name: 42 } },
      auth,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('deleteEntity', () => {
  it('removes an entity and its relationships, then reports false for it', async () => {
    await t.run(UpsertAutomakerDocument, { input: { ...input, id: 'automaker:zz-mutation-delete' } }, auth);
    const revision = await datasetRevision(t.executor);
    const res = await t.run(DeleteEntityDocument, { id: 'automaker:zz-mutation-delete' }, auth);
    expect(res.body.data).toEqual({ deleteEntity: true });
    expect(await datasetRevision(t.executor)).toBe(revision + 1);
    const gone = await t.request('{ automaker(id: "automaker:zz-mutation-delete") { id } }');
    expect(gone.body.data!.automaker).toBeNull();
    const rows = await t.executor.read<{ n: number }>(
      "MATCH (c:Country {id: 'country:DE'})<-[h:HEADQUARTERED_IN]-(a) WHERE a.id = 'automaker:zz-mutation-delete' RETURN count(h) AS n",
    );
    expect(rows[0]!.n).toBe(0);
    const after = await datasetRevision(t.executor);
    const again = await t.run(DeleteEntityDocument, { id: 'automaker:zz-mutation-delete' }, auth);
    expect(again.body.data).toEqual({ deleteEntity: false });
    // Nothing was removed: not a contribution.
    expect(await datasetRevision(t.executor)).toBe(after);
  });

  it('refuses, with CONFLICT and nothing deleted, an entity others depend on', async () => {
    const before = await graphChecksum(t.executor);
    const res = await t.run(DeleteEntityDocument, { id: 'country:HU' }, auth);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.body.errors?.[0]?.message).toMatch(/^Cannot delete country:HU: .*factories located there/);
    const source = await t.run(DeleteEntityDocument, { id: 'source:cnn-2024-china-top-car-exporter' }, auth);
    expect(source.body.errors?.[0]?.message).toMatch(/facts that cite it as evidence/);
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const res = await t.run(DeleteEntityDocument, { id: 'everything' }, auth);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
