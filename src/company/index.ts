/** Ties between automakers: stakes, ownership, joint ventures, contract manufacturing. */

export { CompanyLink, CompanyLinkKind, LinkDirection, type CompanyLinkRecord } from './company-link.type';
export { createCompanyLoaders, type CompanyLoaders } from './company.loaders';
export { AutomakerCompanyLinksResolver, CompanyLinkResolver } from './company.resolver';
