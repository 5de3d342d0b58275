/** Brands. */

export { Brand, type BrandRecord } from './brand.type';
export { BRAND_PROJECTION } from './brand.repository';
export { createBrandLoaders, type BrandLoaders } from './brand.loaders';
