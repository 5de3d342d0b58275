/**
 * The schema: the committed SDL is what the code emits, it keeps every name of the public contract,
 * and every type, field, argument and enum value is described.
 */

import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
  type GraphQLSchema,
} from 'graphql';
import { buildAutographSchema } from '../../src/schema/build';
import { printSchemaWithHeader } from '../../src/schema/print';

const root = path.join(__dirname, '..', '..');
const contractPath = path.join(root, 'schema', 'contract', 'core.graphql');
const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
const emitted = buildAutographSchema();

it('the committed schema/schema.graphql is what the code emits (run `npm run schema` after a change)', () => {
  expect(committed).toBe(printSchemaWithHeader(emitted));
});

const contractExists = fs.existsSync(contractPath);

describe('against the public contract', () => {
  it('finds the contract in the repository (schema/contract/core.graphql)', () => {
    expect(contractExists).toBe(true);
  });

  it('has no breaking change', () => {
    const contract = buildSchema(fs.readFileSync(contractPath, 'utf8'));
    expect(findBreakingChanges(contract, emitted)).toEqual([]);
  });

  it('would notice a breaking change (the check itself works)', () => {
    const contract = buildSchema(fs.readFileSync(contractPath, 'utf8'));
    const broken = buildSchema(
      fs.readFileSync(contractPath, 'utf8').replace('  CLOSED\n', '\n').replace('totalCount: Int!', 'totalCount: Int'),
    );
    const changes = findBreakingChanges(contract, broken).map((c) => c.description);
    expect(changes).toEqual(
      expect.arrayContaining(['CLOSED was removed from enum type FactoryStatus.', 'AutomakerConnection.totalCount changed type from Int! to Int.']),
    );
  });
});

function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

it('describes every type, field, argument and enum value', () => {
  expect(undescribed(emitted)).toEqual([]);
});

it('the description check finds what is missing', () => {
  expect(undescribed(buildSchema('"A query" type Query { "f" f(a: Int): Int, g: Int }'))).toEqual(['Query.f(a)', 'Query.g']);
});
