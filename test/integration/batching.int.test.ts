/**
 * No N+1: a page of automakers with their country, factories and each factory's country runs a
 * fixed number of Cypher statements, the same for 5 automakers as for 50.
 */

import { AutomakersPageDocument } from '../../schema/generated/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const SYNTHETIC = 60;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  // Synthetic automakers (ids zz-…, sorted after the real ones), each with two factories abroad.
  await t.executor.write(
    `UNWIND range(1, $n) AS i
     WITH i, 'automaker:zz-batch-' + right('000' + toString(i), 3) AS id
     MATCH (cn:Country {id: 'country:CN'}), (hu:Country {id: 'country:HU'}), (th:Country {id: 'country:TH'})
     MERGE (a:Entity:Automaker {id: id}) SET a.name = 'Batch test ' + i, a.sources = []
     MERGE (a)-[:HEADQUARTERED_IN {sources: []}]->(cn)
     MERGE (f1:Entity:Factory {id: 'factory:zz-batch-' + i + '-a'}) SET f1.name = 'Batch plant A ' + i, f1.status = 'OPERATING', f1.products = []
     MERGE (f2:Entity:Factory {id: 'factory:zz-batch-' + i + '-b'}) SET f2.name = 'Batch plant B ' + i, f2.status = 'ANNOUNCED', f2.products = []
     MERGE (a)-[:OPERATES {sources: []}]->(f1) MERGE (f1)-[:LOCATED_IN {sources: []}]->(hu)
     MERGE (a)-[:OPERATES {sources: []}]->(f2) MERGE (f2)-[:LOCATED_IN {sources: []}]->(th)`,
    { n: SYNTHETIC },
  );
});

afterAll(async () => {
  await t.executor.write(`MATCH (n:Entity) WHERE n.id STARTS WITH 'automaker:zz-batch-' OR n.id STARTS WITH 'factory:zz-batch-' DETACH DELETE n`);
  await t.close();
});

async function statementsFor(first: number): Promise<{ queries: number; automakers: number; factories: number }> {
  // Start after the real automakers so that every node on the page is synthetic and alike.
  const all = await t.run(AutomakersPageDocument, { first: 100 });
  const firstSynthetic = all.body.data!.automakers.edges.findIndex((e) => e.node.id.startsWith('automaker:zz-batch-'));
  const after = firstSynthetic > 0 ? all.body.data!.automakers.edges[firstSynthetic - 1]!.cursor : null;
  const res = await t.run(AutomakersPageDocument, { first, after });
  expect(res.body.errors).toBeUndefined();
  const edges = res.body.data!.automakers.edges;
  return {
    queries: res.cypherQueries,
    automakers: edges.length,
    factories: edges.reduce((n, e) => n + e.node.factories.length, 0),
  };
}

it('runs the same number of Cypher statements for 5 and for 50 automakers', async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  expect(five.automakers).toBe(5);
  expect(fifty.automakers).toBe(50);
  expect(fifty.factories).toBe(100);
  // page with the automakers' countries (1) + factories with their countries (1)
  expect(fifty.queries).toBe(five.queries);
  expect(fifty.queries).toBeLessThanOrEqual(2);
});

it('batches the same field across sibling aliases into one statement', async () => {
  const res = await t.request(`{
    a: automaker(id: "automaker:byd") { country { name } factories { name } }
    b: automaker(id: "automaker:saic") { country { name } factories { name } }
    c: automaker(id: "automaker:tesla") { country { name } factories { name } }
  }`);
  expect(res.body.errors).toBeUndefined();
  // one statement for the three automakers (their countries come with them), one for their factories
  expect(res.cypherQueries).toBe(2);
});

it('reads a factory list as summaries when that is all the selection asks, with the same answers as whole records', async () => {
  const fields = 'id name country { id code name }';
  const slim = await t.request(`{ byd: automaker(id: "automaker:byd") { factories { ${fields} } } cn: country(id: "country:CN") { factories { ${fields} } } }`);
  const whole = await t.request(
    `{ byd: automaker(id: "automaker:byd") { factories { ${fields} status } } cn: country(id: "country:CN") { factories { ${fields} status } } }`,
  );
  expect(slim.body.errors).toBeUndefined();
  expect(whole.body.errors).toBeUndefined();
  type Factory = { id: string; name: string; country: { id: string; code: string; name: string }; status?: string };
  const lists = (body: typeof slim.body) => {
    const data = body.data as { byd: { factories: Factory[] }; cn: { factories: Factory[] } };
    return [data.byd.factories, data.cn.factories];
  };
  const withoutStatus = lists(whole.body).map((list) => list.map(({ status, ...rest }) => (expect(status).toBeTruthy(), rest)));
  expect(lists(slim.body)).toEqual(withoutStatus);
  expect(Math.min(...lists(slim.body).map((list) => list.length))).toBeGreaterThan(0);
  expect(lists(slim.body)[0]!.every((factory) => factory.country.id.startsWith('country:'))).toBe(true);
  // Both ways take the same statements: automaker and country by id (1 each), then the factories (1).
  expect(slim.cypherQueries).toBe(whole.cypherQueries);
});
