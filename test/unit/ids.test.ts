import { GraphQLError } from 'graphql';
import { parseId, tryParseId } from '../../src/common/ids';

describe('tryParseId', () => {
  it.each([
    ['country:CN', 'country', 'Country'],
    ['automaker:byd', 'automaker', 'Automaker'],
    ['factory:tesla-shanghai', 'factory', 'Factory'],
    ['market:southeast-asia', 'market', 'Market'],
    ['org:cpca', 'org', 'Organization'],
    ['source:cnn-2024-china-top-car-exporter', 'source', 'Source'],
    ['figure:cn-world-2023-units-caam', 'figure', 'TradeFigure'],
  ])('parses %s', (id, kind, label) => {
    expect(tryParseId(id)).toEqual({ id, kind, key: id.slice(id.indexOf(':') + 1), label });
  });

  it.each([
    'CN',
    'country:cn',
    'country:CHN',
    'country:',
    ':byd',
    'automaker:BYD',
    'automaker:b_y_d',
    'automaker:-byd',
    'automaker:byd-',
    'automaker:by--d',
    'automaker:byd ',
    'planet:mars',
    'constructor:x',
    '__proto__:x',
    'automaker:' + 'a'.repeat(200),
    '',
  ])('refuses %j', (id) => {
    expect(tryParseId(id)).toBeNull();
  });
});

describe('parseId', () => {
  it('says what form was expected and what arrived', () => {
    expect(() => parseId('BYD', 'id')).toThrow(
      'Argument "id" must be an id of the form <kind>:<key> with kind one of country, automaker, brand, factory, market, org, source, figure, measure, claim (e.g. country:CN, automaker:byd); got "BYD".',
    );
    expect(() => parseId('automaker:BYD', 'id', 'automaker')).toThrow(
      'Argument "id" must be an id of the form automaker:<slug of lower-case letters, digits and hyphens>, e.g. automaker:byd; got "automaker:BYD".',
    );
  });

  it('refuses an id of another kind', () => {
    expect(() => parseId('automaker:byd', 'countryId', 'country')).toThrow(
      'Argument "countryId" must be the id of a country; got "automaker:byd".',
    );
  });

  it('throws BAD_USER_INPUT errors naming the argument', () => {
    try {
      parseId('nope', 'from');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    }
    expect.assertions(2);
  });
});
