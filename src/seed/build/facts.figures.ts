/**
 * Figures from the facts: the flow a metric counts, whose flow it is (a country's brands are the
 * country's, with a note), where it went, what was counted and how, the period, who reported it and
 * the page. Capacity and investment of a factory become claims; a number that is not a flow of the
 * model (a share of a fleet, exports including parts, a rank) is left out with the reason.
 */

import { type Context, kindOf, normaliseId } from './facts.context';
import { AGGREGATES, FIGURE_FIXES, FIGURE_EXCLUSIONS } from './facts.curation';
import { claimUnitKnown, figureClaim } from './facts.factories';
import { marketFor } from './facts.markets';
import { parsePeriod, type Period } from './facts.parse';
import type { FactFigure, FactRelation, Input } from './facts.types';

type Flow = 'EXPORTS' | 'IMPORTS' | 'PRODUCTION' | 'SALES' | 'OVERSEAS_SALES';

const FLOWS: Record<string, Flow> = {
  vehicle_exports: 'EXPORTS',
  passenger_car_exports: 'EXPORTS',
  nev_exports: 'EXPORTS',
  export_value: 'EXPORTS',
  overseas_sales: 'OVERSEAS_SALES',
  sales_in_market: 'SALES',
  market_share: 'SALES',
  production: 'PRODUCTION',
  imports: 'IMPORTS',
};

const CURRENCIES = ['USD', 'EUR', 'JPY', 'GBP'];
const BASES: Record<string, string> = { official: 'OFFICIAL', estimate: 'ESTIMATE', forecast: 'FORECAST', target: 'TARGET', planned: 'FORECAST' };
/** Reporters whose counts come from customs or trade statistics (countedBy CUSTOMS). */
const CUSTOMS_REPORTERS = new Set(['org:china-customs', 'org:japan-customs', 'org:korea-customs', 'org:russia-fcs', 'org:japan-mof', 'org:us-census', 'org:us-commerce', 'org:eurostat', 'org:zatca', 'org:itc', 'org:worlds-top-exports', 'org:wto']);

/** Words of a qualifier that make a country's sales its brands' sales. */
const BRAND_WORDS = /brand|automakers|carmakers|makers|manufacturers\b|groups/i;
/** Words of a qualifier that make a country's sales in a market the cars made there (the market's imports). */
const ORIGIN_WORDS = /-made|-built|made in|built in|-origin(?! brands?)|\bof \p{L}+ origin\b(?! brands?)|-manufactured|country of manufacture|by origin|regardless of brand|shipped from|by value \(ITC\)|car imports|\bfrom (China|Japan|Korea|India|Thailand|Mexico)\b/iu;

/**
 * A note in our words: the qualifier of the gathering without the phrases it quotes from the page
 * (quoted spans of three words or more).
 */
export function noteOf(qualifier: string): string | null {
  const cleaned = qualifier
    .replace(/(?<![\p{L}\d])['"“‘][^'"”’]*?\s[^'"”’]*?\s[^'"”’]*?['"”’](?![\p{L}])/gu, '')
    // A word or two in quotes is a plain word of ours: written without the quotes.
    .replace(/(?<![\p{L}\d])['"“‘]([^'"”’\s]+(?:\s[^'"”’\s]+)?)['"”’](?![\p{L}])/gu, '$1')
    .replace(/\s*;\s*;/g, ';')
    .replace(/\s+;/g, ';')
    .replace(/^[\s;,.]+|[\s;,]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/** Why a figure's text makes it no flow of the model, or null. */
function notAFlow(f: FactFigure): string | null {
  const q = f.qualifier;
  if (/\bparts\b/i.test(q)) return 'counts automotive parts as well as vehicles';
  if (/share of car parc|registered fleet/i.test(q)) return 'a share of the registered fleet, not of sales';
  if (/share of petrol vehicles/i.test(q)) return 'a share of petrol cars in exports: no vehicle class for petrol cars';
  if (/share of japan's total exports|share of .* total exports to/i.test(q)) return "a share of all of a country's exports (every good), not of a vehicle flow";
  if (/share of .*output exported/i.test(q)) return "the exported share of a country's output: not a share of a market or destination";
  if (/\bsubset of\b/i.test(q)) return "a few of a country's brands combined: neither one brand nor all of the country's brands";
  if (/likely CAD|currency as stated/i.test(q)) return 'the currency is not certain (the page writes $, most likely Canadian dollars)';
  if (/ambiguous scope|Russian market as stated/i.test(q)) return 'the page leaves unclear what the share is of';
  if (/^annual|^unspecified|^future|^planned|^\.\.|\d{4}s$/.test(f.period.trim()) && f.basis !== 'target') return `the period ${JSON.stringify(f.period)} names no months or years`;
  if (USED_ONLY.test(q) && !/\bincl(\.|udes?|uding)\s+used\b/i.test(q)) return 'counts used vehicles only (or mostly): the model counts new vehicles, and has no class for used cars';
  if (/\b(two|three)[- ]wheelers?\b|\bmotorcycles?\b|\bscooters?\b/i.test(q)) return 'counts two- and three-wheelers: not vehicles as the model counts them (cars, buses and commercial vehicles)';
  if (/\b(orders|pre-?orders|bookings|reservations)\b/i.test(q)) return 'orders, not deliveries: not a sale';
  // A total since some start, given for one year or month, is not that year's or month's figure.
  if (/\bcumulative\b|\bnot annual\b/i.test(q) && !f.period.includes('..')) return `a cumulative total to the end of ${f.period}, not the figure of ${/^\d{4}$/.test(f.period.trim()) ? 'that year' : 'that period'} (no page gives when the count began)`;
  return null;
}

/** Words of a qualifier that say the figure counts used vehicles only, or mostly ("used cars only", "(used)", "used-car exports"). */
const USED_ONLY = /\bused[- ]cars?\b|\(used\)|\(mostly used\)|\bused vehicles? only\b/i;

/**
 * A brand's figure that counts it with another brand ("Omoda and Jaecoo combined", "Omoda & Jaecoo
 * global cumulative sales"): the words naming the two, or null.
 */
export function withAnotherBrand(brandId: string, qualifier: string): string | null {
  const key = brandId.slice(brandId.indexOf(':') + 1).replace(/-/g, '[- ]');
  const m = new RegExp(`\\b${key}\\s*(?:&|\\band\\b|\\+|/)\\s*([\\p{L}][\\p{L}\\d-]*)`, 'iu').exec(qualifier);
  return m === null ? null : m[0];
}

/** The metric of a figure from its unit and meaning. */
function metricOf(f: FactFigure): string | null {
  if (f.unit === 'vehicles') return 'UNITS';
  if (CURRENCIES.includes(f.unit)) return `VALUE_${f.unit}`;
  if (f.unit === 'percent') return /\bgrowth\b|y\/y/i.test(f.qualifier) && !/\bshare\b/i.test(f.qualifier) ? 'GROWTH_PERCENT' : 'SHARE_PERCENT';
  return null;
}

/** The vehicle class a figure counts. */
function classOf(f: FactFigure): string {
  if (f.metric === 'nev_exports' || f.counts === 'new energy vehicles') return 'NEW_ENERGY_VEHICLES';
  if (f.metric === 'passenger_car_exports' || f.counts === 'passenger cars') return 'PASSENGER_CARS';
  if (/light[- ]vehicles?|light and medium|passenger( cars?)? \+ (LCVs?|light commercial)|cars ?\+ ?LCVs?|passenger cars and LCVs/i.test(f.qualifier)) return 'LIGHT_VEHICLES';
  if (/commercial vehicle|\bcargo\b|\btrucks?\b(?! and)/i.test(f.qualifier) && !/passenger|cars,|buses and trucks|incl(\.|uding)[^;]*commercial|cars \+ commercial/i.test(f.qualifier)) return 'COMMERCIAL_VEHICLES';
  return 'ALL_VEHICLES';
}

const SLUG_PERIOD = (p: Period, text: string): string => {
  const fy = /^(FY\S+)/.exec(text.trim());
  if (fy !== null) return fy[1]?.toLowerCase().replace(/[^a-z0-9]+/g, '-') ?? 'fy';
  const s = p.start;
  const e = p.end;
  if (s.slice(5) === '01-01' && e.slice(5) === '12-31' && s.slice(0, 4) === e.slice(0, 4)) return s.slice(0, 4);
  if (s.slice(0, 7) === e.slice(0, 7) && s.slice(8) === '01') return s.slice(0, 7);
  if (s === e) return s;
  return `${s.slice(0, 7)}-to-${e.slice(0, 7)}`;
};

/** A reporter's key for figure ids, at most three words ("israel-vehicle-importers"). */
const shortKey = (id: string): string => keyPart(id).split('-').slice(0, 3).join('-');

/** The key part of an id for figure ids ("byd" of automaker:byd, "cn" of country:CN). */
const keyPart = (id: string): string => id.slice(id.indexOf(':') + 1).toLowerCase();

/** The figures and factory claims of all figure records, and the country exports a relation gives a value. */
export function buildFigures(ctx: Context): void {
  for (const input of ctx.figures) buildFigure(ctx, input);
  for (const input of ctx.pendingCountryExports) buildCountryExportFigure(ctx, input);
}

function buildFigure(ctx: Context, input: Input<FactFigure>): void {
  const f = input.record;
  const leave = (why: string): void => ctx.leave(input as Input<unknown>, why);
  const excluded = FIGURE_EXCLUSIONS[input.ref];
  if (excluded !== undefined) return leave(excluded);
  const fix = FIGURE_FIXES[input.ref];
  if (fix !== undefined && (fix.expect.subject !== f.subject || fix.expect.value !== f.value)) {
    throw new Error(`FIGURE_FIXES ${input.ref}: expected subject ${fix.expect.subject} and value ${fix.expect.value}, got ${f.subject} and ${f.value} (the input changed)`);
  }
  if (fix !== undefined) ctx.report(input.ref, fix.why, [input]);
  const subjectId = normaliseId(f.subject);
  if (subjectId === null) return leave(`the subject ${JSON.stringify(f.subject)} has no kind:key form`);
  const periodText = fix?.period ?? f.period;
  const period = parsePeriod(periodText);

  // Capacity and investment: of a factory, claims; of a company or country, no flow of the model.
  if (f.metric === 'capacity' || f.metric === 'investment') {
    if (kindOf(subjectId) === 'factory') {
      if (ctx.missing.has(subjectId) || (!ctx.hasCandidate('factories', subjectId) && !ctx.baseById.has(subjectId))) return leave(`${subjectId} is not in the graph: ${ctx.missing.get(subjectId) ?? 'no record'}`);
      if (/\(x12\)|x12\b/i.test(f.qualifier)) return leave('a yearly capacity the gathering computed from a monthly one (×12): not stated by the page');
      if (/incl\. battery|battery JVs/i.test(f.qualifier)) return leave('includes the battery joint ventures: not the plant');
      if (!claimUnitKnown(f.metric === 'capacity' ? 'VEHICLES_PER_YEAR' : f.unit)) return leave(`the claim units lack ${f.unit} (amounts are never converted)`);
      if (!figureClaim(ctx, input, subjectId, period?.end ?? null)) return leave('no date for the claim (undated page, no period)');
      return;
    }
    return leave(`${f.metric} of ${subjectId}${f.destination !== null ? ` in ${f.destination}` : ''}: the model has no flow for a company's or country's ${f.metric} (only a factory's claims)`);
  }
  // A "market share" of exports is a share of a flow of exports.
  let flow: Flow | undefined = fix?.flow ?? (f.metric === 'market_share' && /\bexports?\b/i.test(f.qualifier) && !/imports/i.test(f.qualifier) ? 'EXPORTS' : FLOWS[f.metric]);
  if (flow === undefined) return leave(`the metric ${f.metric} is not a flow of the model`);
  /** For sales read as imports: the country the cars came from (the figure's subject). */
  let originOf: string | null = null;
  const why = notAFlow(f);
  if (why !== null) return leave(why);
  const metric = metricOf(f);
  if (metric === null) return leave(`the unit ${f.unit} is not a metric of the model`);
  if (period === null) {
    if (f.basis === 'target' && /\d{4}/.test(f.period)) return leave(`the target period ${JSON.stringify(f.period)} has no months`);
    return leave(`the period ${JSON.stringify(f.period)} names no months or years the figure covers (or a fiscal year without its months)`);
  }

  // Whose flow: a country's brands are the country's; the whole market is the market's.
  let note: string | null = noteOf(f.qualifier);
  let exporterId: string = subjectId;
  const aggregate = AGGREGATES[subjectId];
  if (aggregate !== undefined) {
    exporterId = aggregate.countryId;
    note = note === null ? aggregate.note : `${aggregate.note}; ${note}`;
  }
  if (fix?.exporterId !== undefined) exporterId = fix.exporterId;
  const subjectKind = kindOf(exporterId);
  if (subjectKind === 'org') return leave(`${exporterId} is an organization (a distributor group), not a seller of the model`);
  if (/hyundai ?\+ ?kia|hyundai group \(hyundai\+kia\)|hyundai and kia combined/i.test(f.qualifier)) return leave('Hyundai and Kia combined (Hyundai Motor Group): the graph has no record for the group, and the figure is not Hyundai\'s');
  const together = kindOf(subjectId) === 'brand' ? withAnotherBrand(subjectId, f.qualifier) : null;
  if (together !== null) return leave(`${together} together: not one brand (no record stands for the two)`);
  if (subjectKind === 'country' && flow === 'SALES' && aggregate === undefined && f.destination !== null && normaliseId(f.destination) === exporterId) {
    // A country's own total market: the market is the seller.
    exporterId = ctx.countries.ownMarketId(exporterId.slice('country:'.length));
    const m = marketFor(ctx, f.destination, input as Input<unknown>, true);
    if ('leave' in m) return leave(m.leave);
  } else if (subjectKind === 'country' && flow === 'SALES' && aggregate === undefined && f.destination !== null && note !== null && !BRAND_WORDS.test(note) && ORIGIN_WORDS.test(note) && fix?.asBrands !== true) {
    // Sales in a market of cars made in a country are that market's imports from the country.
    const importer = marketFor(ctx, f.destination, input as Input<unknown>, false);
    if ('leave' in importer) return leave(importer.leave);
    const dest = normaliseId(f.destination);
    exporterId = dest !== null && kindOf(dest) === 'country' ? dest : 'id' in importer ? importer.id : 'market:world';
    originOf = subjectId;
    flow = 'IMPORTS';
  } else if (subjectKind === 'country' && flow === 'SALES' && aggregate === undefined) {
    const code = exporterId.slice('country:'.length);
    const brandsNote = `brands of ${ctx.countries.name(code)}`;
    note = note === null ? brandsNote : /brands? of/i.test(note) ? note : `${brandsNote}; ${note}`;
  }
  if (kindOf(subjectId) === 'market' && aggregate === undefined) {
    const m = marketFor(ctx, f.subject, input as Input<unknown>, false);
    if ('leave' in m) return leave(m.leave);
    exporterId = 'id' in m ? m.id : 'market:world';
  }
  if (!['country', 'automaker', 'brand', 'factory', 'market'].includes(kindOf(exporterId))) return leave(`${exporterId} cannot be whose flow a figure counts`);

  // Where it went (EXPORTS), came from (IMPORTS), or happened (SALES, PRODUCTION); world → null.
  let destinationId: string | null = null;
  const destRaw = fix?.destination !== undefined ? fix.destination : originOf ?? f.destination;
  if (destRaw !== null && destRaw !== undefined) {
    const m = marketFor(ctx, destRaw, input as Input<unknown>, true);
    if ('leave' in m) return leave(m.leave);
    destinationId = 'id' in m ? m.id : null;
  }
  const reporterRaw = f.reporter === null ? null : normaliseId(f.reporter);
  const reporterId = reporterRaw !== null && kindOf(reporterRaw) === 'org' ? reporterRaw : null;
  const vehicleClass = classOf(f);
  const countedBy = f.counts === 'incl. used' || (reporterId !== null && CUSTOMS_REPORTERS.has(reporterId) && (flow === 'EXPORTS' || flow === 'IMPORTS')) ? 'CUSTOMS' : 'MANUFACTURERS';
  if (period.remark !== null) note = note === null ? period.remark : `${period.remark}; ${note}`;
  if (fix?.note !== undefined) note = fix.note;
  const flowWord = { EXPORTS: 'exports', IMPORTS: 'imports', PRODUCTION: 'production', SALES: 'sales', OVERSEAS_SALES: 'overseas-sales' }[flow];
  const metricWord = { UNITS: 'units', SHARE_PERCENT: 'share', GROWTH_PERCENT: 'growth' }[metric] ?? metric.slice('VALUE_'.length).toLowerCase();
  const classWord = { ALL_VEHICLES: '', PASSENGER_CARS: '-pc', NEW_ENERGY_VEHICLES: '-nev', LIGHT_VEHICLES: '-lv', BUSES: '-bus', COMMERCIAL_VEHICLES: '-cv' }[vehicleClass] ?? '';
  const dest = destinationId === null ? 'world' : keyPart(destinationId);
  const who = reporterId !== null ? shortKey(reporterId) : ctx.publisherWord(input as Input<unknown>);
  const id = `figure:${keyPart(exporterId)}-${dest}-${SLUG_PERIOD(period, periodText)}-${flowWord}-${metricWord}${classWord}-${who}`;
  ctx.add(
    'figures',
    {
      id,
      exporterId,
      destinationId,
      flow,
      metric,
      value: f.value,
      basis: BASES[f.basis] ?? 'OFFICIAL',
      vehicleClass,
      countedBy,
      periodStart: period.start,
      periodEnd: period.end,
      reporterId,
      sourceId: ctx.src(input),
      doubtful: /\b(doubtful|unverified)\b/i.test(f.qualifier),
      note: note !== null && note.length > 300 ? `${note.slice(0, 297)}…` : note,
      _reporterRaw: f.reporter,
    },
    [input],
  );
}

/** A country → country exports_to with a number of units: a figure of the exporting country. */
function buildCountryExportFigure(ctx: Context, input: Input<FactRelation>): void {
  const r = input.record;
  const period = typeof r.props['period'] === 'string' ? parsePeriod(r.props['period']) : null;
  const exporterId = normaliseId(r.from);
  if (period === null || exporterId === null) {
    ctx.leave(input as Input<unknown>, 'units without a period: not a figure');
    return;
  }
  const m = marketFor(ctx, r.to, input as Input<unknown>, true);
  if ('leave' in m) {
    ctx.leave(input as Input<unknown>, m.leave);
    return;
  }
  const destinationId = 'id' in m ? m.id : null;
  const reporterRaw = typeof r.props['reporter'] === 'string' ? normaliseId(r.props['reporter']) : null;
  const id = `figure:${keyPart(exporterId)}-${destinationId === null ? 'world' : keyPart(destinationId)}-${SLUG_PERIOD(period, String(r.props['period']))}-exports-units-${reporterRaw !== null ? shortKey(reporterRaw) : ctx.publisherWord(input as Input<unknown>)}`;
  const rank = r.props['rank_as_destination'];
  ctx.add(
    'figures',
    {
      id,
      exporterId,
      destinationId,
      flow: 'EXPORTS',
      metric: 'UNITS',
      value: r.props['units'],
      basis: 'OFFICIAL',
      vehicleClass: r.props['counts'] === 'new energy vehicles' ? 'NEW_ENERGY_VEHICLES' : r.props['counts'] === 'passenger cars' ? 'PASSENGER_CARS' : 'ALL_VEHICLES',
      countedBy: 'MANUFACTURERS',
      periodStart: period.start,
      periodEnd: period.end,
      reporterId: reporterRaw,
      sourceId: ctx.src(input),
      doubtful: false,
      note: typeof rank === 'number' ? `destination no. ${rank}` : null,
      _reporterRaw: r.props['reporter'] ?? null,
    },
    [input],
  );
}
