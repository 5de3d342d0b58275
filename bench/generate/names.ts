/**
 * Word material for synthetic names: syllables in a few styles, suffixes that real company names use
 * (so full-text search for "motor" or "plant" finds more as the scale grows), real city names of the
 * big car-making countries, and the two-letter codes synthetic countries may use.
 */

import type { Random } from './random';

/** A style of made-up words. */
export type NameStyle = 'chinese' | 'japanese' | 'korean' | 'european' | 'generic';

const SYLLABLES: Record<NameStyle, { parts: readonly string[]; min: number; max: number }> = {
  chinese: {
    parts: ['xing', 'he', 'kai', 'yun', 'long', 'hua', 'feng', 'tian', 'jia', 'ming', 'rui', 'an', 'bao', 'chang', 'da', 'hong',
      'jin', 'ling', 'qi', 'sheng', 'tai', 'wei', 'xin', 'yu', 'zhi', 'guang', 'hai', 'lan', 'shan', 'yuan', 'chen', 'fu'],
    min: 2,
    max: 2,
  },
  japanese: {
    parts: ['ta', 'ka', 'ra', 'mi', 'no', 'ri', 'su', 'ko', 'ha', 'shi', 'ma', 'to', 'ya', 'ki', 'na', 'mo', 'sa', 'yo', 'ku', 'ro', 'ze', 'fu'],
    min: 3,
    max: 3,
  },
  korean: {
    parts: ['han', 'seo', 'jin', 'min', 'dae', 'sung', 'hyun', 'kyung', 'won', 'tae', 'chan', 'do', 'yeon', 'gwang'],
    min: 2,
    max: 2,
  },
  european: {
    parts: ['vel', 'ton', 'ar', 'dia', 'mer', 'cor', 'ost', 'ria', 'len', 'var', 'bel', 'dro', 'kan', 'tis', 'mon', 'ro', 'sel', 'vin',
      'tal', 'gar', 'ner', 'lux', 'ka', 'por', 'ber', 'stein', 'au', 'lin'],
    min: 2,
    max: 3,
  },
  generic: {
    parts: ['ka', 'lo', 'mar', 'ven', 'do', 'ra', 'sun', 'tel', 'ia', 'bo', 'ni', 'zar', 'ol', 'que', 'ta', 'ru', 'ma', 'lin', 'sa', 'go',
      'wen', 'di', 'cor', 'ba'],
    min: 2,
    max: 3,
  },
};

/** A made-up, capitalised word in a style, e.g. "Xinghe", "Takara", "Velmonria". */
export function word(random: Random, style: NameStyle): string {
  const { parts, min, max } = SYLLABLES[style];
  const count = random.int(min, max);
  let text = '';
  for (let i = 0; i < count; i += 1) text += random.pick(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Name style of a country code (synthetic countries and the rest: generic). */
export function styleOf(code: string): NameStyle {
  if (code === 'CN' || code === 'TW') return 'chinese';
  if (code === 'JP') return 'japanese';
  if (code === 'KR') return 'korean';
  if (['DE', 'FR', 'IT', 'ES', 'GB', 'SE', 'CZ', 'AT', 'NL', 'BE', 'PL', 'HU', 'SK', 'RO', 'PT', 'CH'].includes(code)) return 'european';
  return 'generic';
}

/** Second words of automaker names; the common tokens make full-text search find more at larger scales. */
export const AUTOMAKER_SUFFIXES = [
  'Motor',
  'Motors',
  'Auto',
  'Automobile',
  'Automotive',
  'New Energy',
  'EV',
  'Vehicles',
  'Cars',
  'Mobility',
  'Motor Group',
  'Auto Works',
] as const;

/** Last words of factory names. */
export const FACTORY_SUFFIXES = ['Plant', 'Plant', 'Plant', 'Assembly Plant', 'Works', 'Factory', 'EV Plant', 'Battery Plant'] as const;

/** What factories make. */
export const PRODUCTS = [
  'passenger cars',
  'electric vehicles',
  'plug-in hybrids',
  'hybrids',
  'SUVs',
  'pickups',
  'light commercial vehicles',
  'buses',
  'batteries',
  'engines',
] as const;

/** Real cities of the big car-making countries (factory locations). Other countries get made-up towns. */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  CN: ['Shanghai', 'Shenzhen', 'Hefei', 'Xi\'an', 'Changsha', 'Wuhan', 'Chongqing', 'Guangzhou', 'Tianjin', 'Ningbo', 'Hangzhou',
    'Changchun', 'Zhengzhou', 'Chengdu', 'Wuhu', 'Baoding', 'Liuzhou', 'Jinan', 'Qingdao', 'Shenyang'],
  JP: ['Toyota City', 'Nagoya', 'Hiroshima', 'Hamamatsu', 'Oppama', 'Tochigi', 'Suzuka', 'Kyushu', 'Sayama', 'Ota'],
  DE: ['Wolfsburg', 'Zwickau', 'Ingolstadt', 'Stuttgart', 'Munich', 'Leipzig', 'Dresden', 'Emden', 'Regensburg', 'Bremen'],
  US: ['Detroit', 'Fremont', 'Austin', 'Georgetown', 'Spartanburg', 'Chattanooga', 'Normal', 'Lansing', 'Flint', 'Fort Wayne'],
  KR: ['Ulsan', 'Asan', 'Gwangju', 'Busan', 'Hwaseong', 'Changwon', 'Seosan'],
  IN: ['Chennai', 'Pune', 'Manesar', 'Sanand', 'Bengaluru', 'Halol', 'Hosur'],
  MX: ['Puebla', 'Hermosillo', 'Aguascalientes', 'Silao', 'Saltillo', 'Monterrey', 'Salamanca'],
  BR: ['Camaçari', 'São Bernardo do Campo', 'Betim', 'Anápolis', 'Taubaté', 'Gravataí'],
  FR: ['Sochaux', 'Mulhouse', 'Flins', 'Douai', 'Poissy', 'Rennes'],
  ES: ['Martorell', 'Valladolid', 'Figueruelas', 'Vigo', 'Valencia', 'Barcelona'],
  IT: ['Turin', 'Melfi', 'Cassino', 'Pomigliano', 'Modena'],
  GB: ['Sunderland', 'Solihull', 'Swindon', 'Burnaston', 'Oxford', 'Halewood'],
  TH: ['Rayong', 'Chonburi', 'Samut Prakan', 'Chachoengsao'],
  ID: ['Karawang', 'Bekasi', 'Cikarang', 'Subang'],
  TR: ['Bursa', 'Kocaeli', 'Sakarya', 'Gemlik'],
  RU: ['Togliatti', 'Kaluga', 'Nizhny Novgorod', 'Kaliningrad'],
  HU: ['Szeged', 'Győr', 'Kecskemét', 'Debrecen'],
  CZ: ['Mladá Boleslav', 'Kolín', 'Nošovice'],
  SK: ['Bratislava', 'Trnava', 'Žilina', 'Nitra'],
  PL: ['Tychy', 'Gliwice', 'Poznań'],
  MY: ['Tanjung Malim', 'Shah Alam', 'Rawang'],
  VN: ['Hai Phong', 'Vinh Phuc', 'Quang Nam'],
  UZ: ['Asaka', 'Tashkent'],
  SE: ['Gothenburg', 'Torslanda', 'Uddevalla'],
  BE: ['Ghent', 'Brussels'],
};

/**
 * Every ISO 3166-1 alpha-2 code assigned to a country or territory. Synthetic countries never use one
 * of these, so a real country added to the seeds later cannot meet a synthetic one with its id.
 */
export const ASSIGNED_COUNTRY_CODES: ReadonlySet<string> = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
   GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
   KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
   MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
   SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
   UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/),
);

/** Codes reserved by ISO for other uses (EU, UK, …), formerly used, or in common use anyway (XK Kosovo). */
const RESERVED_CODES: ReadonlySet<string> = new Set(
  `AC CP DG EA EU EZ FX IC SU TA UK UN AN BU CS NT TP YU ZR DY EW FL JA LF PI RA RB RC RH RI RL RM RN RP WG WL WV YV XK`.split(/\s+/),
);

/**
 * Two-letter codes for synthetic countries, in a fixed order: first ISO's user-assigned codes (AA,
 * QM–QZ, XA–XZ, ZZ), then the unassigned, unreserved ones; never an assigned code nor one in `taken`.
 */
export function syntheticCountryCodes(taken: ReadonlySet<string>): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const userAssigned = ['AA', ...'MNOPQRSTUVWXYZ'.split('').map((l) => `Q${l}`), ...letters.split('').map((l) => `X${l}`), 'ZZ'];
  const rest: string[] = [];
  for (const a of letters) for (const b of letters) rest.push(a + b);
  const usable = (code: string): boolean => !ASSIGNED_COUNTRY_CODES.has(code) && !RESERVED_CODES.has(code) && !taken.has(code);
  const ordered = [...userAssigned, ...rest.filter((c) => !userAssigned.includes(c))];
  return ordered.filter(usable);
}

/** A slug of a name: lower-case ASCII letters and digits joined by hyphens ("Xi'an" → "xi-an"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
