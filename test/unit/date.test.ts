import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { DateScalar, isCalendarDay } from '../../src/common/date.scalar';

describe('isCalendarDay', () => {
  it.each(['2023-01-01', '2024-02-29', '1999-12-31'])('accepts %s', (d) => expect(isCalendarDay(d)).toBe(true));
  it.each(['2023-02-29', '2023-13-01', '2023-1-1', '20230101', '2023-01-01T00:00:00Z', ''])('refuses %s', (d) =>
    expect(isCalendarDay(d)).toBe(false),
  );
});

describe('Date scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: { type: GraphQLString, args: { d: { type: DateScalar } }, resolve: (_r, { d }) => d },
        today: { type: DateScalar, resolve: () => '2023-12-31' },
      },
    }),
  });

  it('takes and gives YYYY-MM-DD', async () => {
    expect(await graphql({ schema, source: '{ echo(d: "2023-11-30") today }' })).toEqual({
      data: { echo: '2023-11-30', today: '2023-12-31' },
    });
  });

  it('refuses anything else with BAD_USER_INPUT', async () => {
    const result = await graphql({ schema, source: 'query($d: Date) { echo(d: $d) }', variableValues: { d: '30/11/2023' } });
    expect(result.errors?.[0]?.message).toContain('Date must be a calendar day written YYYY-MM-DD; got "30/11/2023".');
    const literal = await graphql({ schema, source: '{ echo(d: 20231130) }' });
    expect(literal.errors?.[0]?.message).toContain('Date must be a string written YYYY-MM-DD.');
  });
});
