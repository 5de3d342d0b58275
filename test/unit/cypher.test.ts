/** The Cypher the server builds: fixed text, every value a $parameter. */

import { PATH_RELATIONSHIP_TYPES } from '../../src/graph/graph.repository';
import * as automaker from '../../src/automaker/automaker.repository';
import * as country from '../../src/country/country.repository';
import * as factory from '../../src/factory/factory.repository';
import * as figure from '../../src/figure/figure.repository';
import * as graph from '../../src/graph/graph.repository';
import * as market from '../../src/market/market.repository';
import * as organization from '../../src/organization/organization.repository';
import * as provenance from '../../src/provenance/provenance.repository';
import * as source from '../../src/source/source.repository';
import * as timeline from '../../src/timeline/timeline.repository';
import { SCHEMA_STATEMENTS } from '../../src/neo4j/schema';
import { SEED_STATEMENTS } from '../../src/seed/write';

const repositories = { automaker, country, factory, figure, graph, market, organization, provenance, source, timeline };

describe('repositories', () => {
  const statements = Object.entries(repositories).flatMap(([domain, module]) =>
    Object.entries(module)
      .filter(([, value]) => typeof value === 'string' && /\b(MATCH|MERGE|CALL)\b/.test(value as string))
      .map(([name, value]) => [`${domain}.${name}`, value as string] as const),
  );

  it('has statements to check', () => {
    expect(statements.length).toBeGreaterThan(15);
  });

  it.each(statements)('%s takes values only as parameters (no quotes around values it could get from a request)', (_name, cypher) => {
    // The only string literals allowed are fixed enum values and index names written in the code,
    // and the ':' that joins the parts of a relationship's fact id.
    const literals = cypher.match(/'[^']*'/g) ?? [];
    for (const literal of literals) expect(literal).toMatch(/^'([A-Z_a-z0-9]+|:)'$/);
  });
});

describe('shortest path', () => {
  it('does not walk through sources, which are evidence rather than links', () => {
    expect(PATH_RELATIONSHIP_TYPES.split('|')).not.toContain('STATED_IN');
  });
});

describe('exporter ranking', () => {
  it('compares like with like and prefers OFFICIAL, then ESTIMATE, then FORECAST, then a named producer, then the later publication', () => {
    const cypher = figure.EXPORTER_RANKING;
    expect(cypher).toContain('f.vehicleClass = $vehicleClass');
    expect(cypher).toContain('f.countedBy = $countedBy');
    expect(cypher).toMatch(/WITH x, f ORDER BY CASE WHEN coalesce\(f\.doubtful, false\) THEN 1 ELSE 0 END, .*, f\.id\nWITH x, head\(collect\(f\)\) AS f/);
    expect(cypher).toContain("f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']");
  });
});

describe('schema and seed statements', () => {
  it('are idempotent: constraints and indexes IF NOT EXISTS, seeds by MERGE', () => {
    for (const statement of SCHEMA_STATEMENTS) expect(statement).toMatch(/IF NOT EXISTS|^DROP INDEX \w+ IF EXISTS$/);
    for (const { cypher } of SEED_STATEMENTS) {
      expect(cypher).toMatch(/^\s*UNWIND \$rows AS row/);
      expect(cypher).not.toMatch(/\bCREATE\b/);
    }
  });

  it('create a uniqueness constraint on id for every kind', () => {
    for (const label of ['Entity', 'Country', 'Automaker', 'Factory', 'Market', 'Organization', 'Source', 'TradeFigure', 'TradeMeasure', 'FactoryClaim']) {
      expect(SCHEMA_STATEMENTS).toContain(
        `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
  });
});
