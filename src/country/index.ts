/** Countries. */

export { Country, type CountryRecord } from './country.type';
export { createCountryLoaders, type CountryLoaders } from './country.loaders';
export { CountryResolver } from './country.resolver';
export { CountryConnection, CountryConnectionResolver } from './country.connection';
export { CountryFilter, countryFilterClause } from './country.filter';
export { CountryOrder, CountryOrderField } from './country.order';
export { CountryLink, CountryLinkResolver, type CountryLinkRecord } from './country-link.type';
