/**
 * The reviewable decisions of loading data/facts-2026-12, as tables: ids mapped to the project's,
 * records that change kind, entities created from what the facts know, home countries read from the
 * pages, trade measures, factory histories, and records left out with the reason. facts.ts applies
 * them; nothing here is computed. Every entry says why, so a reviewer can disagree with one line.
 */

import type { SourceKind } from './facts.sources';

/**
 * Working ids of the facts mapped to the ids the graph already uses (curated seeds) or to the one
 * record of the same thing (two working ids for one plant). Kind changes are here too
 * (org:avtotor → automaker:avtotor). A working id not listed keeps its form after normalising.
 */
export const ID_ALIASES: Readonly<Record<string, { to: string; why: string }>> = {
  // Automakers the curated seeds already hold under another id.
  'automaker:li-auto': { to: 'automaker:liauto', why: 'the curated id of Li Auto' },
  'automaker:uzavtosanoat': { to: 'automaker:uzauto', why: 'the curated id of Uzavtosanoat (UzAuto)' },
  'automaker:volkswagen': { to: 'automaker:vw', why: 'the curated id of Volkswagen Group' },
  // Brands that are automakers in the graph.
  'brand:lotus': { to: 'automaker:lotus', why: 'Lotus is a curated automaker (Geely holds 51%); the facts call it a brand' },
  'brand:volvo': { to: 'automaker:volvo', why: 'Volvo Cars is a curated automaker (owned by Geely); the facts call it a brand' },
  'brand:belgee': { to: 'automaker:belgee', why: 'Belgee is the Belarusian company BelGee (Geely 33.36%, BelAZ 52.49%) that builds and sells its cars: an automaker, not a brand of an owner the facts name' },
  // Organizations that are automakers or reporters under another id.
  'org:avtotor': { to: 'automaker:avtotor', why: 'Avtotor is an automaker record of the facts; two records use org:' },
  'org:moskvich': { to: 'automaker:moskvich', why: 'Moskvich is an automaker record of the facts; two figures use org: as reporter' },
  'org:handal-indonesia-motor': { to: 'automaker:handal', why: 'the same company as org:handal (PT Handal Indonesia Motor)' },
  'org:handal': { to: 'automaker:handal', why: 'PT Handal Indonesia Motor runs a car assembly plant (Chery, Xpeng): an automaker' },
  'org:avtodom': { to: 'automaker:avtodom', why: 'Avtodom runs the former Mercedes-Benz plant at Yesipovo, assembling Exeed cars since 2024-07: an automaker' },
  'org:astana-motors': { to: 'automaker:astana-motors', why: 'Astana Motors runs a car assembly plant in Almaty (Chery, Haval): an automaker' },
  'org:caoa': { to: 'automaker:caoa', why: 'Grupo CAOA runs the Anápolis car plant (CAOA Chery, Hyundai): an automaker' },
  'org:saryarkaavtoprom': { to: 'automaker:saryarkaavtoprom', why: 'SaryarkaAvtoProm assembles JAC cars in Kazakhstan (operator of its plant): an automaker' },
  'org:avtostat': { to: 'org:autostat', why: 'one spelling of Autostat, the Russian analytics agency' },
  'org:anac': { to: 'org:anac-chile', why: "the figures are Chile's light and medium vehicles: ANAC Chile" },
  'org:ivia': { to: 'org:israel-vehicle-importers-association', why: 'the Israel Vehicle Importers Association under its initials' },
  'org:eu': { to: 'market:eu', why: 'the EU imposes its measures as market:eu' },
  // Markets.
  'market:global': { to: 'market:world', why: 'one word for the whole world' },
  // Factories: one plant under two or three working ids, or a plant the curated seeds hold.
  'factory:leapmotor-tychy': { to: 'factory:leap-tychy', why: 'the curated id of the Leapmotor assembly at Stellantis Tychy' },
  'factory:leapmotor-zaragoza': { to: 'factory:leap-zaragoza', why: 'the curated id of the Leapmotor assembly at Stellantis Figueruelas (Zaragoza)' },
  'factory:saic-halol': { to: 'factory:mg-halol', why: 'the curated id of the MG Motor India plant at Halol' },
  'factory:gm-halol': { to: 'factory:mg-halol', why: 'the same plant: General Motors Halol, now MG Motor India' },
  'factory:gm-rayong': { to: 'factory:gwm-rayong', why: 'the same plant: General Motors Rayong, sold to Great Wall Motor in 2020 (curated id)' },
  'factory:gm-talegaon': { to: 'factory:gwm-talegaon', why: 'the same plant: General Motors Talegaon (curated id from the stalled Great Wall acquisition), now Hyundai' },
  'factory:hyundai-talegaon': { to: 'factory:gwm-talegaon', why: 'the same plant: the former GM Talegaon plant, now Hyundai Motor India (curated id)' },
  'factory:saic-cp-plant1': { to: 'factory:saic-rayong', why: 'the first SAIC Motor-CP plant in Rayong: the curated factory:saic-rayong' },
  'factory:nissan-chennai': { to: 'factory:renault-chennai', why: 'the same plant: Renault Nissan Automotive India (RNAIPL), Oragadam, Chennai' },
  'factory:hyundai-st-petersburg-former-gm': { to: 'factory:gm-st-petersburg', why: 'the same plant: the former GM Shushary plant Hyundai bought in 2020' },
  'factory:mitsubishi-kaluga': { to: 'factory:stellantis-kaluga', why: 'the same plant: PSMA Rus, Kaluga (Stellantis 70%, Mitsubishi 30%)' },
  'factory:moskvich-moscow': { to: 'factory:renault-moscow', why: 'the same plant: the former Renault (Avtoframos) plant in Moscow, now Moskvich' },
  'factory:avtodom-yesipovo': { to: 'factory:mercedes-benz-esipovo', why: 'the same plant: the former Mercedes-Benz plant at Yesipovo (Esipovo), now Avtodom' },
  'factory:baic-kaliningrad': { to: 'factory:avtotor-kaliningrad', why: "the same plant: Avtotor's Kaliningrad plant, where BAIC cars are assembled" },
  'factory:leapmotor-malaysia': { to: 'factory:leapmotor-gurun', why: 'the Malaysian assembly project of Leapmotor with Stellantis is the Gurun plant' },
  'factory:geely-belarus': { to: 'factory:geely-borisov', why: 'the Geely plant in Belarus planned in 2012 is the BelGee plant at Borisov' },
  'factory:ford-camacari': { to: 'factory:byd-camacari', why: "the same site: BYD's Camaçari complex is Ford's former Camaçari plant (closed 2021-01)" },
  'factory:nissan-barcelona': { to: 'factory:chery-barcelona', why: "the same site: the Chery-Ebro plant is Nissan's former Zona Franca plant in Barcelona" },
  'factory:baic-za': { to: 'factory:baic-coega', why: 'the BAIC plant in South Africa is the Coega plant' },
  // Trade measures the curated seeds hold.
  'measure:eu-cvd-china-bev-provisional-2024': { to: 'measure:eu-provisional-cvd-2024', why: 'the curated id of the EU provisional duties' },
  'measure:eu-cvd-china-bev-definitive-2024': { to: 'measure:eu-definitive-cvd-2024', why: 'the curated id of the EU definitive duties' },
  'measure:us-section301-china-ev-100pct-2024': { to: 'measure:us-section-301-ev-tariff-2024', why: 'the curated id of the US Section 301 EV tariff (100%)' },
  'measure:us-section301-ev-100': { to: 'measure:us-section-301-ev-tariff-2024', why: 'the same measure as measure:us-section301-china-ev-100pct-2024' },
  'measure:ca-surtax-china-ev-100pct-2024': { to: 'measure:ca-ev-duty-2024', why: 'the curated id of the Canadian 100% surtax' },
  'measure:tr-additional-duty-china-cars-2024': { to: 'measure:tr-china-vehicle-tariff-2024', why: 'the curated id of the Turkish extra duty of 2024' },
  'measure:br-ev-import-tax-phase-in-2024-2026': { to: 'measure:br-ev-import-tax-2024', why: 'the curated id of the Brazilian EV import tax' },
  'measure:mx-tariff-non-fta-cars-50pct-2025': { to: 'measure:mx-china-car-tariff-2026', why: 'the curated id of the Mexican tariffs of up to 50% (in force 2026-01)' },
  'measure:mx-tariff-china-vehicles-2025': { to: 'measure:mx-china-car-tariff-2026', why: 'the same Mexican tariff increase (20% to 50%)' },
  'measure:ru-recycling-fee-increase-2023-08': { to: 'measure:ru-recycling-fee-2023', why: 'the curated id of the recycling-fee increase of 2023-08' },
  'measure:ru-recycling-fee-increase-2024-10': { to: 'measure:ru-recycling-fee-2024', why: 'the curated id of the recycling-fee increase of 2024-10' },
};

/**
 * Home countries of automakers that no record of the facts places (no props.country, no
 * headquartered_in): each is read from a page of the gathering whose own headline, or whose
 * records, name the company's country. The automaker record cites exactly these pages.
 */
export const HOME_COUNTRIES: Readonly<Record<string, { countryId: string; name: string; urls: readonly string[]; why: string }>> = {
  'automaker:honda': {
    countryId: 'country:JP',
    name: 'Honda',
    urls: ['https://www.nippon.com/en/news/yjj2025010901050/3-japanese-automakers-suffer-sales-slumps-in-china-in-2024.html', 'https://www.marklines.com/en/statistics/product/jp_pro2023'],
    why: "Nippon.com (Jiji) reports Honda among '3 Japanese automakers'; MarkLines splits Honda's production into Japan and overseas (outside Japan)",
  },
  'automaker:mazda': {
    countryId: 'country:JP',
    name: 'Mazda',
    urls: ['https://www.marklines.com/en/statistics/product/jp_pro2023'],
    why: "MarkLines' Japanese production table splits Mazda's output into Japan and overseas (outside Japan)",
  },
  'automaker:mitsubishi': {
    countryId: 'country:JP',
    name: 'Mitsubishi Motors',
    urls: ['https://www.marklines.com/en/statistics/product/jp_pro2023', 'https://www.konteks.co.id/ekonomi/amp/1631922064/penjualan-kendaraan-baru-merek-jepang-tertekan-mobil-listrik-china-melesat'],
    why: "MarkLines splits Mitsubishi's output into Japan and overseas; Konteks (Gaikindo) counts it among Japanese brands (merek Jepang)",
  },
  'automaker:subaru': {
    countryId: 'country:JP',
    name: 'Subaru',
    urls: ['https://www.marklines.com/en/statistics/product/jp_pro2023'],
    why: "MarkLines' Japanese production table splits Subaru's output into Japan and overseas (outside Japan)",
  },
  'automaker:suzuki': {
    countryId: 'country:JP',
    name: 'Suzuki',
    urls: ['https://www.marklines.com/en/statistics/product/jp_pro2023', 'https://www.konteks.co.id/ekonomi/amp/1631922064/penjualan-kendaraan-baru-merek-jepang-tertekan-mobil-listrik-china-melesat'],
    why: "MarkLines splits Suzuki's output into Japan and overseas; Konteks (Gaikindo) counts it among Japanese brands (merek Jepang)",
  },
  'automaker:kia': {
    countryId: 'country:KR',
    name: 'Kia',
    urls: ['https://koreajoongangdaily.joins.com/news/2025-01-14/business/industry/Hyundai-Kia-clean-energy-vehicle-exports-hit-record-high-in-2024/2221995'],
    why: "Korea JoongAng Daily counts Kia's exports with Hyundai's as Korea's (Hyundai Motor Group); its records split Hyundai and Kia exports from Korea by region",
  },
  'automaker:gac': {
    countryId: 'country:CN',
    name: 'GAC Group',
    urls: ['http://asrekhodro.com/Mobile/English/News/83183/China-s-GAC-to-build-plants-in-Iran-Russia'],
    why: "Asre Khodro (just-auto): 'China's GAC to build plants in Iran, Russia'",
  },
  'automaker:xiaomi': {
    countryId: 'country:CN',
    name: 'Xiaomi',
    urls: ['https://rideradar.online/xiaomi-president-showcases-first-su7-ultra-registered-in-europe-as-xiaomi-ev-aims-to-explore-overseas-markets-from-2027'],
    why: 'RideRadar: its one plant is in Beijing and its markets outside China are overseas markets from 2027',
  },
  'automaker:saryarkaavtoprom': {
    countryId: 'country:KZ',
    name: 'SaryarkaAvtoProm',
    urls: ['https://socialbites.ca/automobile/50109.html'],
    why: 'SocialBites (Izvestia): SaryarkaAvtoProm assembles JAC models in Kazakhstan (its plant in Kazakhstan is its record)',
  },
  'automaker:skoda': {
    countryId: 'country:CZ',
    name: 'Škoda Auto',
    urls: ['https://english.news.cn/20240117/6ba1793c78274dd78be796e2a675f508/c.html'],
    why: 'Xinhua reports Škoda Auto exports from Czechia (AutoSAP, the Czech association)',
  },
  'automaker:egt-new-energy': {
    countryId: 'country:CN',
    name: 'eGT New Energy Automotive',
    urls: ['https://www.romania-insider.com/dacia-spring-sales-romania-market-dec-2022', 'https://www.romania-insider.com/dacia-electric-car-made-china'],
    why: 'Romania Insider: the Dongfeng (50%), Renault and Nissan (25% each) joint venture that builds the Dacia Spring in China',
  },
  'automaker:gaz': {
    countryId: 'country:RU',
    name: 'GAZ',
    urls: ['https://motors.md/en/news/ford-announces-total-withdrawal-from-russia-20221027.html'],
    why: 'Motors.md: GAZ assembled Volkswagen cars at Nizhny Novgorod, Russia, until 2022-07',
  },
  'automaker:kamaz': {
    countryId: 'country:RU',
    name: 'Kamaz',
    urls: ['https://www.rt.com/business/565357-mercedes-benz-leaves-russia/'],
    why: "RT: Mercedes-Benz's 15% of Kamaz is among the Russian holdings it gives up on leaving Russia",
  },
  'automaker:kaiyi': {
    countryId: 'country:CN',
    name: 'Kaiyi',
    urls: ['https://cnmnewz.com/2023/08/17/former-bmw-plant-in-russia-launches-production-of-chinese-cars'],
    why: "CNM News (RT): the former BMW plant in Russia (Avtotor) builds Chinese cars, Kaiyi's among them",
  },
  'automaker:swm': {
    countryId: 'country:CN',
    name: 'SWM',
    urls: ['https://cnmnewz.com/2023/08/17/former-bmw-plant-in-russia-launches-production-of-chinese-cars'],
    why: "CNM News (RT): the former BMW plant in Russia (Avtotor) builds Chinese cars, SWM's among them",
  },
};

/** Names and countries of automakers whose records of the facts lack them or that change kind. */
export const AUTOMAKER_FIXES: Readonly<Record<string, { name?: string; countryId?: string; why: string }>> = {
  'automaker:handal': { name: 'PT Handal Indonesia Motor', countryId: 'country:ID', why: 'org record: country ID' },
  'automaker:avtodom': { name: 'Avtodom', countryId: 'country:RU', why: 'org record: country RU' },
  'automaker:astana-motors': { name: 'Astana Motors', countryId: 'country:KZ', why: 'org record: country KZ' },
  'automaker:caoa': { name: 'Grupo CAOA', countryId: 'country:BR', why: 'org record: country BR' },
  'automaker:belgee': { name: 'BelGee', countryId: 'country:BY', why: 'brand record: country BY' },
};

/** Names of automakers whose records carry remarks in the name ("AvtoVAZ (Lada)", "(JV)"): the name alone. */
export const AUTOMAKER_NAMES: Readonly<Record<string, string>> = {
  'automaker:agr': 'AGR Automotive',
  'automaker:audi-faw-nev': 'Audi FAW NEV Company',
  'automaker:automotive-technologies': 'Automotive Technologies (Avtomobilnye Tekhnologii)',
  'automaker:avtotor': 'Avtotor',
  'automaker:avtovaz': 'AvtoVAZ',
  'automaker:avtozavod-st-petersburg': 'Avtozavod St. Petersburg',
  'automaker:beijing-benz': 'Beijing Benz Automotive (BBAC)',
  'automaker:bmw-brilliance': 'BMW Brilliance Automotive (BBA)',
  'automaker:brilliance': 'Brilliance China Automotive Holdings',
  'automaker:changan-ford': 'Changan Ford Automobile',
  'automaker:chery-jlr': 'Chery Jaguar Land Rover Automotive',
  'automaker:dongfeng-renault': 'Dongfeng Renault Automotive Company (DRAC)',
  'automaker:dpca': 'Dongfeng Peugeot Citroën Automobile (DPCA)',
  'automaker:dr-automobiles': 'DR Automobiles',
  'automaker:faw-volkswagen': 'FAW-Volkswagen',
  'automaker:gac-fca': 'GAC-FCA (GAC-Stellantis)',
  'automaker:kg-mobility': 'KG Mobility',
  'automaker:maruti-suzuki': 'Maruti Suzuki India',
  'automaker:moskvich': 'Moskvich',
  'automaker:saic-gm': 'SAIC-GM (Shanghai General Motors)',
  'automaker:saic-gm-wuling': 'SAIC-GM-Wuling (SGMW)',
  'automaker:saic-volkswagen': 'SAIC Volkswagen',
  'automaker:seres': 'Seres Group',
  'automaker:sollers-ford': 'Sollers Ford',
  'automaker:tata': 'Tata Motors',
  'automaker:volkswagen-anhui': 'Volkswagen (Anhui)',
  'automaker:leapmotor-international': 'Leapmotor International',
  'automaker:jac': 'JAC Motors',
  'automaker:mercedes-benz': 'Mercedes-Benz Group',
};

/** Brands the facts name without an owner that bear their group's name: the group is their owner. */
export const BRAND_OWNERS: Readonly<Record<string, { automakerId: string; why: string }>> = {
  'brand:bmw': { automakerId: 'automaker:bmw', why: 'the BMW brand of BMW Group (the page counts BMW-brand cars made in China)' },
  'brand:renault': { automakerId: 'automaker:renault', why: 'the Renault brand of Renault Group' },
};

/** Names of brands the facts name only by id (from brand_of and figures). */
export const BRAND_NAMES: Readonly<Record<string, string>> = {
  'brand:aion': 'Aion',
  'brand:audi': 'Audi',
  'brand:bmw': 'BMW',
  'brand:buick': 'Buick',
  'brand:chevrolet': 'Chevrolet',
  'brand:citroen': 'Citroën',
  'brand:dacia': 'Dacia',
  'brand:deepal': 'Deepal',
  'brand:fiat': 'Fiat',
  'brand:firefly': 'Firefly',
  'brand:holden': 'Holden',
  'brand:hongqi': 'Hongqi',
  'brand:jeep': 'Jeep',
  'brand:lada': 'Lada',
  'brand:leapmotor': 'Leapmotor',
  'brand:lincoln': 'Lincoln',
  'brand:mengshi': 'Mengshi',
  'brand:opel': 'Opel',
  'brand:peugeot': 'Peugeot',
  'brand:porsche': 'Porsche',
  'brand:renault': 'Renault',
  'brand:trumpchi': 'Trumpchi',
  'brand:volkswagen': 'Volkswagen',
};

/**
 * Subjects that are aggregates, not companies: the sales or share of a country's brands. Figures
 * about them become figures of that country (exporterId), with the note saying whose brands.
 */
export const AGGREGATES: Readonly<Record<string, { countryId: string; note: string }>> = {
  'brand:chinese-brands': { countryId: 'country:CN', note: 'brands of China' },
  'brand:japanese-brands': { countryId: 'country:JP', note: 'brands of Japan' },
  'brand:german-brands': { countryId: 'country:DE', note: 'brands of Germany' },
  'brand:french-brands': { countryId: 'country:FR', note: 'brands of France' },
  'brand:us-brands': { countryId: 'country:US', note: 'brands of the United States' },
};

/** Organizations the facts use (as reporters or partners) without a record, created from what is known. */
export const NEW_ORGANIZATIONS: Readonly<Record<string, { name: string; shortName: string | null; countryId: string | null }>> = {
  'org:aaa-data': { name: 'AAA Data', shortName: null, countryId: 'country:FR' },
  'org:aeb': { name: 'Association of European Businesses', shortName: 'AEB', countryId: 'country:RU' },
  'org:akab': { name: 'Kazakhstan Automotive Business Association', shortName: 'AKAB', countryId: 'country:KZ' },
  'org:bloomberg': { name: 'Bloomberg', shortName: null, countryId: 'country:US' },
  'org:cada': { name: 'China Automobile Dealers Association', shortName: 'CADA', countryId: 'country:CN' },
  'org:campi': { name: 'Chamber of Automotive Manufacturers of the Philippines', shortName: 'CAMPI', countryId: 'country:PH' },
  'org:catarc': { name: 'China Automotive Technology and Research Center', shortName: 'CATARC', countryId: 'country:CN' },
  'org:cyvn-holdings': { name: 'CYVN Holdings', shortName: 'CYVN', countryId: 'country:AE' },
  'org:dataforce': { name: 'Dataforce', shortName: null, countryId: null },
  'org:fada': { name: 'Federation of Automobile Dealers Associations', shortName: 'FADA', countryId: 'country:IN' },
  'org:fenalco': { name: 'Federación Nacional de Comerciantes', shortName: 'Fenalco', countryId: 'country:CO' },
  'org:focus2move': { name: 'Focus2Move', shortName: null, countryId: null },
  'org:gaikindo': { name: 'Association of Indonesia Automotive Industries', shortName: 'Gaikindo', countryId: 'country:ID' },
  'org:giant-motors-latinoamerica': { name: 'Giant Motors Latinoamérica', shortName: null, countryId: 'country:MX' },
  'org:idc-south-africa': { name: 'Industrial Development Corporation of South Africa', shortName: 'IDC', countryId: 'country:ZA' },
  'org:iea': { name: 'International Energy Agency', shortName: 'IEA', countryId: null },
  'org:india-economic-survey': { name: 'Economic Survey of India (Ministry of Finance)', shortName: null, countryId: 'country:IN' },
  'org:indomobil': { name: 'Indomobil Group', shortName: null, countryId: 'country:ID' },
  'org:ipe': { name: 'Instituto Peruano de Economía', shortName: 'IPE', countryId: 'country:PE' },
  'org:israel-ministry-of-transport': { name: 'Israel Ministry of Transport', shortName: null, countryId: 'country:IL' },
  'org:iw': { name: 'German Economic Institute (Institut der deutschen Wirtschaft)', shortName: 'IW', countryId: 'country:DE' },
  'org:jada': { name: 'Japan Automobile Dealers Association', shortName: 'JADA', countryId: 'country:JP' },
  'org:jaia': { name: 'Japan Automobile Importers Association', shortName: 'JAIA', countryId: 'country:JP' },
  'org:jiangsu-yueda': { name: 'Jiangsu Yueda Group', shortName: null, countryId: 'country:CN' },
  'org:jpj': { name: 'Road Transport Department Malaysia', shortName: 'JPJ', countryId: 'country:MY' },
  'org:jumvea': { name: 'Japan Used Motor Vehicle Exporters Association', shortName: 'JUMVEA', countryId: 'country:JP' },
  'org:kaida': { name: 'Korea Automobile Importers and Distributors Association', shortName: 'KAIDA', countryId: 'country:KR' },
  'org:kazakhstan-automobile-union': { name: 'Kazakhstan Automobile Union', shortName: null, countryId: 'country:KZ' },
  'org:kazakhstan-ministry-of-industry': { name: 'Ministry of Industry of Kazakhstan', shortName: null, countryId: 'country:KZ' },
  'org:kba': { name: 'Kraftfahrt-Bundesamt (Federal Motor Transport Authority)', shortName: 'KBA', countryId: 'country:DE' },
  'org:kirloskar-group': { name: 'Kirloskar Group', shortName: null, countryId: 'country:IN' },
  'org:kresearch': { name: 'Kasikorn Research Center', shortName: 'KResearch', countryId: 'country:TH' },
  'org:maa': { name: 'Malaysian Automotive Association', shortName: 'MAA', countryId: 'country:MY' },
  'org:master-motor-pakistan': { name: 'Master Motor', shortName: null, countryId: 'country:PK' },
  'org:naamsa': { name: 'Automotive Business Council of South Africa', shortName: 'naamsa', countryId: 'country:ZA' },
  'org:nada': { name: 'National Automobile Dealers Association', shortName: 'NADA', countryId: 'country:US' },
  'org:nikkei': { name: 'Nikkei', shortName: null, countryId: 'country:JP' },
  'org:ofv': { name: 'Opplysningsrådet for veitrafikken', shortName: 'OFV', countryId: 'country:NO' },
  'org:oica': { name: "Organisation Internationale des Constructeurs d'Automobiles", shortName: 'OICA', countryId: 'country:FR' },
  'org:pfa': { name: 'Plateforme Automobile', shortName: 'PFA', countryId: 'country:FR' },
  'org:rho-motion': { name: 'Rho Motion', shortName: null, countryId: 'country:GB' },
  'org:israel-vehicle-importers-association': { name: 'Israel Vehicle Importers Association', shortName: null, countryId: 'country:IL' },
  'org:saudi-ncid': { name: 'National Industrial Development Center (Saudi Arabia)', shortName: null, countryId: 'country:SA' },
  'org:sp-global-mobility': { name: 'S&P Global Mobility', shortName: null, countryId: null },
  'org:taia': { name: 'Thai Automotive Industry Association', shortName: 'TAIA', countryId: 'country:TH' },
  'org:vama': { name: "Vietnam Automobile Manufacturers' Association", shortName: 'VAMA', countryId: 'country:VN' },
  'org:zatca': { name: 'Zakat, Tax and Customs Authority', shortName: 'ZATCA', countryId: 'country:SA' },
};

/**
 * Countries and short names of organizations whose records say only "statistics reporter": the
 * country where the name or the records make it plain; international bodies have none.
 */
export const ORGANIZATION_FIXES: Readonly<Record<string, { shortName?: string | null; countryId?: string | null; name?: string }>> = {
  'org:abeifa': { name: 'Brazilian Association of Automobile Importers and Manufacturers', shortName: 'Abeifa', countryId: 'country:BR' },
  'org:acea': { name: "European Automobile Manufacturers' Association", shortName: 'ACEA', countryId: null },
  'org:alixpartners': { shortName: null, countryId: null },
  'org:amda': { name: 'Mexican Association of Automotive Distributors', shortName: 'AMDA', countryId: 'country:MX' },
  'org:anac-chile': { name: 'National Automotive Association of Chile', shortName: 'ANAC', countryId: 'country:CL' },
  'org:anfac': { name: 'Spanish Association of Car and Truck Manufacturers', shortName: 'ANFAC', countryId: 'country:ES' },
  'org:anfavea': { name: 'National Association of Motor Vehicle Manufacturers (Brazil)', shortName: 'Anfavea', countryId: 'country:BR' },
  'org:autolife-thailand': { shortName: null, countryId: 'country:TH' },
  'org:autosap': { name: 'Automotive Industry Association of the Czech Republic', shortName: 'AutoSAP', countryId: 'country:CZ' },
  'org:autostat': { name: 'Autostat', shortName: null, countryId: 'country:RU' },
  'org:cie': { name: 'Centre for International Economics', shortName: 'CIE', countryId: 'country:AU' },
  'org:desrosiers': { shortName: null, countryId: 'country:CA' },
  'org:destatis': { name: 'Federal Statistical Office of Germany', shortName: 'Destatis', countryId: 'country:DE' },
  'org:eurostat': { shortName: 'Eurostat', countryId: null },
  'org:fcai': { name: 'Federal Chamber of Automotive Industries', shortName: 'FCAI', countryId: 'country:AU' },
  'org:fenabrave': { name: 'Fenabrave', shortName: 'Fenabrave', countryId: 'country:BR' },
  'org:fti': { name: 'Federation of Thai Industries', shortName: 'FTI', countryId: 'country:TH' },
  'org:inovev': { shortName: null, countryId: 'country:FR' },
  'org:itc': { shortName: 'ITC', countryId: null },
  'org:jato': { name: 'JATO Dynamics', shortName: 'JATO', countryId: 'country:GB' },
  'org:japan-mof': { name: 'Japan Ministry of Finance (trade statistics)', shortName: 'MOF', countryId: 'country:JP' },
  'org:klume': { shortName: null, countryId: null },
  'org:meac': { shortName: 'MEAC', countryId: null },
  'org:motie': { name: 'Korea Ministry of Trade, Industry and Energy', shortName: 'MOTIE', countryId: 'country:KR' },
  'org:nyvus': { shortName: null, countryId: null },
  'org:odmd': { name: 'Automotive Distributors and Mobility Association (Türkiye)', shortName: 'ODMD', countryId: 'country:TR' },
  'org:oib': { name: "Uludağ Automotive Industry Exporters' Association", shortName: 'OİB', countryId: 'country:TR' },
  'org:osd': { name: 'Automotive Manufacturers Association of Türkiye', shortName: 'OSD', countryId: 'country:TR' },
  'org:otkritie-auto': { shortName: null, countryId: 'country:RU' },
  'org:rhodium-group': { shortName: null, countryId: 'country:US' },
  'org:russia-fcs': { shortName: 'FCS', countryId: 'country:RU' },
  'org:se-mexico': { name: 'Secretaría de Economía (Mexico)', shortName: null, countryId: 'country:MX' },
  'org:siam': { name: 'Society of Indian Automobile Manufacturers', shortName: 'SIAM', countryId: 'country:IN' },
  'org:smmt': { name: 'Society of Motor Manufacturers and Traders', shortName: 'SMMT', countryId: 'country:GB' },
  'org:toyota-thailand': { shortName: null, countryId: 'country:TH' },
  'org:us-census': { shortName: null, countryId: 'country:US' },
  'org:us-commerce': { shortName: null, countryId: 'country:US' },
  'org:uzstat': { shortName: null, countryId: 'country:UZ' },
  'org:worlds-top-exports': { shortName: null, countryId: null },
  'org:wto': { shortName: 'WTO', countryId: null },
  'org:zap-sr': { name: 'Automotive Industry Association of the Slovak Republic', shortName: 'ZAP SR', countryId: 'country:SK' },
};

/**
 * Regions the facts target. No page names their countries, so none has market-countries rows
 * (the lead may add UN M49 members for those M49 defines, sourced to source:un-m49).
 * market:asean is the trade bloc the Factbook part creates; created here with the same id.
 */
export const REGIONS: Readonly<Record<string, { name: string; kind: 'REGION' | 'TRADE_BLOC' }>> = {
  'market:world': { name: 'World', kind: 'REGION' },
  'market:africa': { name: 'Africa', kind: 'REGION' },
  'market:asia': { name: 'Asia', kind: 'REGION' },
  'market:asia-pacific': { name: 'Asia-Pacific', kind: 'REGION' },
  'market:central-asia': { name: 'Central Asia', kind: 'REGION' },
  'market:latin-america': { name: 'Latin America', kind: 'REGION' },
  'market:middle-east': { name: 'Middle East', kind: 'REGION' },
  'market:north-america': { name: 'North America', kind: 'REGION' },
  'market:oceania': { name: 'Oceania', kind: 'REGION' },
  'market:south-america': { name: 'South America', kind: 'REGION' },
  'market:asean': { name: 'Association of Southeast Asian Nations', kind: 'TRADE_BLOC' },
};

/** Working market ids that are not markets: figures and links that name them are left out. */
export const NOT_MARKETS: Readonly<Record<string, string>> = {
  'market:rest-of-world': 'the rest of the world after the regions a page lists is not a market',
  'market:world-ex-china': 'the world outside China is not a market of the graph',
  'market:emerging-asia-latam': "the IEA's emerging markets of Asia and Latin America together are not a market of the graph",
  'market:us-ca-de': 'the United States, Canada and Germany together are not a market',
};

/** Kinds of publishers the publisher words misjudge (see sourceKind). */
export const PUBLISHER_KINDS: Readonly<Record<string, SourceKind>> = {
  'CAAM (China Daily)': 'STATISTICS',
  'Gaikindo (DETIK)': 'STATISTICS',
  'MOTIR (Korea Ministry of Trade, Industry and Resources)': 'GOVERNMENT',
  'Eurostat Statistics Explained (mirror)': 'STATISTICS',
  'Kazinform (Kazakh; Ministry of Industry)': 'NEWS',
  'Trend (Uzbek Statistics Committee)': 'NEWS',
  'Kun.uz (Statistics Agency)': 'NEWS',
  'Leave Russia (KSE Institute)': 'ANALYSIS',
  'The People\'s Map of Global China': 'ANALYSIS',
  'Dragon Plus Insight': 'NEWS',
  'Mirage News (IEA release)': 'ANALYSIS',
  'Electrical Industry News (IEA)': 'NEWS',
  'Eternity News Now (SMMT release)': 'STATISTICS',
  'PRNewswire via Flytogarden (SMMT release)': 'STATISTICS',
  'blog (Ford statement)': 'COMPANY',
  'Laotian Times (Media OutReach release)': 'COMPANY',
  'PR Newswire (via Libyan Newswire)': 'COMPANY',
  'Daily8 (PRNewswire)': 'COMPANY',
  'reprint of BYD Indonesia announcement': 'COMPANY',
  'ScandAsia (via Benzinga)': 'NEWS',
  'The Significant Deals (Reuters factbox)': 'NEWS',
  'International Trade Council': 'ANALYSIS',
  'Automotive World (Rho Motion)': 'ANALYSIS',
  'EconoTimes (Rho Motion)': 'NEWS',
  'Driven Car Guide NZ (Rho Motion)': 'NEWS',
  'Industry News (JATO)': 'NEWS',
  'Techzle (Autoweek/JATO)': 'NEWS',
  'Supercar Blondie (JATO data)': 'NEWS',
  'Automotive Study 2025 (Šaroch ed.)': 'ANALYSIS',
  'Royal Thai Embassy, Washington DC': 'GOVERNMENT',
  'Croatian Ministry of Foreign and European Affairs': 'GOVERNMENT',
  'Press service of the President of Uzbekistan': 'GOVERNMENT',
  'Wuhan Economic & Technological Development Zone (Xinhua)': 'GOVERNMENT',
  'Wuhu Municipal Government': 'GOVERNMENT',
  'Belarus.by (official portal)': 'GOVERNMENT',
  'Invest in Türkiye': 'GOVERNMENT',
  'Brand South Africa': 'GOVERNMENT',
  'Basque Trade & Investment': 'GOVERNMENT',
  'Toyota Motor Corporation (75 years history)': 'COMPANY',
  'Volkswagen AG Annual Report 2020 (docslib copy)': 'COMPANY',
  'Volkswagen AG Annual Report 2021': 'COMPANY',
  'OK.com Q&A': 'NEWS',
};

/** A factory whose operator changed, or whose pages need one reading: decided here, field by field. */
export interface FactoryHistory {
  /** The current (or last) operator: factories.json automakerId. */
  operator: string;
  /** Since when it runs the plant ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'), or null when no page says. */
  operatedSince: string | null;
  status: 'OPERATING' | 'UNDER_CONSTRUCTION' | 'ANNOUNCED' | 'CLOSED';
  /** Replaces the dates the pages give, where set (null: no date). */
  opened?: string | null;
  closed?: string | null;
  announced?: string | null;
  /** What is built there now (or last, for a closed plant); replaces the products of the pages. */
  products?: readonly string[];
  name?: string;
  /** Who ran it before, with the dates the pages give; `urls` add pages that state the end date. */
  former: readonly { automakerId: string; since: string | null; until: string; urls?: readonly string[] }[];
  /** Operators the pages name that did not run it (a stalled acquisition): their records are left out. */
  notOperators?: Readonly<Record<string, string>>;
  why: string;
}

/**
 * Plants that changed hands (the Russian plants of 2022–2025 first) and plants whose pages disagree
 * in ways a rule would get wrong. Dates are those the pages give; `why` names them.
 */
export const FACTORY_HISTORIES: Readonly<Record<string, FactoryHistory>> = {
  'factory:volkswagen-kaluga': {
    operator: 'automaker:agr',
    operatedSince: '2023-05',
    status: 'OPERATING',
    closed: null,
    products: ['Tenet T7', 'Tenet crossovers'],
    former: [{ automakerId: 'automaker:vw', since: '2007', until: '2023-05' }],
    why: 'Volkswagen ran it 2007 to 2023-05 (production halted 2022-03) and sold it to Avilon / Art-Finance (2023-05); AGR runs it since 2023-05 and builds Tenet cars (full cycle since 2025). The 2022-03 closure is the end of Volkswagen production, not of the plant. A fire on 2026-01-28 is reported without a status.',
  },
  'factory:hyundai-st-petersburg': {
    operator: 'automaker:agr',
    operatedSince: '2024-02',
    status: 'OPERATING',
    closed: null,
    products: ['Solaris'],
    former: [{ automakerId: 'automaker:hyundai', since: null, until: '2024-01-24' }],
    why: 'Hyundai ran it until the sale to Art-Finance closed on 2024-01-24 (production suspended 2022-03); AGR builds Solaris cars there since 2024-02. The 2024-01-24 "closure" of the Hyundai-era pages is the end of Hyundai\'s tenure.',
  },
  'factory:gm-st-petersburg': {
    operator: 'automaker:hyundai',
    operatedSince: null,
    status: 'CLOSED',
    closed: null,
    products: [],
    former: [{ automakerId: 'automaker:gm', since: '2008', until: '2015-07' }],
    why: 'General Motors ran it 2008 to 2015-07; Hyundai bought it in 2020 (owned until 2024-01) and is its last operator; KBS World (2023-12) calls it closed, World Auto Forum (2024-01) operating without saying what is built: CLOSED kept, no closing date (2015-07 is the end of GM\'s tenure).',
  },
  'factory:nissan-st-petersburg': {
    operator: 'automaker:avtozavod-st-petersburg',
    operatedSince: '2024',
    status: 'OPERATING',
    closed: null,
    products: ['XCITE'],
    former: [
      { automakerId: 'automaker:nissan', since: '2009', until: '2022-11' },
      { automakerId: 'automaker:avtovaz', since: '2023-06', until: '2024-02', urls: ['https://pledgetimes.com/the-former-nissan-plant-in-st-petersburg-has-changed-its-owner/'] },
    ],
    why: 'Nissan ran it 2009 to 2022-11 (handed to NAMI, 2022-11-23); AvtoVAZ built the Lada X-Cross 5 there from 2023-06 until the plant returned to NAMI (2024-02, Pledge Times / RBC); Avtozavod St. Petersburg builds XCITE cars there since 2024.',
  },
  'factory:toyota-st-petersburg': {
    operator: 'automaker:aurus',
    operatedSince: '2024',
    status: 'ANNOUNCED',
    opened: '2007',
    closed: null,
    products: [],
    former: [{ automakerId: 'automaker:toyota', since: '2007', until: '2022-09' }],
    why: 'Toyota ran it 2007 to 2022-09 (TASS; production paused 2022-03) and handed it to NAMI (2023-03-31); Aurus took it over in 2024 with production still planned (relaunch slipped to 2026): ANNOUNCED. Opened 2007 (TASS: Toyota since 2007); the 2005 of a forum repost is left out.',
  },
  'factory:renault-moscow': {
    operator: 'automaker:moskvich',
    operatedSince: '2022',
    status: 'OPERATING',
    opened: null,
    closed: null,
    products: ['Moskvich 3'],
    name: 'Moskvich plant (ex-Renault Avtoframos), Moscow',
    former: [
      {
        automakerId: 'automaker:renault',
        since: null,
        until: '2022-05',
        urls: [
          'https://www.vb.is/frettir/selur-lodu-framleidanda-fyrir-eina-rublur/',
          'https://mezha.media/en/2022/05/17/renault-sells-the-plant-in-russia-but-hopes-to-return/',
          'https://dailyfloridapress.com/avtovaz-to-build-cars-at-nissan-plant-in-st-petersburg-russia-from-2023',
        ],
      },
    ],
    why: "Renault's Moscow plant (Avtoframos: Logan, Duster, Kaptur, Arkana) passed to the City of Moscow in 2022-05; Moskvich runs it since 2022 and built the Moskvich 3 (JAC JS4 kits) from 2022-11. No page gives the Avtoframos opening; 2022-11 is Moskvich's start.",
  },
  'factory:stellantis-kaluga': {
    operator: 'automaker:automotive-technologies',
    operatedSince: '2023-12',
    status: 'OPERATING',
    closed: null,
    products: ['Citroën C5 Aircross'],
    name: 'PSMA Rus plant, Kaluga',
    former: [
      { automakerId: 'automaker:stellantis', since: null, until: '2022-04' },
      { automakerId: 'automaker:mitsubishi', since: null, until: '2022-04', urls: ['https://www.rt.com/business/553559-mitsubishi-stops-production-russia/'] },
    ],
    why: 'PSMA Rus (Stellantis 70%, Mitsubishi 30%) stopped production in 2022-04 (RT, Autocar India); Automotive Technologies assembles the Citroën C5 Aircross from Dongfeng kits there since 2023-12.',
  },
  'factory:mercedes-benz-esipovo': {
    operator: 'automaker:avtodom',
    operatedSince: '2024-07',
    status: 'OPERATING',
    opened: '2019-04',
    closed: null,
    products: ['Exeed VX', 'Exeed TXL'],
    name: 'Yesipovo plant (ex-Mercedes-Benz), Moscow region',
    former: [{ automakerId: 'automaker:mercedes-benz', since: '2019', until: '2022-03' }],
    why: 'Mercedes-Benz ran it 2019 to 2022-03 and sold its Russian business to Avtodom (2023-04); Avtodom assembles Exeed cars there since 2024-07 (the 2024-07 "opening" of the Avtodom page).',
  },
  'factory:mazda-vladivostok': {
    operator: 'automaker:sollers',
    operatedSince: null,
    status: 'CLOSED',
    closed: '2022-04',
    former: [{ automakerId: 'automaker:mazda', since: null, until: '2022-10' }],
    why: 'Mazda Sollers (50/50) ceased operations at the end of 2022-04 (RT); Mazda gave its 50% to Sollers in 2022-10 (the buyback option expired 2025-10); Sollers is its last operator. The 2022-10-24 of the pages is the stake transfer, not the closure.',
  },
  'factory:gwm-talegaon': {
    operator: 'automaker:hyundai',
    operatedSince: '2024-01',
    status: 'OPERATING',
    opened: '2025',
    announced: null,
    name: 'Hyundai Motor India Talegaon plant (ex-GM)',
    former: [{ automakerId: 'automaker:gm', since: null, until: '2020' }],
    notOperators: { 'automaker:gwm': "Great Wall's acquisition of the plant never completed (its India plan was shelved in 2022)" },
    why: 'General Motors built cars there until 2020; Great Wall agreed to buy it in 2020 but never completed; Hyundai Motor India bought it (completed 2024-01) and started production in 2025. The 2020-01 announcement is Great Wall\'s plan, not the plant\'s.',
  },
  'factory:renault-chennai': {
    operator: 'automaker:renault',
    operatedSince: '2025-08-01',
    status: 'OPERATING',
    former: [{ automakerId: 'automaker:nissan', since: '2010', until: '2025-08-01' }],
    why: "Renault Nissan Automotive India (RNAIPL) opened 2010 with Nissan the majority holder; Renault bought Nissan's 51% and runs it alone since 2025-08-01 (Nissan models still built).",
  },
  'factory:ford-sanand': {
    operator: 'automaker:tata',
    operatedSince: '2022-08',
    status: 'OPERATING',
    closed: null,
    products: [],
    former: [{ automakerId: 'automaker:ford', since: null, until: '2022-08', urls: ['https://todaysnewsheadline.com/tag/sanand-plant-ford'] }],
    why: "Ford's page (NextBigWhat, 2021-09) gives the end of Ford production as Q4 2021, a plan when written, and no later page dates it; Tata bought the plant from Ford in 2022-08 (Todays News Headline, relations[133]): Ford's tenure ends, and Tata's begins, with the purchase. Tata's production 'since 2023' on that page of 2022-08 is a plan, not a date. OPERATING: the plant operated under Ford (2021-09) and passed whole to Tata.",
  },
  'factory:mitsubishi-changsha': {
    operator: 'automaker:gac',
    operatedSince: null,
    status: 'CLOSED',
    closed: '2023-03',
    former: [{ automakerId: 'automaker:mitsubishi', since: null, until: '2023-03' }],
    why: 'GAC Mitsubishi halted production in 2023-03 and GAC took the plant over for EVs (Nikkei repost, 2023-09); no page says production resumed: CLOSED, with GAC its last operator.',
  },
  'factory:byd-camacari': {
    operator: 'automaker:byd',
    operatedSince: null,
    status: 'OPERATING',
    closed: null,
    former: [{ automakerId: 'automaker:ford', since: null, until: '2021-01' }],
    why: "BYD's Camaçari complex is Ford's former Camaçari plant (closed 2021-01); the Ford-era closure is Ford's end date.",
  },
  'factory:chery-barcelona': {
    operator: 'automaker:chery',
    operatedSince: null,
    status: 'OPERATING',
    closed: null,
    products: ['passenger cars', 'electric vehicles', 'Ebro S700', 'Ebro S800'],
    former: [{ automakerId: 'automaker:nissan', since: null, until: '2021-12-16', urls: ['https://www.malaymail.com/news/money/2021/12/16/nissan-ends-production-at-historic-barcelona-plant/2028993'] }],
    why: "The Chery-Ebro plant is Nissan's former Zona Franca plant in Barcelona: Nissan built its last vehicle there on 2021-12-16 (Catalan News, Malay Mail/AFP, both of that day; the closure on 2021-12-31 was still to come on those pages, so Nissan's end is its last vehicle); assembly restarted 2024-11-23 (Ebro S700, S800).",
  },
  'factory:leap-tychy': {
    operator: 'automaker:leapmotor',
    operatedSince: null,
    status: 'CLOSED',
    closed: null,
    former: [],
    why: 'Leapmotor T03 assembly at Tychy ran in 2024 and was dropped by 2025-03 (electrive, 2025-03-25): CLOSED without a date. The curated record (OPERATING, 2024) predates it.',
  },
};

/**
 * Statuses the pages' words would get wrong. The model has no status for a plan that was dropped:
 * such plants stay ANNOUNCED (what they reached), and the report lists them.
 */
export const STATUS_FIXES: Readonly<Record<string, { status: 'OPERATING' | 'UNDER_CONSTRUCTION' | 'ANNOUNCED' | 'CLOSED'; why: string }>> = {
  'factory:byd-mexico': { status: 'ANNOUNCED', why: 'announced 2024, put on hold (2024-09), then reported rejected by Mexico (2025-07): never built, so not CLOSED; the enum has no status for a dropped plan' },
  'factory:ford-chennai': { status: 'CLOSED', why: 'closed 2022-07; the restart Ford announced in 2024 (to build for export) is a plan, not yet an opening: the enum has no status for a plant to reopen' },
  'factory:jac-camacari': { status: 'ANNOUNCED', why: 'announced 2011, abandoned by JAC (its joint venture dissolved 2017): never built, so not CLOSED; the enum has no status for a dropped plan' },
};

/** The operator of factories whose pages name several (a joint venture's partners) or none. */
export const OPERATOR_CHOICE: Readonly<Record<string, { operator: string; why: string }>> = {
  'factory:changan-ford-hangzhou': { operator: 'automaker:changan-ford', why: 'the joint venture Changan Ford runs it; Ford is a partner' },
  'factory:suzuki-gurugram': { operator: 'automaker:maruti-suzuki', why: 'its record names Maruti Suzuki India as operator; Suzuki is the parent' },
  'factory:suzuki-hansalpur': { operator: 'automaker:maruti-suzuki', why: 'its record names Suzuki Motor Gujarat, wholly owned by Maruti Suzuki India' },
  'factory:suzuki-manesar': { operator: 'automaker:maruti-suzuki', why: 'a Maruti Suzuki India plant (the page counts Maruti Suzuki output there); Suzuki is the parent' },
  'factory:suzuki-kharkhoda': { operator: 'automaker:maruti-suzuki', why: 'a Maruti Suzuki India plant; Suzuki is the parent' },
  'factory:dpca-chengdu': { operator: 'automaker:dongfeng', why: 'Dongfeng owns it wholly since 2023-10 (bought from DPCA); no page names another operator' },
  'factory:dpca-wuhan': { operator: 'automaker:dongfeng', why: 'Dongfeng owns it wholly since 2023-10 (bought from DPCA); no page names another operator' },
  'factory:dpca-xiangyang': { operator: 'automaker:dongfeng', why: 'Dongfeng owns it wholly since 2023-10 (bought from DPCA); no page names another operator' },
  'factory:ford-sao-bernardo-do-campo': { operator: 'automaker:ford', why: "its record is Ford's São Bernardo do Campo plant" },
  'factory:geely-zhangjiakou': { operator: 'automaker:geely', why: "its record is Geely's Zhangjiakou plant (building the Volvo EX30)" },
  'factory:renault-korea-busan': { operator: 'automaker:renault-korea', why: "its record is Renault Korea's Busan plant" },
  'factory:renault-sao-jose-dos-pinhais': { operator: 'automaker:renault-do-brasil', why: 'the Ayrton Senna plant of Renault do Brasil (the page is about Geely buying into Renault do Brasil)' },
  'factory:volkswagen-nizhny-novgorod': { operator: 'automaker:gaz', why: 'GAZ assembled Volkswagen cars in its Nizhny Novgorod plant under contract until 2022-07' },
  'factory:jac-kostanay': { operator: 'automaker:saryarkaavtoprom', why: 'its record names SaryarkaAvtoProm as operator (JAC assembly)' },
};

/**
 * Factories the facts name only in a relation: created where the relation says enough (a country and
 * a status), else left out with the reason.
 */
export const REFERENCED_FACTORIES: Readonly<Record<string, { name: string; countryId: string; status: 'ANNOUNCED'; announced: string | null } | { leaveOut: string }>> = {
  'factory:changan-brazil': { name: 'Changan plant, Brazil (announced)', countryId: 'country:BR', status: 'ANNOUNCED', announced: null },
  'factory:changan-mexico': { name: 'Changan plant, Mexico (announced)', countryId: 'country:MX', status: 'ANNOUNCED', announced: null },
  'factory:gac-iran': { name: 'GAC plant, Iran (announced 2016)', countryId: 'country:IR', status: 'ANNOUNCED', announced: '2016-04' },
  'factory:gac-russia': { name: 'GAC plant, Russia (announced 2016)', countryId: 'country:RU', status: 'ANNOUNCED', announced: '2016-04' },
  'factory:changan-europe': { leaveOut: 'a plan to build somewhere in Europe before 2030: no country' },
  'factory:gac-europe': { leaveOut: 'GAC reviewing production somewhere in Europe: no country, no plant' },
  'factory:changan-overseas': { leaveOut: "an aggregate (20 planned factories outside China, nine producing), not a plant" },
  'factory:dongfeng-italy': { leaveOut: 'a rumoured plant that Dongfeng denied' },
  'factory:hongqi-mexico': { leaveOut: 'a possible later assembly, not an announced plant' },
  'factory:hongqi-russia': { leaveOut: 'an assembly pending a decision (2025-10), not an announced plant' },
  'factory:baic-iq': { leaveOut: "'a plant or project' in Iraq: no status, no place" },
  'factory:baic-mm': { leaveOut: "'a plant or project' in Myanmar: no status, no place" },
  'factory:baic-ng': { leaveOut: "'a plant or project' in Nigeria: no status, no place" },
  'factory:baic-pk': { leaveOut: "'a plant or project' in Pakistan: no status, no place" },
  'factory:baic-tr': { leaveOut: "'a plant or project' in Turkey: no status, no place" },
  'factory:baic-nairobi': { leaveOut: 'a light-truck plant in Nairobi (2016) with no status' },
};

/** Factories whose records are left out as a whole. */
export const FACTORY_EXCLUSIONS: Readonly<Record<string, string>> = {
  'factory:bmw-shenyang': "an umbrella record for BMW Brilliance's Shenyang plants (Dadong and Tiexi), which have records of their own: counting it would count the plants twice",
  'factory:saic-europe': 'the first European MG plant was planned without a country (not chosen by 2025)',
  'factory:leapmotor-mirafiori': 'Mirafiori was only considered for Leapmotor (media reports, early 2024), never announced',
  'factory:saic-indonesia': "'a manufacturing base in Indonesia' without a place: most likely one of the Cikarang plants (MG, Wuling), not merged without a page saying which",
};

/**
 * Texts of the facts a parser would misread, decided one by one: product lists, capacities and
 * investments (several amounts or a conversion in brackets), dates with remarks.
 */
export const PRODUCT_TEXTS: Readonly<Record<string, readonly string[]>> = {
  'Kaiyi, BAIC, SWM, JMC (from 2023); previously BMW, Hyundai, Kia': ['Kaiyi', 'BAIC', 'SWM', 'JMC'],
  'Ebro S700, S800 (DKD assembly); Omoda 5 from Q4 2025': ['Ebro S700', 'Ebro S800'],
  'Mazda crossover (150k) + Toyota SUV (150k)': ['Mazda crossover', 'Toyota SUV'],
  'SKD assembly of Atto 3, e6; buses': ['Atto 3', 'e6', 'buses'],
  'CAOA Chery models (also Hyundai)': ['CAOA Chery', 'Hyundai'],
  'Accord, Acura Integra; EVs from ~2025-26': ['Accord', 'Acura Integra'],
  'CR-V; EVs planned': ['CR-V'],
  'IONIQ 5, IONIQ 9; Kia model from 2026; Genesis': ['IONIQ 5', 'IONIQ 9', 'Genesis'],
  'Golf and Golf Estate from 2027': [],
  'electric LCVs (eK0 from Q4 2026)': ['electric LCVs'],
  'Range Rover Evoque (first), Tata and JLR next-gen cars': ['Range Rover Evoque'],
  'Renault Clio, Duster, Boreal; future Dacia C-segment': ['Renault Clio', 'Renault Duster', 'Renault Boreal'],
  'Fiat 600, Jeep Avenger, Alfa Romeo Junior; Leapmotor T03 (SKD, 2024)': ['Fiat 600', 'Jeep Avenger', 'Alfa Romeo Junior', 'Leapmotor T03'],
  'Dacia Duster, Bigster, Logan': ['Dacia Duster', 'Dacia Bigster', 'Dacia Logan'],
  'Audi Q4 e-tron, Q4 e-tron Sportback': ['Audi Q4 e-tron', 'Audi Q4 e-tron Sportback'],
  'ID.7, ID.7 Tourer, ID.4': ['ID.7', 'ID.7 Tourer', 'ID.4'],
  'Chery Omoda 5, Tiggo 8 Pro, Tiggo 7 Pro (CKD)': ['Omoda 5', 'Tiggo 8 Pro', 'Tiggo 7 Pro'],
  'Chery Tiggo 7 Pro, Tiggo 8 Pro, Omoda 5, Omoda E5': ['Tiggo 7 Pro', 'Tiggo 8 Pro', 'Omoda 5', 'Omoda E5'],
  'Haval SUVs (F7, H9, Jolion...)': ['Haval F7', 'Haval H9', 'Haval Jolion'],
  'Haval F7, Dargo, Jolion': ['Haval F7', 'Haval Dargo', 'Haval Jolion'],
  'Haval H6, Poer P30, Haval H9': ['Haval H6', 'Poer P30', 'Haval H9'],
  'Hilux, Fortuner (2007)': ['Hilux', 'Fortuner'],
  'Camry, Corolla, Vios, Yaris (2007)': ['Camry', 'Corolla', 'Vios', 'Yaris'],
  'Camry; Lexus ES (from 2015)': ['Camry', 'Lexus ES'],
  'Nissan March, X-Trail, Serena; Datsun GO, GO+': ['Nissan March', 'X-Trail', 'Serena', 'Datsun GO', 'Datsun GO+'],
  'Vivaro/Expert/Scudo/Dispatch vans': ['Vivaro', 'Expert', 'Scudo', 'Dispatch'],
  'MEB EVs (e.g. Cupra Tavascan for export)': ['MEB EVs', 'Cupra Tavascan'],
  'MEB-based EVs (Explorer, Capri)': ['Explorer', 'Capri'],
  'Transit, E-Transit (from April 2022)': ['Transit', 'E-Transit'],
  'EVs and hybrids': ['electric vehicles', 'hybrids'],
  'Model S, X, 3, Y': ['Model S', 'Model X', 'Model 3', 'Model Y'],
  'BMW i3 (China), EVs and ICE': ['BMW i3'],
  'Moskvich cars (after 2022)': ['Moskvich'],
  'Exeed VX, TXL': ['Exeed VX', 'Exeed TXL'],
  'Dolphin Surf (first model)': ['Dolphin Surf'],
  'ID.4 CROZZ etc.': ['ID.4 CROZZ'],
  'Lotus sports cars': ['sports cars'],
  'Volvo S60; Polestar 3 (contract)': ['Volvo S60', 'Polestar 3'],
  'Peugeot 208, Citroën Ami, Opel Rocks-e, Fiat Topolino': ['Peugeot 208', 'Citroën Ami', 'Opel Rocks-e', 'Fiat Topolino'],
  'Sonata, Elantra, Santa Fe, Santa Cruz, Genesis GV70 EV': ['Sonata', 'Elantra', 'Santa Fe', 'Santa Cruz', 'Genesis GV70'],
  'Mazda2, Mazda3, CX-3, CX-30; Yaris for Toyota': ['Mazda2', 'Mazda3', 'CX-3', 'CX-30', 'Yaris'],
  'Forte, Rio; Hyundai Accent': ['Forte', 'Rio', 'Hyundai Accent'],
};

/** A capacity text: the current or initial figure (capacityPerYear) and every figure it states (claims). */
export const CAPACITY_TEXTS: Readonly<Record<string, { current: number; claims: readonly { value: number; basis: 'OFFICIAL' | 'TARGET' }[] }>> = {
  '50,000 initial; 100,000 planned': { current: 50000, claims: [{ value: 50000, basis: 'OFFICIAL' }, { value: 100000, basis: 'TARGET' }] },
  '20,000 initial; 50,000 planned': { current: 20000, claims: [{ value: 20000, basis: 'OFFICIAL' }, { value: 50000, basis: 'TARGET' }] },
};

/** An investment text: each amount it states, in its own currency (never converted). */
export const INVESTMENT_TEXTS: Readonly<Record<string, readonly { value: number; unit: string; lowerBound?: boolean; basis?: 'OFFICIAL' | 'ESTIMATE' | 'FORECAST' | 'TARGET' }[] | { leaveOut: string }>> = {
  'over 35 billion baht (nine BOI projects)': { leaveOut: 'the total of nine BOI projects, not the plant' },
  'JV plans ~Rs 5,000 crore (2024-03)': [{ value: 50000000000, unit: 'INR', basis: 'FORECAST' }],
  'R$10 billion over ten years (R$4 billion first phase to 2026)': [{ value: 10000000000, unit: 'BRL', basis: 'FORECAST' }],
  'R$5.5bn initially, later ~R$6.5bn': [{ value: 5500000000, unit: 'BRL' }, { value: 6500000000, unit: 'BRL', basis: 'ESTIMATE' }],
  '22.6 billion baht (incl. charging, showrooms, R&D)': { leaveOut: 'includes charging, showrooms and R&D: not the plant' },
  'THB 10 billion (~USD 300 million)': [{ value: 10000000000, unit: 'THB' }],
  'THB 2.3 billion (USD 64 million)': [{ value: 2300000000, unit: 'THB' }],
  'USD 1.3 billion (Brazil total)': { leaveOut: "GAC's total for Brazil, not the plant" },
  'USD 600 million (2011 agreement); USD 900 million (other report)': [{ value: 600000000, unit: 'USD' }, { value: 900000000, unit: 'USD', basis: 'ESTIMATE' }],
  'USD 500 million (original SIA JV)': [{ value: 500000000, unit: 'USD' }],
  'USD 814 million planned': [{ value: 814000000, unit: 'USD', basis: 'FORECAST' }],
  'JPY 65 billion (USD 565 million)': [{ value: 65000000000, unit: 'JPY' }],
  'USD 1.7 billion (initial 1.1 billion)': [{ value: 1700000000, unit: 'USD' }, { value: 1100000000, unit: 'USD' }],
  'EUR 1.9 billion cumulative (to 2020)': [{ value: 1900000000, unit: 'EUR' }],
  'up to GBP 2 billion (EV36Zero phase 2, incl. partners); Nissan up to GBP 1.12bn': { leaveOut: 'a programme with partners (EV36Zero), not the plant' },
  'GBP 3 billion total EV36Zero': { leaveOut: 'the EV36Zero programme with partners, not the plant' },
  'about USD 4 billion cumulative (original 1.43bn)': [{ value: 4000000000, unit: 'USD', basis: 'ESTIMATE' }, { value: 1430000000, unit: 'USD' }],
  'USD 2 billion (new generation Hilux/SW4)': [{ value: 2000000000, unit: 'USD' }],
  'USD 700m initial + USD 150m (2022) + ~USD 328m (2023)': [{ value: 700000000, unit: 'USD' }, { value: 150000000, unit: 'USD' }, { value: 328000000, unit: 'USD', basis: 'ESTIMATE' }],
  'USD 1 billion (+100m in 2012)': [{ value: 1000000000, unit: 'USD' }, { value: 100000000, unit: 'USD' }],
  'capital 12,681.87 million baht (100% Suzuki)': { leaveOut: "the registered capital of Suzuki's Thai company, not an investment in the plant" },
  'close to THB 5 billion': [{ value: 5000000000, unit: 'THB', basis: 'ESTIMATE' }],
  'USD 12.6 billion incl. battery JVs': { leaveOut: 'includes the battery joint ventures: not the plant' },
  'Rs 787.2 crore acquisition; Rs 6,000 crore redevelopment': [{ value: 7872000000, unit: 'INR' }, { value: 60000000000, unit: 'INR', basis: 'FORECAST' }],
  'USD 3 billion (Kia and suppliers)': { leaveOut: "includes suppliers' investment: not the plant" },
  'EUR 1.3 billion (planned, 2006)': [{ value: 1300000000, unit: 'EUR', basis: 'FORECAST' }],
  'more than EUR 1 billion in total (2013)': [{ value: 1000000000, unit: 'EUR', lowerBound: true }],
  'IDR 1 trillion (Indomobil-funded)': [{ value: 1000000000000, unit: 'IDR' }],
  'MXN 4.4 billion (USD 215 million)': [{ value: 4400000000, unit: 'MXN' }],
};

/** Date texts a parser would misread: the date they mean, or null with why. */
export const DATE_TEXTS: Readonly<Record<string, { date: string | null; why: string }>> = {
  '2022-11-15 (plant 2)': { date: null, why: 'the opening of the second plant, not of the site' },
  '2021-12 (completed); inaugurated 2022-03-16': { date: '2021-12', why: 'completed 2021-12, inaugurated later' },
  '2023-08 (AC Motors/Ayala); earlier via Solar Transport (STAR)': { date: null, why: 'the current distributor since 2023-08; sales began earlier through another (no date)' },
  '2025 (passenger cars); commercial vehicles since 2016': { date: '2016', why: 'commercial vehicles since 2016, passenger cars since 2025: the link began 2016' },
  '1990s': { date: null, why: 'a decade is not a date' },
  '1985 (site)': { date: null, why: 'the year the site was chosen, not an announcement of the plant' },
};

/** A trade measure as loaded: its kind, who imposes it, its dates and its one general rate. */
export interface MeasureDecision {
  name?: string;
  kind: 'INVESTIGATION' | 'COUNTERVAILING_DUTY' | 'TARIFF' | 'TAX' | 'FEE';
  imposedById: string;
  announced?: string | null;
  effective?: string | null;
  ends?: string | null;
  ratePercent?: number | null;
  ratePercentIsMaximum?: boolean;
  why: string;
}

/**
 * The trade measures of the facts, by their id after ID_ALIASES: the curated ones gain the dates the
 * pages add; the new ones are decided here from their records (dates as the pages give them).
 * A measure not listed is left out with its links; MEASURE_EXCLUSIONS says why.
 */
export const MEASURES: Readonly<Record<string, MeasureDecision>> = {
  'measure:eu-provisional-cvd-2024': { kind: 'COUNTERVAILING_DUTY', imposedById: 'market:eu', announced: '2024-07-03', effective: '2024-07-05', why: 'Implementing Regulation (EU) 2024/1866, adopted 2024-07-03, in force 2024-07-05 (curated)' },
  'measure:eu-definitive-cvd-2024': { kind: 'COUNTERVAILING_DUTY', imposedById: 'market:eu', announced: '2024-10-29', effective: '2024-10-30', why: 'Implementing Regulation (EU) 2024/2754 of 2024-10-29, in force 2024-10-30 (curated); its five-year duration is not an end date' },
  'measure:eu-cvd-china-bev-predisclosure-2024-06': {
    kind: 'COUNTERVAILING_DUTY',
    imposedById: 'market:eu',
    announced: '2024-06-12',
    why: 'the rates the Commission pre-disclosed on 2024-06-12 (proposed, superseded by Regulation 2024/1866): loaded as announced only; the model has no status for a proposal',
  },
  'measure:eu-cvd-china-bev-draft-definitive-2024-08': {
    kind: 'COUNTERVAILING_DUTY',
    imposedById: 'market:eu',
    announced: '2024-08-20',
    why: 'the definitive rates the Commission disclosed in draft on 2024-08-20 (superseded by Regulation 2024/2754): announced only; no status for a proposal',
  },
  'measure:us-section-301-ev-tariff-2024': { kind: 'TARIFF', imposedById: 'country:US', announced: '2024-05-14', effective: '2024-09-27', ratePercent: 100, why: 'USTR: announced 2024-05-14, finalised 2024-09-13, in force 2024-09-27 (curated: 100%)' },
  'measure:ca-ev-duty-2024': { kind: 'TARIFF', imposedById: 'country:CA', announced: '2024-08-26', effective: '2024-10-01', ratePercent: 100, why: 'Canada: announced 2024-08-26, in force 2024-10-01 (curated: 100%, year only)' },
  'measure:ca-china-ev-quota-2026': {
    kind: 'TARIFF',
    imposedById: 'country:CA',
    announced: '2026-01-16',
    effective: '2026',
    ratePercent: 6.1,
    why: 'the Canada–China agreement of 2026-01-16: 49,000 Chinese EVs a year at the 6.1% MFN rate (the 100% surtax stays outside the quota)',
  },
  'measure:tr-china-vehicle-tariff-2024': { kind: 'TARIFF', imposedById: 'country:TR', announced: '2024-06-07', effective: '2024-07-07', ratePercent: 40, why: 'Presidential Decree 8639 of 2024-06-07, in force 2024-07-07 (curated: 40%, at least USD 7,000 a car)' },
  'measure:tr-additional-duty-china-ev-2023': { kind: 'TARIFF', imposedById: 'country:TR', effective: '2023-03-03', ratePercent: 40, why: 'the extra 40% on electric cars from China, in force 2023-03-03 (Xunlaitong; 2023-03 and 2023 elsewhere)' },
  'measure:br-ev-import-tax-2024': { kind: 'TAX', imposedById: 'country:BR', announced: '2023-11', effective: '2024-01', ratePercent: null, why: 'Gecex/Camex decided 2023-11; rising from 10–12% (2024-01) to 35% (2026-07): no single rate (curated)' },
  'measure:mx-china-car-tariff-2026': {
    kind: 'TARIFF',
    imposedById: 'country:MX',
    announced: '2025-09',
    effective: '2026-01-01',
    ratePercent: 50,
    ratePercentIsMaximum: true,
    why: 'proposed 2025-09, approved by the Senate 2025-12-10, in force 2026-01 (curated: up to 50%, countries without a trade agreement)',
  },
  'measure:ru-recycling-fee-2023': { kind: 'FEE', imposedById: 'country:RU', effective: '2023-08-01', why: 'recycling-fee increase in force 2023-08-01 (curated)' },
  'measure:ru-recycling-fee-2024': { kind: 'FEE', imposedById: 'country:RU', effective: '2024-10-01', why: 'recycling-fee increase (up to 85%) in force 2024-10-01 (curated)' },
  'measure:ru-recycling-fee-annual-indexation-2024-2030': {
    name: "Russia's yearly recycling-fee increases, 2024–2030",
    kind: 'FEE',
    imposedById: 'country:RU',
    effective: '2025-01-01',
    why: 'adopted in 2024 as a programme to 2030 (Vedomosti); the 2025 step in force 2025-01-01',
  },
  'measure:us-china-tariff-2025': { kind: 'TARIFF', imposedById: 'country:US', effective: '2025-04', why: 'US tariffs on Chinese imports of 2025-04 (125% on the China-built Lincoln Nautilus)' },
  'measure:us-japan-agreement-auto-tariff-15pct-2025': { kind: 'TARIFF', imposedById: 'country:US', announced: '2025-07-22', effective: '2025-09-16', ratePercent: 15, why: 'agreed 2025-07-22, in force 2025-09-16 (retroactive to 2025-08-07): 15% all in' },
  'measure:us-korea-agreement-auto-tariff-15pct-2025': { kind: 'TARIFF', imposedById: 'country:US', announced: '2025', ratePercent: 15, why: 'agreed in 2025 (no day given): 15%, down from 25%' },
  'measure:us-section232-auto-tariff-25pct-2025': { kind: 'TARIFF', imposedById: 'country:US', announced: '2025-03-26', effective: '2025-04-02', ratePercent: 25, why: 'Proclamation 10908: announced 2025-03-26, in force 2025-04-02' },
  'measure:us-section301-china-25': { kind: 'TARIFF', imposedById: 'country:US', effective: '2018-07', ratePercent: 25, why: 'Section 301 duty of 25% on Chinese goods including cars, in force 2018-07 (Auto123)' },
  'measure:in-spmepci-ev-import-duty-15pct': { kind: 'TARIFF', imposedById: 'country:IN', announced: '2024-03-15', ratePercent: 15, why: 'announced 2024-03-15 (guidelines 2025-06-02): 15% on EVs above USD 35,000 for investors, against 70–110%' },
};

/** Measures of the facts left out, with why (their links go with them). */
export const MEASURE_EXCLUSIONS: Readonly<Record<string, string>> = {
  'measure:gb-standard-car-import-duty-10pct': 'no page gives a date for the UK standard duty (a measure needs an announced or effective date)',
  'measure:in-cbu-car-import-duty': "no page gives a date for India's duty on built-up cars",
  'measure:in-press-note-3-fdi-land-border': "India's screening of investment from neighbouring countries is not a measure on vehicle imports (the kinds lack one for investment rules)",
  'measure:ru-recycling-fee-hp-rules-2025-11': 'a draft (2025-10) with a planned start: no date on which it was adopted or took effect',
  'measure:tr-additional-duty-non-fta-cars': 'the page (undated, in Malay) gives no date',
  'measure:tr-ev-additional-duty-10-to-20pct': 'no page gives a date (about 2022, in force 15 days after publication)',
  'measure:tr-ev-import-licensing-2023-11': 'an import-licence requirement is not a duty: the kinds lack one for licensing (INVESTIGATION, COUNTERVAILING_DUTY, TARIFF, TAX, FEE)',
};

/**
 * The generic EU working id measure:eu-cvd-bev-china covers three measures; each record goes to the
 * one its note or page names (provisional, draft definitive, definitive).
 */
export function routeEuMeasure(note: string, published: string): string {
  if (/proposed definitive|2024-08-20/i.test(note)) return 'measure:eu-cvd-china-bev-draft-definitive-2024-08';
  if (/provisional/i.test(note)) return 'measure:eu-provisional-cvd-2024';
  if (/definitive|MFN|2024\/2754/i.test(note)) return 'measure:eu-definitive-cvd-2024';
  // A record without a note: the measure in force when its page appeared.
  return published !== '' && published < '2024-10-30' ? 'measure:eu-provisional-cvd-2024' : 'measure:eu-definitive-cvd-2024';
}

/**
 * Rates of measure links the record states another way than as the measure's own rate: a total that
 * includes the 10% or 2.5% MFN duty, or the page's total of several duties.
 */
export const RATE_FIXES: ReadonlyArray<{ measure: string; target: string; ratePercent: number | null; why: string }> = [
  { measure: 'measure:eu-definitive-cvd-2024', target: 'automaker:volvo', ratePercent: 18.8, why: "the page's 28.8% includes the 10% MFN duty; the duty itself is the Geely group's 18.8%" },
  { measure: 'measure:us-section301-china-25', target: 'brand:polestar', ratePercent: 25, why: "the page's 27.5% is the 2.5% MFN duty plus the 25% Section 301 duty" },
  { measure: 'measure:us-china-tariff-2025', target: 'brand:lincoln', ratePercent: 125, why: "the page's 125% on the China-built Lincoln Nautilus (all US tariffs on it together)" },
];

/** Stakes without a percent the page calls something else. */
export const STAKE_KINDS: ReadonlyArray<{ from: string; to: string; kind: 'JOINT_VENTURE_WITH'; why: string }> = [
  { from: 'automaker:chery', to: 'automaker:ebro', kind: 'JOINT_VENTURE_WITH', why: 'the page describes the Barcelona joint venture (Ebro majority, Chery minority), the curated link' },
];

/** Stakes whose record names the wrong holder or target; the record's own `entity` says which. */
export const STAKE_TARGETS: ReadonlyArray<{ from: string; to: string; newTo: string; why: string }> = [
  { from: 'automaker:geely', to: 'automaker:belaz', newTo: 'automaker:belgee', why: "Geely's 33.36% is of the BelGee joint venture (BelAZ holds 52.49% of it), as the record's entity says" },
];

/** Partner texts that name a change of partner: the current one. */
export const PARTNER_TEXTS: Readonly<Record<string, string>> = {
  'JLJ group (2009-2017), then CAOA Chery JV': 'CAOA Chery',
  'Sojitz G Auto Philippines (to 2024-06-30); Geely Automobile International Corp from 2024-07-01': 'Geely Automobile International Corp',
  'Aboul Fotouh Automotive (Speranza); Ghabbour Auto from 2016': 'Ghabbour Auto',
};

/** Figures read another way than their fields say, by input (the subject and value are checked). */
export interface FigureFix {
  expect: { subject: string; value: number };
  flow?: 'EXPORTS' | 'IMPORTS' | 'PRODUCTION' | 'SALES' | 'OVERSEAS_SALES';
  exporterId?: string;
  /** The working id of the destination (a country or market), or null for worldwide. */
  destination?: string | null;
  /** A country's sales in a market read as its brands' sales, whatever the qualifier's words of origin. */
  asBrands?: true;
  /** The period the figure covers, where the record's period is not it ("2024-04..2024-10"). */
  period?: string;
  note?: string;
  why: string;
}
export const FIGURE_FIXES: Readonly<Record<string, FigureFix>> = {
  'makers-3.json figures[50]': {
    expect: { subject: 'country:JP', value: 28224 },
    exporterId: 'country:AU',
    destination: 'country:JP',
    why: 'Australian sales of cars made in Japan: imports of Australia from Japan (the record names the origin as subject)',
  },
  'makers-3.json figures[51]': {
    expect: { subject: 'country:KR', value: 12476 },
    exporterId: 'country:AU',
    destination: 'country:KR',
    why: 'Australian sales of cars made in South Korea: imports of Australia from South Korea (the record names the origin as subject)',
  },
  'trade-flows-2.json figures[151]': {
    expect: { subject: 'country:CN', value: 24524 },
    asBrands: true,
    note: 'brands of China; new passenger cars (OFV)',
    why: 'the page (headline: Chinese car brands in Norway) counts Chinese brands; its "of Chinese origin" is read as the brands, like the share of the same page (figures[152])',
  },
  'trade-flows-2.json figures[152]': {
    expect: { subject: 'country:CN', value: 10.4 },
    asBrands: true,
    note: 'brands of China; share a year earlier (OFV)',
    why: 'the page (headline: Chinese car brands in Norway) counts Chinese brands: its "Chinese-origin share" is the brands\' share, read as the sales of the same page (figures[151])',
  },
  'trade-flows-2.json figures[351]': {
    expect: { subject: 'automaker:maruti-suzuki', value: 40 },
    period: '2024-04..2024-10',
    why: "the share covers April to October 2024 (the page's 181,444 units of those months), not November 2024, the month of the page",
  },
  'trade-flows-2.json figures[421]': {
    expect: { subject: 'country:US', value: 18849 },
    flow: 'IMPORTS',
    exporterId: 'country:CN',
    destination: 'country:US',
    why: "light vehicles imported by China from the US (CADA counts China's imports): imports of China from the United States, not a US count of exports",
  },
  'makers-2.json figures[105]': {
    expect: { subject: 'brand:deepal', value: 450000 },
    flow: 'SALES',
    why: 'the page gives a yearly sales target (Asia and Europe included), not an output: a SALES target',
  },
  'makers-1.json figures[45]': {
    expect: { subject: 'brand:mg', value: 660000 },
    flow: 'SALES',
    why: "MG's global sales including China: SALES to the world, not sales outside its home country",
  },
  'trade-flows-2.json figures[273]': {
    expect: { subject: 'country:US', value: 18 },
    flow: 'IMPORTS',
    exporterId: 'country:US',
    destination: 'country:MX',
    why: 'the share of US light-vehicle sales assembled in Mexico: an import share of the US market by origin',
  },
};

/** Figures left out one by one, by input, with why. */
export const FIGURE_EXCLUSIONS: Readonly<Record<string, string>> = {
  'trade-flows.json figures[422]': "the same 40% share of India's passenger-car exports as trade-flows-2.json figures[351], from the same page (Business Standard, 2024-11-25), which gives its months (April to October 2024): one figure",
};
