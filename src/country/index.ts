/** Countries. */

export { Country, type CountryRecord } from './country.type';
export { createCountryLoaders, type CountryLoaders } from './country.loaders';
export { CountryResolver } from './country.resolver';
export { CountryLink, CountryLinkResolver, type CountryLinkRecord } from './country-link.type';
