/** Factory claims: investment and capacity figures for a factory, one per source. */

export { ClaimUnit, FactoryClaim, FactoryClaimKind, type FactoryClaimRecord } from './claim.type';
export { createClaimLoaders, type ClaimLoaders } from './claim.loaders';
export { FactoryClaimResolver, FactoryClaimsResolver } from './claim.resolver';
