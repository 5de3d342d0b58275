/**
 * Links from the facts' relations: company–market links (sells_in, exports_to), company links
 * (stakes, ownership, joint ventures, contract manufacturing, former brand owners), trade measures
 * with what they apply to, and the country → country exports_to that are not company links.
 */

import { MAX_RATE_PERCENT } from '../seed.kinds';
import { type Context, kindOf, normaliseId, urlOf } from './facts.context';
import { compareText } from './merge';
import { MEASURE_EXCLUSIONS, MEASURES, PARTNER_TEXTS, RATE_FIXES, STAKE_KINDS, STAKE_TARGETS, routeEuMeasure } from './facts.curation';
import { byRecency } from './facts.entities';
import { curatedDate, factDate, recordsStatingEnd } from './facts.factories';
import { marketFor } from './facts.markets';
import { type Channel, type DateValue, dedupeLabels, lastDayOf, laterThanPage, parseChannels, parseDate, type ParsedDate, splitProducts, stripBrackets } from './facts.parse';
import { publishedDate } from './facts.sources';
import type { FactRelation, Input, SeedRecord } from './facts.types';
import { compareDates } from './merge';

const CHANNEL_ORDER: Channel[] = ['OWN_STORES', 'IMPORTER', 'DISTRIBUTOR', 'ONLINE'];
/**
 * Notes that say a link is not selling yet: a plan, or a brand shown at a motor show only, or one
 * without dealers whose entry awaits approval.
 */
const PLAN_NOTE = /\b(planned|plans? to|to launch|will (enter|launch|start|begin|open)|expected to|target(ed)?|to enter|upcoming|show only|pending approval|no active dealers)\b/i;

interface LinkRecord {
  input: Input<FactRelation>;
  since: DateValue | null;
  sinceIsPlan: boolean;
  until: DateValue | null;
  planned: boolean;
  channels: Channel[];
  partner: string | null;
  dealers: { count: number; asOf: DateValue } | null;
  models: string[];
  note: string | null;
}

/** The partner name of a link's props, without remarks in brackets that are not part of the name. */
export function partnerOf(props: Record<string, unknown>): string | null {
  const raw = [props['partner'], props['distributor']].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (raw === undefined) return null;
  const listed = PARTNER_TEXTS[raw];
  if (listed !== undefined) return listed;
  // "(agency retail)", "(2018)", "(DE)", "(sole brand agent/ATPM)" are remarks; "(Hubco)" names the group.
  return raw.replace(/\s*\(([^)]*)\)/g, (whole, inner: string) => (/^[a-z]|\d|^[A-Z]{2}$|\//.test(inner.trim()) ? '' : whole)).trim();
}

/**
 * A count of dealers or stores and the date it held: from {count, as_of} or a text such as "24
 * showrooms as of 2024-04-19"; a target, an expectation or an increment is not a count (null), nor
 * is a count dated after its page (what the page expects, "44 at launch (2023-05)" on a page of 2023-04).
 */
export function dealersOf(ctx: Context, input: Input<unknown>, value: unknown): { count: number; asOf: DateValue } | null {
  const page = ((): DateValue | null => {
    const p = publishedDate(ctx.pages.get(urlOf(input))?.published ?? 'undated');
    return p.date === null || p.precision === null ? null : { date: p.date, precision: p.precision };
  })();
  const held = (d: ParsedDate | null): DateValue | null => {
    if (d === null) return page;
    if (page !== null && laterThanPage(d, page)) return null;
    return { date: d.date, precision: d.precision };
  };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { count?: unknown; as_of?: unknown; basis?: unknown };
    if (v.basis === 'target' || typeof v.count !== 'number') return null;
    const asOf = held(parseDate(typeof v.as_of === 'string' ? v.as_of : null));
    return asOf === null ? null : { count: v.count, asOf };
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^(target|about .* planned|~?[\d,]+ .*expected)/i.test(s) || /^\+/.test(s) || /^min\./i.test(s)) return null;
  const m = /^(?:more than |over |almost |approx\. |~)?([\d,]+)\b/i.exec(s);
  if (m === null) return null;
  const count = Number((m[1] ?? '').replace(/,/g, ''));
  if (!Number.isInteger(count) || count <= 0) return null;
  // The date the count held: the first date after the number, before any "target".
  const head = s.split(/;|\btarget\b/i)[0] ?? s;
  const asOf = held(parseDate(head.slice(m[0].length)));
  return asOf === null ? null : { count, asOf };
}

/** Reads one sells_in or exports_to record. */
function readLink(ctx: Context, input: Input<FactRelation>): LinkRecord {
  const props = input.record.props;
  const sinceText = props['since'];
  const sinceFact = factDate(ctx, input as Input<unknown>, sinceText);
  const sinceParsed = typeof sinceText === 'string' || typeof sinceText === 'number' ? parseDate(String(sinceText)) : null;
  // A start the text calls a plan, or later than its page, is a planned start.
  const sinceIsPlan = sinceParsed !== null && sinceFact.value === null && sinceFact.dropped !== null && !/not a date|decade/.test(sinceFact.dropped);
  const since = sinceFact.value ?? (sinceIsPlan && sinceParsed !== null ? { date: sinceParsed.date, precision: sinceParsed.precision } : null);
  const untilFact = factDate(ctx, input as Input<unknown>, props['until']);
  const note = typeof props['note'] === 'string' ? props['note'] : null;
  const planned = sinceIsPlan || props['basis'] === 'planned' || props['basis'] === 'target' || (note !== null && PLAN_NOTE.test(note) && since === null);
  const models = splitProducts(props['models']);
  return {
    input,
    since,
    sinceIsPlan,
    until: untilFact.value,
    planned,
    channels: parseChannels(props['channel']),
    partner: partnerOf(props),
    dealers: dealersOf(ctx, input as Input<unknown>, props['dealers']),
    models,
    note,
  };
}

/** The earliest of several dates (a finer date within a coarser one refines it). */
function earliest(dates: DateValue[]): { kept: DateValue | null; others: DateValue[] } {
  let kept: DateValue | null = null;
  const others: DateValue[] = [];
  for (const d of dates) {
    if (kept === null) {
      kept = d;
      continue;
    }
    const order = compareDates(kept.date, kept.precision, d.date, d.precision);
    if (order === 1) kept = d;
    else if (order === null) {
      if (d.date < kept.date) {
        others.push(kept);
        kept = d;
      } else others.push(d);
    }
  }
  return { kept, others: others.filter((o) => kept === null || compareDates(o.date, o.precision, kept.date, kept.precision) === null) };
}

/** sells_in → SELLS_IN, exports_to from a company or factory → EXPORTS_TO; one record per (from, kind, market). */
export function buildMarketLinks(ctx: Context): void {
  const groups = new Map<string, { fromId: string; kind: string; marketId: string; records: LinkRecord[] }>();
  for (const input of byRecency(ctx, ctx.relations.filter((r) => r.record.type === 'sells_in' || r.record.type === 'exports_to'))) {
    const r = input.record;
    const fromId = normaliseId(r.from);
    if (fromId === null) {
      ctx.leave(input as Input<unknown>, `the id ${JSON.stringify(r.from)} has no kind:key form`);
      continue;
    }
    const fromKind = kindOf(fromId);
    if (fromKind === 'country') {
      if (r.type === 'exports_to') countryExports(ctx, input);
      else ctx.leave(input as Input<unknown>, 'a country selling in a market is not a company–market link');
      continue;
    }
    const kind = r.type === 'sells_in' ? 'SELLS_IN' : 'EXPORTS_TO';
    if (!['automaker', 'brand', 'factory'].includes(fromKind) || (fromKind === 'factory' && kind !== 'EXPORTS_TO')) {
      ctx.leave(input as Input<unknown>, `${fromId} cannot ${kind === 'SELLS_IN' ? 'sell in' : 'export to'} a market (an automaker or brand, or a factory exporting)`);
      continue;
    }
    const target = marketFor(ctx, r.to, input as Input<unknown>, false);
    if ('leave' in target) {
      ctx.leave(input as Input<unknown>, target.leave);
      continue;
    }
    const marketId = 'id' in target ? target.id : 'market:world';
    const key = `${fromId} ${kind} ${marketId}`;
    const group = groups.get(key) ?? { fromId, kind, marketId, records: [] };
    group.records.push(readLink(ctx, input));
    groups.set(key, group);
  }
  for (const [key, g] of [...groups.entries()].sort((a, b) => compareText(a[0], b[0]))) addMarketLink(ctx, key, g.fromId, g.kind, g.marketId, g.records);
}

/** One market link from the records of one key (and the curated link of that key, first). */
function addMarketLink(ctx: Context, key: string, fromId: string, kind: string, marketId: string, records: LinkRecord[]): void {
  const curated = (ctx.base['marketLinks'] ?? []).find((l) => `${String(l['fromId'])} ${String(l['kind'])} ${String(l['marketId'])}` === key);
  const inputs = records.map((r) => r.input);
  const withdrawals = records.filter((r) => r.until !== null);
  const factual = records.filter((r) => !r.planned);
  // Since: the earliest start a page states (the curated one first); plans count only for a planned link.
  const sinceDates: DateValue[] = [];
  const cs = curated?.['since'];
  const cp = curated?.['sincePrecision'];
  if (typeof cs === 'string' && typeof cp === 'string') sinceDates.push({ date: cs, precision: cp as DateValue['precision'] });
  const status0 = withdrawals.length > 0 ? 'WITHDRAWN' : factual.length > 0 || curated !== undefined ? 'ACTIVE' : 'PLANNED';
  for (const r of records) if (r.since !== null && (status0 === 'PLANNED' || !r.sinceIsPlan)) sinceDates.push(r.since);
  const since = earliest(sinceDates);
  if (since.others.length > 0) ctx.report(key, `since ${since.kept?.date} (${since.kept?.precision}) kept, the earliest; ${since.others.length} later start(s) left out: ${since.others.map((o) => o.date.slice(0, o.precision === 'YEAR' ? 4 : o.precision === 'MONTH' ? 7 : 10)).join(', ')}`, inputs);
  let until: DateValue | null = null;
  for (const r of withdrawals) if (r.until !== null && (until === null || r.until.date > until.date)) until = r.until;
  let status = status0;
  // A later start than the withdrawal is a return: the link is active again.
  const returns = records.filter((r) => r.since !== null && !r.sinceIsPlan && until !== null && r.since.date > until.date);
  if (until !== null && returns.length > 0) {
    ctx.report(key, `withdrawn ${until.date} but started again ${returns[0]?.since?.date}: ACTIVE, until left empty`, inputs);
    until = null;
    status = 'ACTIVE';
  }
  const channels = CHANNEL_ORDER.filter((c) => records.some((r) => r.channels.includes(c)));
  const partners = [...new Set(records.map((r) => r.partner).filter((p): p is string => p !== null))];
  if (partners.length > 1) ctx.report(key, `partner ${partners[0]} kept (most recent page); others: ${partners.slice(1).join('; ')}`, inputs);
  const dealers = records.map((r) => r.dealers).filter((d): d is NonNullable<LinkRecord['dealers']> => d !== null).sort((a, b) => compareText(b.asOf.date, a.asOf.date))[0] ?? null;
  const models: string[] = [];
  for (const r of records) for (const m of r.models) if (!models.includes(m)) models.push(m);
  const notes = [...new Set(records.map((r) => r.note).filter((n): n is string => n !== null))];
  const note = notes.length === 0 ? null : notes.slice(0, 2).join('; ');
  const sources = [...new Set([...((curated?.['sources'] as string[] | undefined) ?? []), ...inputs.map((i) => ctx.src(i))])].sort();
  ctx.add(
    'marketLinks',
    {
      fromId,
      marketId,
      kind,
      status,
      since: since.kept?.date ?? null,
      sincePrecision: since.kept?.precision ?? null,
      until: until?.date ?? null,
      untilPrecision: until?.precision ?? null,
      channels,
      partner: partners[0] ?? null,
      dealers: dealers?.count ?? null,
      dealersAsOf: dealers?.asOf.date ?? null,
      dealersAsOfPrecision: dealers?.asOf.precision ?? null,
      models: dedupeLabels(models),
      note: note !== null && note.length > 300 ? `${note.slice(0, 297)}…` : note,
      sources,
    },
    inputs,
  );
}

/**
 * A country → country (or market) exports_to: not a company–market link. A value in its props (units)
 * makes it a figure; a rank or a range alone is left out.
 */
function countryExports(ctx: Context, input: Input<FactRelation>): void {
  const props = input.record.props;
  if (typeof props['units'] === 'number') {
    ctx.pendingCountryExports.push(input);
    return;
  }
  const what = props['range_units'] !== undefined ? 'a range of units and a rank' : props['rank_as_destination'] !== undefined || props['rank'] !== undefined ? 'a rank' : 'nothing';
  ctx.leave(input as Input<unknown>, `a country's exports to a destination with ${what} and no value: not a company–market link, and not a figure`);
}

/** A company link's kind and stake from an owns_stake_in record (100% → OWNS). */
function stakeKind(percent: unknown): { kind: string; stakePercent: number | null } | null {
  if (typeof percent !== 'number' || !(percent > 0) || percent > 100) return null;
  return percent === 100 ? { kind: 'OWNS', stakePercent: null } : { kind: 'OWNS_STAKE_IN', stakePercent: percent };
}

const COMPANY_FROM = ['automaker', 'org'];
const COMPANY_TO = ['automaker', 'brand', 'factory', 'org'];

/**
 * Company links: owns_stake_in (a percent; 100% → OWNS), joint_venture_with, contract_manufactures_for,
 * and brand owners that ended (brand_of with until → OWNS with until). One record per
 * (from, kind, to): several stakes of one pair keep the latest (with its dates); the others are reported.
 */
export function buildCompanyLinks(ctx: Context): void {
  interface Proposal {
    input: Input<FactRelation>;
    fromId: string;
    toId: string;
    kind: string;
    stakePercent: number | null;
    name: string | null;
    since: DateValue | null;
    until: DateValue | null;
    /** The last date the record speaks for: its end, else its start, else its as_of, else its page. */
    lastKnown: string;
  }
  const proposals: Proposal[] = [];
  const lastKnown = (input: Input<FactRelation>, since: DateValue | null, until: DateValue | null): string =>
    until?.date ?? since?.date ?? (typeof input.record.props['as_of'] === 'string' ? (parseDate(input.record.props['as_of'])?.date ?? '') : '') ?? ctx.published(input as Input<unknown>);
  const types = ['owns_stake_in', 'joint_venture_with', 'contract_manufactures_for', 'brand_of'];
  for (const input of byRecency(ctx, ctx.relations.filter((r) => types.includes(r.record.type)))) {
    const r = input.record;
    const props = r.props;
    let fromId = normaliseId(r.from);
    let toId = normaliseId(r.to);
    if (fromId === null || toId === null) {
      ctx.leave(input as Input<unknown>, 'an end has no kind:key form');
      continue;
    }
    if (r.type === 'brand_of') {
      // The current owner is the brand's automakerId (brands step); an owner with an end date is a former owner.
      const until = factDate(ctx, input as Input<unknown>, props['until']).value;
      if (kindOf(fromId) === 'automaker') {
        // A "brand" that is an automaker of the graph (Volvo Cars, Lotus): its owner owns it, unless a stake says how much.
        const stake = ctx.relations.some((x) => x.record.type === 'owns_stake_in' && normaliseId(x.record.from) === toId && normaliseId(x.record.to) === fromId && x.record.props['percent'] !== 100);
        const curatedStake = (ctx.base['companyLinks'] ?? []).some((l) => l['fromId'] === toId && l['toId'] === fromId && l['kind'] === 'OWNS_STAKE_IN');
        if (stake || curatedStake) {
          ctx.leave(input as Input<unknown>, `${fromId} is an automaker of the graph; ${toId}'s stake in it is the company link`);
          continue;
        }
        const since = factDate(ctx, input as Input<unknown>, props['since']).value;
        proposals.push({ input, fromId: toId, toId: fromId, kind: 'OWNS', stakePercent: null, name: null, since, until, lastKnown: lastKnown(input, since, until) });
        continue;
      }
      if (until === null || ctx.brandOwner.get(fromId) === toId) {
        if (!ctx.isDecided(input.ref)) ctx.leave(input as Input<unknown>, ctx.missing.get(fromId) !== undefined ? `brand ${fromId} left out: ${ctx.missing.get(fromId)}` : kindOf(fromId) === 'automaker' ? `${fromId} is an automaker of the graph; its owner's stake is a company link of its own` : 'read by the brands step');
        continue;
      }
      const since = factDate(ctx, input as Input<unknown>, props['since']).value;
      proposals.push({ input, fromId: toId, toId: fromId, kind: 'OWNS', stakePercent: null, name: null, since, until, lastKnown: lastKnown(input, since, until) });
      continue;
    }
    if (kindOf(fromId) === 'brand') fromId = ctx.brandOwner.get(fromId) ?? fromId; // a brand acts through its owner
    if (!COMPANY_FROM.includes(kindOf(fromId)) || !COMPANY_TO.includes(kindOf(toId))) {
      ctx.leave(input as Input<unknown>, `company links join an automaker or organization to a company, brand or factory; got ${fromId} → ${toId}`);
      continue;
    }
    const sinceFact = factDate(ctx, input as Input<unknown>, props['since'] ?? props['registered']);
    if (sinceFact.dropped !== null && /plan/.test(sinceFact.dropped)) {
      ctx.leave(input as Input<unknown>, `a planned ${r.type.replace(/_/g, ' ')} (${String(props['since'])}): not a fact yet`);
      continue;
    }
    if (/\b(announced|planned)\b/i.test(String(props['status'] ?? '')) || props['basis'] === 'planned') {
      ctx.leave(input as Input<unknown>, `a planned ${r.type.replace(/_/g, ' ')} (${String(props['status'] ?? props['basis'])}): not a fact yet`);
      continue;
    }
    const until = factDate(ctx, input as Input<unknown>, props['until']).value;
    let kind: string;
    let stakePercent: number | null = null;
    let name = typeof props['jv'] === 'string' ? props['jv'] : typeof props['entity'] === 'string' ? stripBrackets(props['entity']) : null;
    if (r.type === 'owns_stake_in') {
      const retarget = STAKE_TARGETS.find((t) => t.from === fromId && t.to === toId);
      if (retarget !== undefined) {
        ctx.report(`${fromId} → ${retarget.newTo}`, retarget.why, [input]);
        toId = retarget.newTo;
        name = null;
      }
      const stake = stakeKind(props['percent']);
      const asJv = STAKE_KINDS.find((s) => s.from === fromId && s.to === toId);
      if (stake === null && asJv !== undefined) {
        kind = asJv.kind;
        ctx.report(`${fromId} ${kind} ${toId}`, `a stake without a percent read as a joint venture: ${asJv.why}`, [input]);
      } else if (stake === null) {
        ctx.leave(input as Input<unknown>, `a stake without a percent (${String(props['note'] ?? props['since'] ?? '')}): OWNS_STAKE_IN needs one, and the page names no other tie`);
        continue;
      } else {
        kind = stake.kind;
        stakePercent = stake.stakePercent;
      }
    } else if (r.type === 'joint_venture_with') {
      const note = String(props['note'] ?? '');
      if (/called off|not an equity jv|not equity jv|\bmou\b|technological partnership/i.test(note)) {
        ctx.leave(input as Input<unknown>, `not a joint venture: ${note}`);
        continue;
      }
      kind = 'JOINT_VENTURE_WITH';
    } else kind = 'CONTRACT_MANUFACTURES_FOR';
    if (fromId === toId) {
      ctx.leave(input as Input<unknown>, `${fromId} tied to itself`);
      continue;
    }
    // One direction per joint venture: a reverse pair joins the first one seen (the curated one first).
    proposals.push({ input, fromId, toId, kind, stakePercent, name: kind === 'CONTRACT_MANUFACTURES_FOR' ? null : name, since: sinceFact.value, until, lastKnown: lastKnown(input, sinceFact.value, until) });
  }
  const curatedLinks = ctx.base['companyLinks'] ?? [];
  const keyOf = (p: Record<string, unknown> | { fromId: unknown; kind: unknown; toId: unknown }): string => {
    const r = p as Record<string, unknown>;
    return `${String(r['fromId'])} ${String(r['kind'])} ${String(r['toId'])}`;
  };
  for (const p of proposals) {
    if (p.kind !== 'JOINT_VENTURE_WITH') continue;
    const reverse = `${p.toId} JOINT_VENTURE_WITH ${p.fromId}`;
    if (curatedLinks.some((l) => keyOf(l) === reverse) || proposals.some((q) => q !== p && keyOf(q) === reverse && proposals.indexOf(q) < proposals.indexOf(p))) {
      [p.fromId, p.toId] = [p.toId, p.fromId];
    }
  }
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  const built: { record: SeedRecord; list: Proposal[] }[] = [];
  for (const [key, all] of [...groups.entries()].sort((a, b) => compareText(a[0], b[0]))) {
    let list = all;
    const curated = curatedLinks.find((l) => keyOf(l) === key);
    // The stake that holds now (or held last): the record that speaks for the latest date (an
    // open-ended one first on a tie); its dates go with it.
    const ordered = [...list].sort((a, b) => compareText(b.lastKnown, a.lastKnown) || (a.until === null ? 0 : 1) - (b.until === null ? 0 : 1));
    const chosen = ordered[0];
    if (chosen === undefined) continue;
    const stakes = [...new Set(list.map((p) => p.stakePercent).filter((s): s is number => s !== null))];
    if (stakes.length > 1) ctx.report(key, `stake ${chosen.stakePercent ?? String(curated?.['stakePercent'])}% kept (the record of the latest date); other pages give ${stakes.filter((s) => s !== chosen.stakePercent).join('%, ')}%`, list.map((p) => p.input));
    // A stake's dates go with the stake; a tie of another kind runs from its earliest start, and has
    // ended only when every page that names it gives an end (two joint ventures of one pair may differ).
    const since = chosen.stakePercent !== null ? chosen.since : earliest(list.map((p) => p.since).filter((d): d is DateValue => d !== null)).kept;
    const ends = list.map((p) => p.until);
    const until = chosen.stakePercent !== null ? chosen.until : ends.every((u) => u !== null) ? ([...ends].sort((a, b) => compareText(b?.date ?? '', a?.date ?? ''))[0] ?? null) : null;
    if (chosen.stakePercent === null && until === null && ends.some((u) => u !== null)) ctx.report(key, `no end date: ${ends.filter((u) => u !== null).length} of ${list.length} pages give one (another tie of the pair may go on)`, list.map((p) => p.input));
    // A stake of another percent is another fact (an earlier stake), not this link's: left out, with
    // the kept stake named. Within a point it is the same stake rounded otherwise (9.69% and 10%):
    // its page stays a source, and the difference is reported above.
    const keptStake = (curated?.['stakePercent'] as number | null | undefined) ?? chosen.stakePercent;
    const earlier = (p: Proposal): boolean => p.until !== null && chosen.since !== null && p.until.date <= chosen.since.date;
    const superseded = keptStake === null ? [] : list.filter((p) => p !== chosen && p.stakePercent !== null && (Math.abs(p.stakePercent - keptStake) > 1 || (p.stakePercent !== keptStake && earlier(p))));
    for (const p of superseded) ctx.leave(p.input as Input<unknown>, `a stake of ${String(p.stakePercent)}% that the latest record replaces (${String(keptStake)}%): a company link holds one stake`);
    list = list.filter((p) => !superseded.includes(p));
    if (list.length === 0) continue; // the curated link stands as it is
    const names = [...new Set(list.map((p) => p.name).filter((n): n is string => n !== null))];
    const record: SeedRecord = {
      fromId: list[0]?.fromId,
      kind: list[0]?.kind,
      toId: list[0]?.toId,
      stakePercent: (curated?.['stakePercent'] as number | null | undefined) ?? chosen.stakePercent,
      name: (curated?.['name'] as string | null | undefined) ?? (names.length === 0 ? null : names.join('; ').slice(0, 200)),
      since: (curated?.['since'] as string | null | undefined) ?? since?.date ?? null,
      sincePrecision: (curated?.['sincePrecision'] as string | null | undefined) ?? since?.precision ?? null,
      until: (curated?.['until'] as string | null | undefined) ?? until?.date ?? null,
      untilPrecision: (curated?.['untilPrecision'] as string | null | undefined) ?? until?.precision ?? null,
      sources: [...new Set([...((curated?.['sources'] as string[] | undefined) ?? []), ...list.map((p) => ctx.src(p.input))])].sort(),
    };
    if (curated !== undefined) {
      for (const f of ['stakePercent', 'since'] as const) {
        const c = curated[f];
        const mine = f === 'stakePercent' ? chosen.stakePercent : since?.date;
        if (c !== null && mine !== null && mine !== undefined && c !== mine && !(f === 'since' && typeof c === 'string' && typeof mine === 'string' && c.slice(0, 4) === mine.slice(0, 4))) {
          ctx.report(key, `${f} ${String(c)} of the curated link kept; the facts say ${String(mine)}`, list.map((p) => p.input));
        }
      }
      // A finer date within the curated year refines it; a tie that is no stake runs from the
      // earliest start a page states (a joint venture registered before the curated start).
      if (typeof curated['since'] === 'string' && since !== null && compareDates(curated['since'], curated['sincePrecision'] as DateValue['precision'], since.date, since.precision) === 1) {
        record['since'] = since.date;
        record['sincePrecision'] = since.precision;
      } else if (typeof curated['since'] === 'string' && since !== null && chosen.stakePercent === null && record['stakePercent'] === null && since.date < curated['since'] && compareDates(curated['since'], curated['sincePrecision'] as DateValue['precision'], since.date, since.precision) === null) {
        ctx.report(key, `since ${since.date} (${since.precision}), the earliest start a page states, replaces the curated ${String(curated['since'])}`, list.map((p) => p.input));
        record['since'] = since.date;
        record['sincePrecision'] = since.precision;
      }
    }
    built.push({ record, list });
  }
  endOwnershipsTakenOver(ctx, built, proposals);
  for (const { record, list } of built) ctx.add('companyLinks', record, list.map((p) => p.input));
}

/**
 * A change of owner is a dated fact: a holding with no end ends when another company takes the whole
 * of the same company or plant later than the holding's every start (an OWNS with a stated start),
 * unless a page states the holding after that date. Where the holding's own page gave an end
 * later than itself (a plan then), the finer of the two dates that coincide is kept ("2024-01" on
 * a page of 2023-12, completed 2024-01-24). The record cites the pages of the takeover and of the
 * plant's records that state the change.
 */
function endOwnershipsTakenOver(
  ctx: Context,
  built: { record: SeedRecord; list: { input: Input<FactRelation>; since: DateValue | null; fromId: string; kind: string; toId: string }[] }[],
  proposals: readonly { input: Input<FactRelation>; since: DateValue | null; fromId: string; kind: string; toId: string }[],
): void {
  const later = (a: DateValue, b: DateValue): boolean => a.date > lastDayOf(b);
  for (const b of built) {
    const r = b.record;
    if ((r['kind'] !== 'OWNS' && r['kind'] !== 'OWNS_STAKE_IN') || r['until'] !== null) continue;
    const starts: DateValue[] = b.list.map((p) => p.since).filter((d): d is DateValue => d !== null);
    if (typeof r['since'] === 'string') starts.push({ date: r['since'], precision: r['sincePrecision'] as DateValue['precision'] });
    const takeovers = proposals
      .filter((p) => p.kind === 'OWNS' && p.toId === r['toId'] && p.fromId !== r['fromId'] && p.since !== null)
      .filter((p) => starts.every((s) => later(p.since as DateValue, s)))
      .sort((x, y) => compareText(x.since?.date ?? '', y.since?.date ?? ''));
    const first = takeovers[0];
    if (first?.since == null) continue;
    const end = first.since;
    // A page that states the holding after the takeover keeps it open (the takeover is not the end).
    const statedAfter = b.list.filter((p) => {
      const page = publishedDate(ctx.pages.get(urlOf(p.input))?.published ?? 'undated');
      return page.date !== null && page.date > lastDayOf(end);
    });
    if (statedAfter.length > 0) {
      ctx.report(KEY_OF(r), `not ended by ${first.fromId}'s takeover of ${String(r['toId'])} (${end.date}): a later page states the holding`, statedAfter.map((p) => p.input));
      continue;
    }
    // The holding's own planned end, when it coincides with the takeover, may be finer.
    let until: DateValue = end;
    for (const p of b.list) {
      const planned = parseDate(p.input.record.props['until'] as string | undefined);
      if (planned !== null && compareDates(planned.date, planned.precision, end.date, end.precision) === -1) until = { date: planned.date, precision: planned.precision };
    }
    const same = takeovers.filter((t) => t.since !== null && compareDates(t.since.date, t.since.precision, end.date, end.precision) !== null);
    const stating = [...same.map((t) => t.input as Input<unknown>), ...(kindOf(String(r['toId'])) === 'factory' ? recordsStatingEnd(ctx, String(r['toId']), String(r['fromId']), until) : [])];
    r['until'] = until.date;
    r['untilPrecision'] = until.precision;
    r['sources'] = [...new Set([...(r['sources'] as string[]), ...stating.map((i) => ctx.src(i))])].sort();
    ctx.report(KEY_OF(r), `until ${until.date} (${until.precision}): ${first.fromId} owns ${String(r['toId'])} from then (${first.input.ref}); a change of owner ends the holding`, [...b.list.map((p) => p.input), ...stating]);
  }
}

const KEY_OF = (r: SeedRecord): string => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['toId'])}`;

/** Trade measures (MEASURES) with their imposedBy, and applies_duty_to as APPLIES_TO links. */
export function buildMeasures(ctx: Context): void {
  const routeOf = (input: Input<unknown>, raw: string, note: string): string | null => {
    const id = normaliseId(raw);
    if (id === 'measure:eu-cvd-bev-china') return routeEuMeasure(note, ctx.published(input));
    return id;
  };
  const used = new Map<string, Input<unknown>[]>();
  const note = (id: string, input: Input<unknown>): void => {
    used.set(id, [...(used.get(id) ?? []), input]);
  };
  for (const input of ctx.entities.filter((e) => e.record.kind === 'TradeMeasure')) {
    const props = input.record.props;
    const id = routeOf(input as Input<unknown>, input.record.id, String(props['legal_act'] ?? props['instrument'] ?? ''));
    if (id !== null) note(id, input as Input<unknown>);
  }
  for (const input of ctx.relations.filter((r) => r.record.type === 'imposed_by' || r.record.type === 'applies_duty_to')) {
    const id = routeOf(input as Input<unknown>, input.record.from, String(input.record.props['note'] ?? ''));
    if (id !== null) note(id, input as Input<unknown>);
  }
  for (const [id, inputs] of [...used.entries()].sort((a, b) => compareText(a[0], b[0]))) {
    const excluded = MEASURE_EXCLUSIONS[id];
    const decision = MEASURES[id];
    if (excluded !== undefined || decision === undefined) {
      const why = excluded ?? 'no decision in the curation for this measure';
      ctx.missing.set(id, why);
      for (const i of inputs) ctx.leave(i, `${id} left out: ${why}`);
      continue;
    }
    const curated = ctx.baseById.get(id);
    const entity = inputs.find((i) => (i.record as { kind?: string }).kind === 'TradeMeasure') as Input<{ name: string }> | undefined;
    const announced = curatedDate(decision.announced ?? null);
    const effective = curatedDate(decision.effective ?? null);
    const ends = curatedDate(decision.ends ?? null);
    const pick = (field: string, value: DateValue | null): { date: string | null; precision: string | null } => {
      const c = curated?.[field] as string | null | undefined;
      const cp = curated?.[`${field}Precision`] as DateValue['precision'] | null | undefined;
      if (typeof c === 'string' && typeof cp === 'string') {
        if (value !== null && compareDates(c, cp, value.date, value.precision) === 1) return value;
        if (value !== null && compareDates(c, cp, value.date, value.precision) === null) ctx.report(id, `${field} ${c} of the curated measure kept; the facts say ${value.date}`);
        return { date: c, precision: cp };
      }
      return { date: value?.date ?? null, precision: value?.precision ?? null };
    };
    const a = pick('announced', announced);
    const e = pick('effective', effective);
    const n = pick('ends', ends);
    const measureInputs = inputs.filter((i) => (i.record as { type?: string }).type !== 'applies_duty_to');
    // The pages of what it applies to that state its dates or its rate state the measure too.
    const ratePercent = curated !== undefined ? curated['ratePercent'] : (decision.ratePercent ?? null);
    const statesIt = (i: Input<unknown>): boolean => {
      const props = (i.record as FactRelation).props;
      const dates = [props['effective'], props['announced'], props['until']].map((t) => (typeof t === 'string' || typeof t === 'number' ? parseDate(String(t)) : null));
      const ours = [a, e, n].filter((d): d is { date: string; precision: DateValue['precision'] } => d.date !== null && d.precision !== null);
      return dates.some((d) => d !== null && ours.some((o) => compareDates(o.date, o.precision, d.date, d.precision) !== null)) || (ratePercent !== null && props['rate_percent'] === ratePercent);
    };
    const dutyPages = inputs.filter((i) => (i.record as { type?: string }).type === 'applies_duty_to' && statesIt(i));
    ctx.add(
      'tradeMeasures',
      {
        id,
        name: (curated?.['name'] as string | undefined) ?? decision.name ?? entity?.record.name ?? id,
        kind: (curated?.['kind'] as string | undefined) ?? decision.kind,
        imposedById: (curated?.['imposedById'] as string | undefined) ?? decision.imposedById,
        announced: a.date,
        announcedPrecision: a.precision,
        effective: e.date,
        effectivePrecision: e.precision,
        ends: n.date,
        endsPrecision: n.precision,
        ratePercent: curated !== undefined ? curated['ratePercent'] : (decision.ratePercent ?? null),
        ratePercentIsMaximum: curated !== undefined ? curated['ratePercentIsMaximum'] : (decision.ratePercentIsMaximum ?? false),
        sources: [...new Set([...((curated?.['sources'] as string[] | undefined) ?? []), ...measureInputs.map((i) => ctx.src(i)), ...dutyPages.map((i) => ctx.src(i))])].sort(),
      },
      measureInputs.filter((i) => (i.record as { type?: string }).type !== 'imposed_by' || normaliseId((i.record as FactRelation).to) !== null),
    );
    ctx.report(id, `measure: ${decision.why}`);
    // imposed_by: the decision names who imposes it; a record naming another body is reported.
    for (const i of measureInputs.filter((m) => (m.record as { type?: string }).type === 'imposed_by')) {
      const to = normaliseId((i.record as FactRelation).to);
      if (to !== decision.imposedById) ctx.report(id, `imposed by ${decision.imposedById}; ${i.ref} names ${String(to)}`, [i]);
    }
    // APPLIES_TO: one link per target; a rate for a subset of a country's producers is not the country's rate.
    const byTarget = new Map<string, Input<FactRelation>[]>();
    for (const i of inputs.filter((m) => (m.record as { type?: string }).type === 'applies_duty_to') as Input<FactRelation>[]) {
      const target = normaliseId(i.record.to);
      if (target === null || !['country', 'automaker', 'brand'].includes(kindOf(target))) {
        ctx.leave(i as Input<unknown>, `APPLIES_TO targets a country, automaker or brand; got ${String(i.record.to)}`);
        continue;
      }
      byTarget.set(target, [...(byTarget.get(target) ?? []), i]);
    }
    for (const [target, list] of [...byTarget.entries()].sort((x, y) => compareText(x[0], y[0]))) {
      const fix = RATE_FIXES.find((f) => f.measure === id && f.target === target);
      const rates = list
        .filter((i) => !(kindOf(target) === 'country' && /cooperating|non-cooperating/i.test(String(i.record.props['scope'] ?? ''))))
        .map((i) => i.record.props['rate_percent'])
        .filter((v): v is number => typeof v === 'number');
      const distinct = [...new Set(rates)];
      let rate: number | null = distinct.length === 1 ? (distinct[0] ?? null) : null;
      if (distinct.length > 1) ctx.report(`${id} APPLIES_TO ${target}`, `rates ${distinct.join(', ')} stated (a schedule or a disagreement): no single rate kept`, list);
      const subset = list.filter((i) => kindOf(target) === 'country' && /cooperating/i.test(String(i.record.props['scope'] ?? '')));
      if (subset.length > 0) ctx.report(`${id} APPLIES_TO ${target}`, `rates for other cooperating / non-cooperating producers (${subset.map((s) => String(s.record.props['rate_percent'])).join(', ')}) are not the country's rate`, subset);
      if (fix !== undefined) {
        ctx.report(`${id} APPLIES_TO ${target}`, fix.why, list);
        rate = fix.ratePercent;
      }
      if (rate !== null && (rate <= 0 || rate > MAX_RATE_PERCENT)) {
        ctx.report(`${id} APPLIES_TO ${target}`, `rate ${rate} outside (0, ${MAX_RATE_PERCENT}]: not stored`, list);
        rate = null;
      }
      const curatedLink = (ctx.base['measureLinks'] ?? []).find((l) => l['measureId'] === id && l['kind'] === 'APPLIES_TO' && l['targetId'] === target);
      const keptRate = (curatedLink?.['ratePercent'] as number | null | undefined) ?? rate;
      if (curatedLink !== undefined && curatedLink['ratePercent'] !== null && rate !== null && curatedLink['ratePercent'] !== rate) ctx.report(`${id} APPLIES_TO ${target}`, `rate ${String(curatedLink['ratePercent'])} of the curated link kept; the facts say ${rate}`, list);
      ctx.add(
        'measureLinks',
        { measureId: id, kind: 'APPLIES_TO', targetId: target, ratePercent: keptRate, sources: [...new Set([...((curatedLink?.['sources'] as string[] | undefined) ?? []), ...list.map((i) => ctx.src(i))])].sort() },
        list,
      );
    }
  }
}

/** The stake/planned helper for tests: whether a date text is a plan. */
export const isPlanText = (text: string): boolean => parseDate(text)?.planned === true;
export { stripBrackets };
