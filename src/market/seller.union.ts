/** Seller: who a company–market link starts from. */

import { createUnionType } from 'type-graphql';
import { Automaker } from '../automaker/automaker.type';
import { Brand } from '../brand/brand.type';
import { kindOf } from '../common/ids';
import { Factory } from '../factory/factory.type';

export const Seller = createUnionType({
  name: 'Seller',
  description: 'Who sells in, exports to or targets a market: an automaker, one of its brands, or (for exports) one of its factories.',
  types: () => [Automaker, Brand, Factory] as const,
  resolveType: (value: { id: string }) => {
    const kind = kindOf(value.id);
    return kind === 'brand' ? 'Brand' : kind === 'factory' ? 'Factory' : 'Automaker';
  },
});
