/**
 * Automakers, brands and organizations from the facts: the records of one id merged (the graph's own
 * record first, then the pages from the most recent), the home country of each automaker, the owner
 * of each brand, and the organizations the facts only name as reporters, partners or owners.
 */

import { type Context, kindOf, normaliseId } from './facts.context';
import { compareText } from './merge';
import { AGGREGATES, AUTOMAKER_FIXES, AUTOMAKER_NAMES, BRAND_NAMES, BRAND_OWNERS, HOME_COUNTRIES, NEW_ORGANIZATIONS, ORGANIZATION_FIXES } from './facts.curation';
import { parseDate } from './facts.parse';
import type { FactEntity, FactRelation, Input } from './facts.types';

/** Inputs ordered most recent page first (undated last), then in reading order: the order merges keep. */
export function byRecency<T>(ctx: Context, inputs: readonly Input<T>[]): Input<T>[] {
  return [...inputs].sort((a, b) => compareText(ctx.published(b), ctx.published(a)) || (a.file === b.file ? a.index - b.index : compareText(a.file, b.file)));
}

/** Entity inputs grouped by the id they normalise to. */
export function entitiesById(ctx: Context): Map<string, Input<FactEntity>[]> {
  const groups = new Map<string, Input<FactEntity>[]>();
  for (const input of ctx.entities) {
    const id = normaliseId(input.record.id);
    if (id === null) {
      ctx.leave(input, `the id ${JSON.stringify(input.record.id)} has no kind:key form`);
      continue;
    }
    const list = groups.get(id) ?? [];
    list.push(input);
    groups.set(id, list);
  }
  return groups;
}

/** Every id of a kind the relations and figures name (after normalising), with the inputs naming it. */
export function referencedIds(ctx: Context, kind: string): Map<string, Input<unknown>[]> {
  const refs = new Map<string, Input<unknown>[]>();
  const note = (raw: string | null | undefined, input: Input<unknown>): void => {
    if (typeof raw !== 'string') return;
    const id = normaliseId(raw);
    if (id === null || kindOf(id) !== kind) return;
    const list = refs.get(id) ?? [];
    list.push(input);
    refs.set(id, list);
  };
  for (const r of ctx.relations) {
    note(r.record.from, r as Input<unknown>);
    note(r.record.to, r as Input<unknown>);
  }
  for (const f of ctx.figures) {
    note(f.record.subject, f as Input<unknown>);
    note(f.record.destination, f as Input<unknown>);
    note(f.record.reporter, f as Input<unknown>);
  }
  return refs;
}

/** The country id of a two-letter code in props, or null. */
function countryOf(ctx: Context, value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value.trim())) return null;
  const code = value.trim().toUpperCase();
  return ctx.countries.isCountry(code) ? `country:${code}` : null;
}

/** Relations of a type whose `from` normalises to the id, most recent page first. */
function relationsFrom(ctx: Context, type: string, id: string): Input<FactRelation>[] {
  return byRecency(
    ctx,
    ctx.relations.filter((r) => r.record.type === type && normaliseId(r.record.from) === id),
  );
}

/**
 * Automakers: every Automaker record (and the records the curation turns into automakers), every
 * automaker id the facts name that the curation gives a home country, and the graph's own automakers
 * the facts touch (their sources grow). An automaker without a home country is not created: the
 * facts naming it are left out later, with this reason.
 */
export function buildAutomakers(ctx: Context, groups: Map<string, Input<FactEntity>[]>): void {
  const referenced = referencedIds(ctx, 'automaker');
  const ids = new Set<string>([...[...groups.keys()].filter((id) => kindOf(id) === 'automaker'), ...referenced.keys()]);
  for (const id of [...ids].sort()) {
    const records = byRecency(ctx, groups.get(id) ?? []);
    const hq = relationsFrom(ctx, 'headquartered_in', id);
    const curated = ctx.baseById.get(id);
    const home = HOME_COUNTRIES[id];
    const fix = AUTOMAKER_FIXES[id];
    if (curated !== undefined) ctx.add('automakers', { ...curated }, []);
    // The home country: props.country, then a headquartered_in relation, then the curation.
    const candidates: { countryId: string; inputs: Input<unknown>[] }[] = [];
    for (const r of records) {
      const c = countryOf(ctx, r.record.props['country']);
      if (c !== null) candidates.push({ countryId: c, inputs: [r as Input<unknown>] });
    }
    for (const r of hq) {
      const c = normaliseId(r.record.to);
      if (c !== null && kindOf(c) === 'country') candidates.push({ countryId: c, inputs: [r as Input<unknown>] });
    }
    const countryId = (curated?.['countryId'] as string | undefined) ?? candidates[0]?.countryId ?? fix?.countryId ?? home?.countryId;
    if (countryId === undefined) {
      const why = 'no page of the facts gives its headquarters country';
      ctx.missing.set(id, why);
      for (const r of records) ctx.leave(r, `automaker ${id} left out: ${why}`);
      continue;
    }
    const others = candidates.filter((c) => c.countryId !== countryId);
    if (others.length > 0) ctx.report(id, `home country ${countryId} kept; other pages say ${[...new Set(others.map((o) => o.countryId))].join(', ')}`, others.flatMap((o) => o.inputs));
    const name = AUTOMAKER_NAMES[id] ?? fix?.name ?? home?.name ?? records[0]?.record.name ?? (curated?.['name'] as string | undefined);
    if (name === undefined) throw new Error(`buildAutomakers: no name for ${id}`);
    const sources = new Set<string>();
    const used: Input<unknown>[] = [];
    for (const r of records) {
      sources.add(ctx.src(r));
      used.push(r as Input<unknown>);
    }
    for (const r of hq) {
      if (normaliseId(r.record.to) !== countryId) continue;
      sources.add(ctx.src(r));
      used.push(r as Input<unknown>);
    }
    for (const url of home?.urls ?? []) {
      const sid = ctx.sourceIds.get(url);
      if (sid === undefined) throw new Error(`HOME_COUNTRIES ${id}: ${url} is not a page of the facts`);
      sources.add(sid);
    }
    if (sources.size === 0 && curated === undefined) {
      // Named by relations or figures only, with a home country from the curation but no page for it.
      const why = 'no page of the facts gives its headquarters country';
      ctx.missing.set(id, why);
      continue;
    }
    if (sources.size === 0) continue; // a curated automaker named only: nothing to add
    ctx.add('automakers', { id, name, countryId, sources: [...sources] }, used);
    if (home !== undefined) ctx.report(id, `home country ${countryId} from the pages' own words: ${home.why}`);
  }
  // headquartered_in relations of anything else (brands are read by buildBrands) are decided there.
}

/**
 * Brands: every Brand record and every brand id a brand_of names, with its owner from brand_of (the
 * current one: an owner with `until` is a former owner, kept as a company link by the links step).
 * Aggregates (brand:chinese-brands…) are not brands; a brand without an owner is left out.
 */
export function buildBrands(ctx: Context, groups: Map<string, Input<FactEntity>[]>): void {
  const referenced = referencedIds(ctx, 'brand');
  const ids = new Set<string>([...[...groups.keys()].filter((id) => kindOf(id) === 'brand'), ...referenced.keys()]);
  for (const id of [...ids].sort()) {
    const records = byRecency(ctx, groups.get(id) ?? []);
    if (AGGREGATES[id] !== undefined) {
      for (const r of records) ctx.leave(r, `${id} is an aggregate of a country's brands, not a brand: its figures are the country's (note "${AGGREGATES[id]?.note}")`);
      continue;
    }
    const owners = relationsFrom(ctx, 'brand_of', id).filter((r) => {
      const to = normaliseId(r.record.to);
      return to !== null && kindOf(to) === 'automaker';
    });
    const current = owners.filter((r) => parseDate(r.record.props['until'] as string | undefined) === null);
    const listed = BRAND_OWNERS[id];
    const ownerId = current.length > 0 ? normaliseId(current[0]?.record.to ?? '') : owners.length > 0 ? normaliseId(owners[0]?.record.to ?? '') : (listed?.automakerId ?? null);
    if (ownerId === null) {
      const why = 'no page of the facts names its owner (brand_of), and it is not an automaker';
      ctx.missing.set(id, why);
      for (const r of records) ctx.leave(r, `brand ${id} left out: ${why}`);
      continue;
    }
    const ownerInputs = owners.filter((r) => normaliseId(r.record.to) === ownerId);
    const disagree = current.filter((r) => normaliseId(r.record.to) !== ownerId);
    if (disagree.length > 0) ctx.report(id, `owner ${ownerId} kept; other pages name ${disagree.map((r) => r.record.to).join(', ')}`, disagree);
    if (owners.length > 0 && current.length === 0) ctx.report(id, `its only owner ${ownerId} has an end date (${String(owners[0]?.record.props['until'])}); kept as its owner, the end date has no field`, owners);
    if (listed !== undefined && owners.length === 0) ctx.report(id, `owner ${ownerId}: ${listed.why}`);
    const hq = relationsFrom(ctx, 'headquartered_in', id);
    const countryFromProps = records.map((r) => countryOf(ctx, r.record.props['country'])).find((c) => c !== null) ?? null;
    const countryFromHq = hq.map((r) => normaliseId(r.record.to)).find((c) => c !== null && kindOf(c) === 'country') ?? null;
    const countryId = countryFromProps ?? countryFromHq;
    const name = records.map((r) => r.record.name).find((n) => n !== '') ?? BRAND_NAMES[id];
    if (name === undefined) throw new Error(`buildBrands: no name for ${id}: add it to BRAND_NAMES`);
    const used = [...records, ...ownerInputs, ...hq.filter((r) => normaliseId(r.record.to) === countryId)] as Input<unknown>[];
    const sources = [...new Set(used.map((u) => ctx.src(u)))];
    if (sources.length === 0) {
      // A brand the curation gives an owner but only figures name: its sources are those figures' pages.
      for (const r of referenced.get(id) ?? []) sources.push(ctx.src(r));
    }
    ctx.brandOwner.set(id, ownerId);
    ctx.add('brands', { id, name: cleanBrandName(name), automakerId: ownerId, countryId, sources: [...new Set(sources)] }, used);
  }
}

/** A brand's name without the remark the facts add in brackets ("Solaris (AGR, Russia)" → "Solaris"). */
function cleanBrandName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

const ACRONYM = /^[A-Z0-9ÀİÖÜÉ&.\- ]{2,12}$/;

/** An organization's name and short name from a record name such as "China Passenger Car Association (CPCA)". */
function splitOrgName(name: string): { name: string; shortName: string | null } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  if (m === null) return { name, shortName: null };
  const inner = (m[2] ?? '').trim();
  return { name: (m[1] ?? name).trim(), shortName: ACRONYM.test(inner) ? inner : null };
}

/**
 * Organizations: every Organization record the curation leaves an organization, and every org id the
 * facts name that the curation knows (NEW_ORGANIZATIONS). An org the facts name without either is
 * not created, and the facts naming it are left out later.
 */
export function buildOrganizations(ctx: Context, groups: Map<string, Input<FactEntity>[]>): void {
  const referenced = referencedIds(ctx, 'org');
  const ids = new Set<string>([...[...groups.keys()].filter((id) => kindOf(id) === 'org'), ...referenced.keys()]);
  for (const id of [...ids].sort()) {
    const records = byRecency(ctx, groups.get(id) ?? []);
    const curated = ctx.baseById.get(id);
    const created = NEW_ORGANIZATIONS[id];
    const fix = ORGANIZATION_FIXES[id];
    if (records.length === 0 && curated === undefined && created === undefined) {
      ctx.missing.set(id, 'named without a record, and the curation does not know it');
      continue;
    }
    if (curated !== undefined) ctx.add('organizations', { ...curated }, []);
    const split = records[0] === undefined ? null : splitOrgName(records[0].record.name);
    const name = fix?.name ?? created?.name ?? split?.name ?? (curated?.['name'] as string);
    const shortName = fix?.shortName !== undefined ? fix.shortName : created !== undefined ? created.shortName : (split?.shortName ?? null);
    const countryFromProps = records.map((r) => countryOf(ctx, r.record.props['country'])).find((c) => c !== null) ?? null;
    const countryId = fix?.countryId !== undefined ? fix.countryId : created !== undefined ? created.countryId : countryFromProps;
    // A record's page states the organization; an org created from the curation is stated by the
    // pages that name it.
    let used: Input<unknown>[] = records as Input<unknown>[];
    if (used.length === 0 && curated === undefined) used = referenced.get(id) ?? [];
    const sources = [...new Set(used.map((u) => ctx.src(u)))];
    if (sources.length === 0) continue;
    ctx.add('organizations', { id, name, shortName, countryId: curated !== undefined ? curated['countryId'] : countryId, sources }, records);
  }
}
