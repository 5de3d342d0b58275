/**
 * What the client selects below a field, read from the AST (src/common/selection.ts), and the
 * factory lists it shapes: summaries when the selection asks for nothing else, whole records otherwise.
 */

import { graphql, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createLoaders, type Context } from '../../src/context';
import { AUTOMAKERS_BY_ID } from '../../src/automaker/automaker.repository';
import { COUNTRIES_BY_ID } from '../../src/country/country.repository';
import {
  FACTORIES_BY_AUTOMAKER,
  FACTORIES_BY_COUNTRY,
  FACTORY_SUMMARIES_BY_AUTOMAKER,
  FACTORY_SUMMARIES_BY_COUNTRY,
} from '../../src/factory/factory.repository';
import { selectedFieldNames, selectsField, selectsOnly } from '../../src/common/selection';
import { buildAutographSchema } from '../../src/schema/build';
import { fakeExecutor } from './fake-executor';

/** The info of the operation's first root field, as graphql-js would pass it. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { fieldNodes: operation.selectionSet.selections as never, fragments };
}

describe('selectsField', () => {
  it('finds a field directly, through an alias, inline fragments and named fragments, and not in nested fields', () => {
    expect(selectsField(infoOf('{ sources { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ sources { n: totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ sources { ... on SourceConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ sources { ...F } } fragment F on SourceConnection { ...G } fragment G on SourceConnection { totalCount }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ sources { edges { node { totalCount: id } } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ sources { ...F } } fragment F on SourceConnection { ...F pageInfo { hasNextPage } }'), 'totalCount')).toBe(false);
  });
});

describe('selectedFieldNames', () => {
  it('names the fields (not the aliases) below the field, fragments flattened in', () => {
    const info = infoOf('{ factories { n: name ...F ... on Factory { status } } } fragment F on Factory { id country { id } }');
    expect([...selectedFieldNames(info)].sort()).toEqual(['country', 'id', 'name', 'status']);
  });

  it('follows a path through fields, fragments and aliases, and merges every occurrence of each step', () => {
    const info = infoOf(
      '{ automakers { edges { node { id } } e: edges { node { name } } ...P } } fragment P on AutomakerConnection { edges { node { country { id } } } }',
    );
    expect([...selectedFieldNames(info, ['edges', 'node'])].sort()).toEqual(['country', 'id', 'name']);
    expect([...selectedFieldNames(info, ['pageInfo'])]).toEqual([]);
  });

  it('counts fragments whatever their @skip or @include: a superset of what will be resolved', () => {
    const info = infoOf('{ factories { id ... @skip(if: true) { status } } }');
    expect([...selectedFieldNames(info)].sort()).toEqual(['id', 'status']);
  });
});

describe('selectsOnly', () => {
  const summary = new Set(['id', 'name', 'country']);
  it('is true when every selected field is allowed, __typename included', () => {
    expect(selectsOnly(infoOf('{ factories { id name country { id code name } __typename } }'), summary)).toBe(true);
    expect(selectsOnly(infoOf('{ factories { ...F } } fragment F on Factory { name }'), summary)).toBe(true);
  });

  it('is false as soon as one field is not, even in a fragment', () => {
    expect(selectsOnly(infoOf('{ factories { id status } }'), summary)).toBe(false);
    expect(selectsOnly(infoOf('{ factories { id ...F } } fragment F on Factory { sources { id } }'), summary)).toBe(false);
  });
});

describe('factory lists read summaries only when a summary answers the selection', () => {
  /** Runs an operation against the real schema, every statement going to a fake that knows one automaker, one country and their factory. */
  async function run(source: string) {
    const { executor, calls } = fakeExecutor((cypher, params) => {
      const ids = params['ids'] as string[];
      if (cypher === AUTOMAKERS_BY_ID) return ids.map((id) => ({ node: { id, name: 'BYD', countryId: 'country:CN', sources: [], headquartersSources: [] } }));
      if (cypher === COUNTRIES_BY_ID) return ids.map((id) => ({ node: { id, code: id.slice(-2), name: 'Hungary', sources: [] } }));
      const country = { id: 'country:HU', code: 'HU', name: 'Hungary' };
      if (cypher === FACTORY_SUMMARIES_BY_AUTOMAKER || cypher === FACTORY_SUMMARIES_BY_COUNTRY) {
        return ids.map((key) => ({ key, item: { id: 'factory:byd-szeged', name: 'BYD Szeged', countryId: 'country:HU', country } }));
      }
      if (cypher === FACTORIES_BY_AUTOMAKER || cypher === FACTORIES_BY_COUNTRY) {
        return ids.map((key) => ({
          key,
          item: { id: 'factory:byd-szeged', name: 'BYD Szeged', countryId: 'country:HU', country, status: 'ANNOUNCED', products: [], roles: [], sources: [], locationSources: [], operatorSources: [] },
        }));
      }
      return [];
    });
    const contextValue: Context = { executor, loaders: createLoaders(executor), auth: { tokenConfigured: false, tokenValid: false, tokenPresented: false } };
    const result = await graphql({ schema: buildAutographSchema(), source, contextValue });
    return { result, statements: calls.map((call) => call.cypher) };
  }

  it('reads summaries for id, name and country, on automakers and on countries', async () => {
    const { result, statements } = await run(
      '{ automaker(id: "automaker:byd") { factories(first: 5) { id name country { id name } } } country(id: "country:HU") { factories { ...F } } } fragment F on Factory { name }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      automaker: { factories: [{ id: 'factory:byd-szeged', name: 'BYD Szeged', country: { id: 'country:HU', name: 'Hungary' } }] },
      country: { factories: [{ name: 'BYD Szeged' }] },
    });
    expect(statements).toContain(FACTORY_SUMMARIES_BY_AUTOMAKER);
    expect(statements).toContain(FACTORY_SUMMARIES_BY_COUNTRY);
    expect(statements).not.toContain(FACTORIES_BY_AUTOMAKER);
    expect(statements).not.toContain(FACTORIES_BY_COUNTRY);
  });

  it('reads whole records when one more field is asked for, and keeps the two apart when aliases differ', async () => {
    const { result, statements } = await run(
      '{ automaker(id: "automaker:byd") { slim: factories { id } whole: factories { id status } } country(id: "country:HU") { factories { id roles } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      automaker: { slim: [{ id: 'factory:byd-szeged' }], whole: [{ id: 'factory:byd-szeged', status: 'ANNOUNCED' }] },
      country: { factories: [{ id: 'factory:byd-szeged', roles: [] }] },
    });
    expect(statements).toContain(FACTORY_SUMMARIES_BY_AUTOMAKER);
    expect(statements).toContain(FACTORIES_BY_AUTOMAKER);
    expect(statements).toContain(FACTORIES_BY_COUNTRY);
    expect(statements).not.toContain(FACTORY_SUMMARIES_BY_COUNTRY);
  });
});
