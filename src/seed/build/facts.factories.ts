/**
 * Factories from the facts: one record per plant (the working ids of one plant merged), its place,
 * status and dates (a date later than its page is a plan, never a fact), what is built there, its
 * current operator and since when, its former operators, and one capacity or investment claim per
 * source and value (currencies kept as stated).
 */

import { type Candidate, type Context, kindOf, normaliseId, urlOf } from './facts.context';
import { compareText } from './merge';
import {
  CAPACITY_TEXTS,
  DATE_TEXTS,
  STATUS_FIXES,
  FACTORY_EXCLUSIONS,
  FACTORY_HISTORIES,
  INVESTMENT_TEXTS,
  OPERATOR_CHOICE,
  PRODUCT_TEXTS,
  REFERENCED_FACTORIES,
  type FactoryHistory,
} from './facts.curation';
import { byRecency, entitiesById } from './facts.entities';
import { type DateValue, dedupeLabels, laterThanPage, parseDate, parseMoney, saysLowerBound, splitProducts } from './facts.parse';
import { publishedDate } from './facts.sources';
import type { FactEntity, FactFigure, FactRelation, Input } from './facts.types';
import { compareDates } from './merge';
import { CLAIM_UNITS, valuesOf } from '../../common/vocabulary';

export type FactoryStatus = 'OPERATING' | 'UNDER_CONSTRUCTION' | 'ANNOUNCED' | 'CLOSED';
const STATUS: Record<string, FactoryStatus> = { operating: 'OPERATING', under_construction: 'UNDER_CONSTRUCTION', announced: 'ANNOUNCED', closed: 'CLOSED' };

/** A date given as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' in the curation. */
export function curatedDate(text: string | null | undefined): DateValue | null {
  if (text === null || text === undefined) return null;
  const d = parseDate(text);
  if (d === null) throw new Error(`curation: expected a date YYYY[-MM[-DD]], got ${JSON.stringify(text)}`);
  return { date: d.date, precision: d.precision };
}

/**
 * A date of a page's props as a fact: null when the text names a plan ("planned 2026") or a date
 * later than the page itself (a plan when it was written), with the reason.
 */
export function factDate(ctx: Context, input: Input<unknown>, text: unknown): { value: DateValue | null; dropped: string | null } {
  if (text === null || text === undefined || text === '') return { value: null, dropped: null };
  const s = String(text);
  const listed = DATE_TEXTS[s];
  if (listed !== undefined) return { value: curatedDate(listed.date), dropped: listed.date === null ? listed.why : null };
  const d = parseDate(s);
  if (d === null) return { value: null, dropped: `${JSON.stringify(s)} is not a date` };
  if (d.planned) return { value: null, dropped: `${JSON.stringify(s)} is a plan` };
  const page = publishedDate(ctx.pages.get(urlOf(input))?.published ?? 'undated');
  // Compared at the precision the text gives: "2025-Q2" on a page of 2025-02 is a plan.
  if (page.date !== null && page.precision !== null && laterThanPage(d, page as DateValue)) return { value: null, dropped: `${JSON.stringify(s)} is later than its page (${page.date.slice(0, 7)}): a plan when written` };
  return { value: { date: d.date, precision: d.precision }, dropped: null };
}

/** Every date a text names ("sold 2023-04; closed 2022-03-31" → two), as dates. */
function datesIn(text: unknown): DateValue[] {
  if (typeof text !== 'string' && typeof text !== 'number') return [];
  const out: DateValue[] = [];
  for (const m of String(text).matchAll(/(?<![\d.])\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d)/g)) {
    const d = parseDate(m[0]);
    if (d !== null) out.push({ date: d.date, precision: d.precision });
  }
  return out;
}

/** Whether two dates may be one (one within the other: 2024-01 and 2024-01-24). */
const coincide = (a: DateValue, b: DateValue): boolean => compareDates(a.date, a.precision, b.date, b.precision) !== null;

/**
 * The records that state a company's tenure of a factory ended on a date: the factory's own records
 * whose closure, or a date of their note, is that date ("closed 2024-01-24; sale completed"), and
 * the records of another company taking the plant over then (a 100% stake, or its operation, from
 * that date, at least as precise). `holder` is the company whose tenure ended.
 */
export function recordsStatingEnd(ctx: Context, factoryId: string, holder: string, end: DateValue): Input<unknown>[] {
  const out: Input<unknown>[] = [];
  for (const e of ctx.entities) {
    if (normaliseId(e.record.id) !== factoryId) continue;
    const dates = [...datesIn(e.record.props['closed']), ...datesIn(e.record.props['note'])];
    if (dates.some((d) => coincide(d, end))) out.push(e as Input<unknown>);
  }
  const rank: Record<string, number> = { YEAR: 1, MONTH: 2, DAY: 3 };
  for (const r of ctx.relations) {
    const t = r.record.type;
    if ((t !== 'owns_stake_in' && t !== 'operates') || normaliseId(r.record.to) !== factoryId) continue;
    let from = normaliseId(r.record.from);
    if (from !== null && kindOf(from) === 'brand') from = ctx.brandOwner.get(from) ?? from;
    if (from === null || from === holder || (t === 'owns_stake_in' && r.record.props['percent'] !== 100)) continue;
    const since = factDate(ctx, r as Input<unknown>, r.record.props['since']).value;
    if (since !== null && (rank[since.precision] ?? 0) >= (rank[end.precision] ?? 0) && coincide(since, end)) out.push(r as Input<unknown>);
  }
  return out;
}

interface Operator {
  id: string;
  inputs: Input<FactRelation>[];
  since: DateValue | null;
  until: DateValue | null;
  planned: boolean;
}

const PLAN_WORDS = /\b(planned|plan|considered|announced|abandoned)\b/i;

/** The operators the operates relations name for a factory, with their dates (plans are not dates). */
function operatorsOf(ctx: Context, relations: Input<FactRelation>[]): Operator[] {
  const byId = new Map<string, Operator>();
  for (const r of relations) {
    let id = normaliseId(r.record.from);
    if (id === null) continue;
    if (kindOf(id) === 'brand') id = ctx.brandOwner.get(id) ?? id; // a brand runs a plant through its owner
    const op = byId.get(id) ?? { id, inputs: [], since: null, until: null, planned: false };
    op.inputs.push(r);
    const props = r.record.props;
    const since = factDate(ctx, r as Input<unknown>, props['since']).value;
    if (since !== null && (op.since === null || since.date < op.since.date)) op.since = since;
    const until = factDate(ctx, r as Input<unknown>, props['until']).value;
    if (until !== null && (op.until === null || until.date > op.until.date)) op.until = until;
    if (props['basis'] === 'planned' || PLAN_WORDS.test(String(props['status'] ?? '')) || PLAN_WORDS.test(String(props['start'] ?? '')) || /production planned/i.test(String(props['note'] ?? ''))) op.planned = true;
    byId.set(id, op);
  }
  return [...byId.values()];
}

const DATE_FIELDS = [
  ['announced', 'announced'],
  ['construction_started', 'constructionStarted'],
  ['opened', 'opened'],
  ['closed', 'closed'],
] as const;

/** All factory records, former operators and claims. */
export function buildFactories(ctx: Context): void {
  const groups = entitiesById(ctx);
  const relations = ctx.relations.filter((r) => ['operates', 'located_in'].includes(r.record.type));
  const ids = new Set<string>([...groups.keys()].filter((id) => kindOf(id) === 'factory'));
  for (const r of ctx.relations) {
    for (const end of [r.record.from, r.record.to]) {
      const id = normaliseId(end);
      if (id !== null && kindOf(id) === 'factory') ids.add(id);
    }
  }
  for (const id of [...ids].sort()) {
    const records = byRecency(ctx, groups.get(id) ?? []);
    const ops = byRecency(
      ctx,
      relations.filter((r) => r.record.type === 'operates' && normaliseId(r.record.to) === id),
    );
    const located = byRecency(
      ctx,
      relations.filter((r) => r.record.type === 'located_in' && normaliseId(r.record.from) === id),
    );
    const excluded = FACTORY_EXCLUSIONS[id];
    if (excluded !== undefined) {
      ctx.missing.set(id, excluded);
      for (const i of [...records, ...ops, ...located]) ctx.leave(i as Input<unknown>, `${id} left out: ${excluded}`);
      continue;
    }
    const curated = ctx.baseById.get(id);
    if (records.length === 0 && curated === undefined) {
      buildReferencedFactory(ctx, id, ops, located);
      continue;
    }
    buildFactory(ctx, id, records, ops, located);
  }
}

/** A factory the facts name only in relations: created from REFERENCED_FACTORIES, or left out. */
function buildReferencedFactory(ctx: Context, id: string, ops: Input<FactRelation>[], located: Input<FactRelation>[]): void {
  const listed = REFERENCED_FACTORIES[id];
  if (listed === undefined || 'leaveOut' in listed) {
    const why = listed !== undefined && 'leaveOut' in listed ? listed.leaveOut : 'named by a relation only, with nothing known about it';
    ctx.missing.set(id, why);
    for (const i of [...ops, ...located]) ctx.leave(i as Input<unknown>, `${id} left out: ${why}`);
    return;
  }
  const operators = operatorsOf(ctx, ops);
  const operator = operators[0];
  if (operator === undefined) throw new Error(`REFERENCED_FACTORIES ${id}: no operator`);
  const announced = curatedDate(listed.announced);
  ctx.add(
    'factories',
    {
      id,
      name: listed.name,
      automakerId: operator.id,
      countryId: listed.countryId,
      city: null,
      status: listed.status,
      products: [],
      announced: announced?.date ?? null,
      announcedPrecision: announced?.precision ?? null,
      constructionStarted: null,
      constructionStartedPrecision: null,
      opened: null,
      openedPrecision: null,
      closed: null,
      closedPrecision: null,
      capacityPerYear: null,
      roles: [],
      operatedSince: null,
      operatedSincePrecision: null,
      sources: [...new Set([...ops, ...located].map((i) => ctx.src(i)))],
    },
    [...ops, ...located],
  );
}

/** One factory from its records, its operates and located_in relations, and the curation. */
function buildFactory(ctx: Context, id: string, records: Input<FactEntity>[], ops: Input<FactRelation>[], located: Input<FactRelation>[]): void {
  const curated = ctx.baseById.get(id);
  const history: FactoryHistory | undefined = FACTORY_HISTORIES[id];
  const operators = operatorsOf(ctx, ops);

  // Place.
  const countries = [
    ...records.map((r) => (typeof r.record.props['country'] === 'string' ? `country:${String(r.record.props['country']).toUpperCase()}` : null)),
    ...located.map((r) => normaliseId(r.record.to)),
  ].filter((c): c is string => c !== null && kindOf(c) === 'country');
  const countryId = (curated?.['countryId'] as string | undefined) ?? countries[0];
  if (countryId === undefined) {
    const why = 'no page gives its country';
    ctx.missing.set(id, why);
    for (const i of [...records, ...ops, ...located]) ctx.leave(i as Input<unknown>, `${id} left out: ${why}`);
    return;
  }
  const otherCountries = [...new Set(countries.filter((c) => c !== countryId))];
  if (otherCountries.length > 0) ctx.report(id, `country ${countryId} kept; other pages say ${otherCountries.join(', ')}`);
  const city = (curated?.['city'] as string | null | undefined) ?? records.map((r) => r.record.props['city']).find((c): c is string => typeof c === 'string' && c !== '') ?? null;

  // Operator: the curation's history, the choice table, else the one operator with no end date.
  let operatorId: string | null = history?.operator ?? OPERATOR_CHOICE[id]?.operator ?? null;
  const current = operators.filter((o) => o.until === null && !(history?.notOperators?.[o.id] !== undefined));
  const ended = operators.filter((o) => o.until !== null);
  if (operatorId === null) {
    const prefixed = current.find((o) => id.startsWith(`factory:${o.id.slice('automaker:'.length)}-`));
    operatorId = prefixed?.id ?? current[0]?.id ?? [...ended].sort((a, b) => compareText(b.until?.date ?? '', a.until?.date ?? ''))[0]?.id ?? (curated?.['automakerId'] as string | undefined) ?? null;
  }
  if (operatorId === null) {
    const why = 'no page names who runs it';
    ctx.missing.set(id, why);
    for (const i of [...records, ...ops, ...located]) ctx.leave(i as Input<unknown>, `${id} left out: ${why}`);
    return;
  }
  if (curated !== undefined && curated['automakerId'] !== operatorId) {
    if (history === undefined) {
      ctx.report(id, `operator ${String(curated['automakerId'])} of the curated record kept; the facts name ${operatorId}`);
      operatorId = String(curated['automakerId']);
    } else ctx.report(id, `operator ${operatorId} replaces the curated ${String(curated['automakerId'])}: ${history.why}`);
  }
  const operator = operators.find((o) => o.id === operatorId);
  for (const other of current) {
    if (other.id !== operatorId && history === undefined) ctx.report(id, `${other.id} also runs it (a partner): the record keeps one operator, ${operatorId}${OPERATOR_CHOICE[id] !== undefined ? ` (${OPERATOR_CHOICE[id]?.why})` : ''}`, other.inputs);
  }
  for (const [notId, why] of Object.entries(history?.notOperators ?? {})) {
    for (const o of operators.filter((x) => x.id === notId)) for (const i of o.inputs) ctx.leave(i as Input<unknown>, `${notId} did not run ${id}: ${why}`);
  }

  // Dates, status, products and capacity from the records (most recent page first).
  const fields: Record<string, DateValue | null> = { announced: null, constructionStarted: null, opened: null, closed: null };
  const statuses: { status: FactoryStatus; input: Input<unknown> }[] = [];
  const products: string[] = [];
  let capacityPerYear: number | null = null;
  const withDates: Input<unknown>[] = [...records, ...(operator?.inputs ?? [])] as Input<unknown>[];
  for (const r of withDates) {
    const props = (r.record as FactEntity | FactRelation).props;
    for (const [from, to] of DATE_FIELDS) {
      const { value, dropped } = factDate(ctx, r, props[from]);
      if (dropped !== null) ctx.report(id, `${to} left empty from ${r.ref}: ${dropped}`, [r]);
      const kept = fields[to] ?? null;
      if (value === null) continue;
      if (kept === null) fields[to] = value;
      else {
        const order = compareDates(kept.date, kept.precision, value.date, value.precision);
        if (order === 1) fields[to] = value;
        else if (order === null) ctx.report(id, `${to} ${kept.date} (${kept.precision}) kept; ${r.ref} says ${value.date} (${value.precision})`, [r]);
      }
    }
    const s = STATUS[String(props['status'] ?? '')];
    if (s !== undefined) statuses.push({ status: s, input: r });
    const text = props['products'] ?? props['models'];
    const listed = typeof text === 'string' ? PRODUCT_TEXTS[text] : undefined;
    for (const p of listed ?? splitProducts(text)) if (!products.includes(p)) products.push(p);
    if (capacityPerYear === null) capacityPerYear = capacityOf(props['capacity_per_year']);
  }

  // Status: the curated record's, else the most recent page's; a closure later than its page is a plan.
  let status: FactoryStatus | undefined = (curated?.['status'] as FactoryStatus | undefined) ?? statuses[0]?.status;
  const closedPlanned = status === 'CLOSED' && fields['closed'] === null && records.some((r) => factDate(ctx, r as Input<unknown>, r.record.props['closed']).dropped !== null);
  if (closedPlanned && history === undefined) {
    ctx.report(id, 'status OPERATING: its pages call it closed, but give the closure only as a plan', records);
    status = 'OPERATING';
  }
  if (status === undefined) status = deriveStatus(fields, operator);
  // A stated opening (a fact, not a plan) makes an announced or building plant operate; a stated
  // closure makes an operating one closed. The curated record and older pages may predate them.
  if ((status === 'ANNOUNCED' || status === 'UNDER_CONSTRUCTION') && fields['opened'] !== null && fields['closed'] === null && history === undefined) {
    ctx.report(id, `status OPERATING, not ${status}: a page gives its opening (${fields['opened']?.date})`);
    status = 'OPERATING';
  }
  const statusFix = STATUS_FIXES[id];
  if (statusFix !== undefined) {
    ctx.report(id, `status ${statusFix.status}: ${statusFix.why}`);
    status = statusFix.status;
  }
  const otherStatuses = [...new Set(statuses.map((s) => s.status))].filter((s) => s !== status);
  if (otherStatuses.length > 0 && history === undefined) ctx.report(id, `status ${status} kept (${curated !== undefined ? 'curated' : 'most recent page'}); older pages say ${otherStatuses.join(', ')}`);

  // The curation's history decides what a takeover changes.
  // Since when the operator runs it: its operates relations, else since when it owns it outright.
  let operatedSince = operator?.since ?? ownedSince(ctx, id, operatorId);
  if (history !== undefined) {
    status = history.status;
    operatedSince = curatedDate(history.operatedSince);
    const factoryPages = [...records, ...ops, ...located].map((i) => urlOf(i));
    if (operatedSince !== null && !factoryPages.some((url) => statedOnOrAfter(ctx, url, operatedSince as DateValue))) {
      throw new Error(`FACTORY_HISTORIES ${id}: operatedSince ${operatedSince.date} is later than every page of the plant (a plan when written)`);
    }
    if (history.opened !== undefined) fields['opened'] = curatedDate(history.opened);
    if (history.closed !== undefined) fields['closed'] = curatedDate(history.closed);
    if (history.announced !== undefined) fields['announced'] = curatedDate(history.announced);
    if (history.products !== undefined) products.splice(0, products.length, ...history.products);
    ctx.report(id, `history: ${history.why}`);
  }
  if (status === 'OPERATING' && fields['closed'] !== null && history === undefined) {
    ctx.report(id, `closed ${fields['closed']?.date} left empty: the most recent page says it operates`);
    fields['closed'] = null;
  }

  // Sources state the factory, its place, its operator and its status.
  const used: Input<unknown>[] = [...records, ...located.filter((r) => normaliseId(r.record.to) === countryId), ...(operator?.inputs ?? [])] as Input<unknown>[];
  for (const o of current) if (o.id !== operatorId && history === undefined) used.push(...(o.inputs as Input<unknown>[]));
  const sources = new Set(used.map((u) => ctx.src(u)));
  const base = curated === undefined ? null : ({ ...curated } as Record<string, unknown>);
  const record = {
    id,
    name: history?.name ?? (base?.['name'] as string | undefined) ?? records[0]?.record.name ?? id,
    automakerId: operatorId,
    countryId,
    city,
    status,
    products: dedupeLabels([...((history?.products !== undefined ? [] : (base?.['products'] as string[] | undefined)) ?? []), ...products]),
    announced: fields['announced']?.date ?? null,
    announcedPrecision: fields['announced']?.precision ?? null,
    constructionStarted: fields['constructionStarted']?.date ?? null,
    constructionStartedPrecision: fields['constructionStarted']?.precision ?? null,
    opened: fields['opened']?.date ?? null,
    openedPrecision: fields['opened']?.precision ?? null,
    closed: fields['closed']?.date ?? null,
    closedPrecision: fields['closed']?.precision ?? null,
    capacityPerYear: (base?.['capacityPerYear'] as number | null | undefined) ?? capacityPerYear,
    roles: (base?.['roles'] as string[] | undefined) ?? [],
    operatedSince: operatedSince?.date ?? null,
    operatedSincePrecision: operatedSince?.precision ?? null,
    sources: [...new Set([...((base?.['sources'] as string[] | undefined) ?? []), ...sources])],
  };
  if (base !== null) {
    // Curated dates stay unless the facts refine them; disagreements are reported.
    for (const field of ['announced', 'constructionStarted', 'opened', 'closed'] as const) {
      const c = base[field] as string | null;
      const cp = base[`${field}Precision`] as DateValue['precision'] | null;
      const f = fields[field];
      if (history !== undefined && (history as unknown as Record<string, unknown>)[field] !== undefined) continue;
      if (c === null || cp === null) continue;
      if (f === null || f === undefined) {
        (record as Record<string, unknown>)[field] = c;
        (record as Record<string, unknown>)[`${field}Precision`] = cp;
        continue;
      }
      const order = compareDates(c, cp, f.date, f.precision);
      if (order !== 1) {
        (record as Record<string, unknown>)[field] = c;
        (record as Record<string, unknown>)[`${field}Precision`] = cp;
        if (order === null) ctx.report(id, `${field} ${c} (${cp}) of the curated record kept; the facts say ${f.date} (${f.precision})`);
      }
    }
  }
  ctx.add('factories', record, used);

  // Former operators: the history's, else every operator with an end date that is not the current one.
  const former = history?.former ?? ended.filter((o) => o.id !== operatorId).map((o) => ({ automakerId: o.id, since: null, until: '', urls: [] as string[], op: o }));
  for (const f of former) {
    const op = operators.find((o) => o.id === f.automakerId);
    const until = history !== undefined ? curatedDate(f.until) : (op?.until ?? null);
    const since = history !== undefined ? curatedDate(f.since) : (op?.since ?? null);
    if (until === null) continue;
    const owns = ctx.relations.filter((r) => r.record.type === 'owns_stake_in' && normaliseId(r.record.to) === id && normaliseId(r.record.from) === f.automakerId);
    // Its own relations state its tenure; the plant's records and the takeover state its end.
    const inputs = [...(op?.inputs ?? []), ...owns, ...recordsStatingEnd(ctx, id, f.automakerId, until)] as Input<unknown>[];
    const extra = (f.urls ?? []).map((url) => {
      const sid = ctx.sourceIds.get(url);
      if (sid === undefined) throw new Error(`FACTORY_HISTORIES ${id}: ${url} is not a page of the facts`);
      return sid;
    });
    // The operator's own relations state its tenure; a history names the pages of the rest (urls).
    const srcs = [...new Set(inputs.map((i) => ctx.src(i)).concat(extra))];
    if (srcs.length === 0) throw new Error(`FACTORY_HISTORIES ${id}: former operator ${f.automakerId} has no relation to the plant: give the pages that state it (urls)`);
    // A hand decision keeps the plan rule too: an end is a fact only on a page of its date or later.
    const pages = [...inputs.map((i) => urlOf(i)), ...(f.urls ?? [])];
    if (history !== undefined && !pages.some((url) => statedOnOrAfter(ctx, url, until))) {
      throw new Error(`FACTORY_HISTORIES ${id}: ${f.automakerId}'s end ${until.date} is stated by no page of that date or later (a plan when written): give the end a page states, or the pages (urls)`);
    }
    ctx.add(
      'formerOperators',
      { factoryId: id, automakerId: f.automakerId, since: since?.date ?? null, sincePrecision: since?.precision ?? null, until: until.date, untilPrecision: until.precision, sources: srcs },
      op?.inputs ?? [],
    );
  }
  // Operators that ran it without an end date and are neither current nor former (a history that
  // drops them) are reported; partners are reported above.
  for (const o of operators) {
    if (o.id === operatorId || former.some((f) => f.automakerId === o.id) || history?.notOperators?.[o.id] !== undefined) continue;
    if (history !== undefined) ctx.report(id, `${o.id} named as operator; the history keeps ${operatorId}`, o.inputs);
    ctx.load(...o.inputs);
  }
  buildPropClaims(ctx, id, records);
}

/** Whether a page is of a date's time or later (it may state the date as a fact, not a plan). */
function statedOnOrAfter(ctx: Context, url: string, d: DateValue): boolean {
  const page = publishedDate(ctx.pages.get(url)?.published ?? 'undated');
  return page.date !== null && page.precision !== null && !laterThanPage(d, page as DateValue);
}

/** Since when an automaker owns a factory outright (an owns_stake_in of 100% with a start), or null. */
function ownedSince(ctx: Context, factoryId: string, automakerId: string): DateValue | null {
  const owns = ctx.relations.filter((r) => r.record.type === 'owns_stake_in' && normaliseId(r.record.to) === factoryId && normaliseId(r.record.from) === automakerId && r.record.props['percent'] === 100);
  for (const r of byRecency(ctx, owns)) {
    const d = factDate(ctx, r as Input<unknown>, r.record.props['since']).value;
    if (d !== null) return d;
  }
  return null;
}

/** The status of a factory no page states: from its dates and its operator's plans. */
function deriveStatus(fields: Record<string, DateValue | null>, operator: Operator | undefined): FactoryStatus {
  if (fields['closed'] !== null) return 'CLOSED';
  if (operator?.planned === true) return 'ANNOUNCED';
  if (fields['opened'] !== null) return 'OPERATING';
  if (fields['constructionStarted'] !== null) return 'UNDER_CONSTRUCTION';
  if (fields['announced'] !== null) return 'ANNOUNCED';
  return 'OPERATING';
}

/** The yearly capacity a props value states (a number, or a text the curation reads). */
function capacityOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string') return CAPACITY_TEXTS[value]?.current ?? null;
  return null;
}

/** The date a claim holds for: its page's date, else the end of a figure's period. */
function claimDate(ctx: Context, input: Input<unknown>, periodEnd: string | null): DateValue | null {
  const page = publishedDate(ctx.pages.get(urlOf(input))?.published ?? 'undated');
  if (page.date !== null && page.precision !== null) return { date: page.date, precision: page.precision };
  if (periodEnd !== null) return { date: periodEnd, precision: 'DAY' };
  return null;
}

/** The units a claim may have (currencies and vehicles a year), from the vocabulary. */
const UNITS: ReadonlySet<string> = new Set(valuesOf(CLAIM_UNITS));

/** Whether a claim may have this unit. */
export const claimUnitKnown = (unit: string): boolean => UNITS.has(unit);

/** Proposes one claim; the id is made unique later (facts.ts). */
export function addClaim(
  ctx: Context,
  factoryId: string,
  kind: 'CAPACITY' | 'INVESTMENT',
  value: number,
  unit: string,
  basis: string,
  lowerBound: boolean,
  input: Input<unknown>,
  periodEnd: string | null,
): Candidate | null {
  if (!UNITS.has(unit)) {
    ctx.report(factoryId, `${kind.toLowerCase()} ${value} ${unit}: the claim units lack ${unit} (never converted), no claim`, [input]);
    return null;
  }
  const asOf = claimDate(ctx, input, periodEnd);
  if (asOf === null) {
    ctx.report(factoryId, `${kind.toLowerCase()} ${value} ${unit} of an undated page without a period: no date for a claim`, [input]);
    return null;
  }
  const key = factoryId.slice('factory:'.length);
  return ctx.add(
    'factoryClaims',
    { id: `claim:${key}-${kind.toLowerCase()}-${ctx.publisherWord(input)}`, factoryId, kind, value, unit, basis, asOf: asOf.date, asOfPrecision: asOf.precision, lowerBound, sources: [ctx.src(input)] },
    [input],
  );
}

/** Claims from a factory's own records: capacity_per_year and investment texts. */
function buildPropClaims(ctx: Context, factoryId: string, records: Input<FactEntity>[]): void {
  for (const r of records) {
    const cap = r.record.props['capacity_per_year'];
    if (typeof cap === 'number') addClaim(ctx, factoryId, 'CAPACITY', cap, 'VEHICLES_PER_YEAR', 'OFFICIAL', false, r as Input<unknown>, null);
    else if (typeof cap === 'string') {
      const listed = CAPACITY_TEXTS[cap];
      if (listed === undefined) ctx.report(factoryId, `capacity text ${JSON.stringify(cap)} not read: add it to CAPACITY_TEXTS`, [r]);
      for (const c of listed?.claims ?? []) addClaim(ctx, factoryId, 'CAPACITY', c.value, 'VEHICLES_PER_YEAR', c.basis, false, r as Input<unknown>, null);
    }
    const inv = r.record.props['investment'];
    if (typeof inv === 'string') {
      const listed = INVESTMENT_TEXTS[inv];
      if (listed !== undefined && 'leaveOut' in listed) {
        ctx.report(factoryId, `investment ${JSON.stringify(inv)} not a claim: ${listed.leaveOut}`, [r]);
        continue;
      }
      const amounts = listed ?? (parseMoney(inv) === null ? [] : [parseMoney(inv)]);
      if (amounts.length === 0) ctx.report(factoryId, `investment text ${JSON.stringify(inv)} not read: add it to INVESTMENT_TEXTS`, [r]);
      for (const a of amounts) {
        if (a === null) continue;
        const basis = 'basis' in a && a.basis !== undefined ? a.basis : 'OFFICIAL';
        addClaim(ctx, factoryId, 'INVESTMENT', a.value, a.unit, basis, a.lowerBound === true || saysLowerBound(inv), r as Input<unknown>, null);
      }
    }
  }
}

/** Capacity and investment figures of a factory subject become claims (one per source and value). */
export function figureClaim(ctx: Context, figure: Input<FactFigure>, factoryId: string, periodEnd: string | null): boolean {
  const f = figure.record;
  const basis = ({ official: 'OFFICIAL', estimate: 'ESTIMATE', forecast: 'FORECAST', target: 'TARGET', planned: 'FORECAST' } as Record<string, string>)[f.basis] ?? 'OFFICIAL';
  const lowerBound = saysLowerBound(f.qualifier);
  if (f.metric === 'capacity') {
    if (f.unit !== 'vehicles') return false;
    return addClaim(ctx, factoryId, 'CAPACITY', f.value, 'VEHICLES_PER_YEAR', basis, lowerBound, figure as Input<unknown>, periodEnd) !== null;
  }
  if (f.metric === 'investment') return addClaim(ctx, factoryId, 'INVESTMENT', f.value, f.unit, basis, lowerBound, figure as Input<unknown>, periodEnd) !== null;
  return false;
}
