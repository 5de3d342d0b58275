/** The start-up warm-up asks only questions the schema accepts, so it never fails on a schema change. */

import { parse, validate } from 'graphql';
import { buildAutographSchema } from '../../src/schema/build';
import { WARM_UP_QUERIES } from '../../src/schema/warm-up';

it.each(WARM_UP_QUERIES.map((q) => [q]))('%s is valid against the schema', (query) => {
  expect(validate(buildAutographSchema(), parse(query)).map((e) => e.message)).toEqual([]);
});
