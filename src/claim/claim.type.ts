/** FactoryClaim: one source's figure for a factory's investment or capacity, kept beside the others. */

import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { FigureBasis } from '../figure/figure.enums';
import { graphqlEnum } from '../common/graphql-enum';
import { CLAIM_KINDS, CLAIM_UNITS } from '../common/vocabulary';

export const FactoryClaimKind = graphqlEnum(CLAIM_KINDS);
export type FactoryClaimKind = keyof typeof CLAIM_KINDS.values;

export const ClaimUnit = graphqlEnum(CLAIM_UNITS);
export type ClaimUnit = keyof typeof CLAIM_UNITS.values;

/** A claim as stored. */
export interface FactoryClaimRecord {
  id: string;
  factoryId: string | null;
  kind: FactoryClaimKind;
  value: number;
  unit: ClaimUnit;
  basis: FigureBasis;
  asOf: string;
  asOfPrecision: DatePrecision;
  lowerBound: boolean;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('FactoryClaim', {
  implements: Node,
  description:
    "One source's figure for a factory's investment or capacity. Sources often disagree (BYD Szeged: EUR 4bn vs more than EUR 1bn); each claim is kept with its own source, side by side, none preferred.",
})
export class FactoryClaim extends Node {
  @Field(() => FactoryClaimKind, { description: 'What it measures.' })
  kind!: FactoryClaimKind;

  @Field(() => Float, { description: 'The value in `unit`, in full (4000000000 for EUR 4bn).' })
  value!: number;

  @Field(() => ClaimUnit, { description: 'Currency or VEHICLES_PER_YEAR.' })
  unit!: ClaimUnit;

  @Field(() => FigureBasis, { description: 'OFFICIAL as stated, ESTIMATE, FORECAST (a plan or an expected figure) or TARGET.' })
  basis!: FigureBasis;

  @Field(() => DateScalar, { description: 'The date the claim holds for.' })
  asOf!: string;

  @Field(() => DatePrecision, { description: 'How exact `asOf` is.' })
  asOfPrecision!: DatePrecision;

  @Field({ description: 'True when the source says "more than" the value.' })
  lowerBound!: boolean;
}
