/**
 * Short titles for the sources, written from what each page states in the facts (its subjects, the
 * kind of fact, the places and the years), e.g. "BYD sales in Brazil, 2023–2024". Never words of the
 * page itself: the title is ours, built from the records the gathering read from it.
 */

import type { FactEntity, FactFigure, FactRelation, Input } from './facts.types';
import { compareText } from './merge';

/** What a figure counts, as words for a title. */
const METRIC_WORDS: Record<string, string> = {
  vehicle_exports: 'exports',
  passenger_car_exports: 'car exports',
  nev_exports: 'NEV exports',
  export_value: 'export value',
  overseas_sales: 'overseas sales',
  sales_in_market: 'sales',
  market_share: 'market share',
  production: 'production',
  imports: 'imports',
  capacity: 'capacity',
  investment: 'investment',
};

interface Statement {
  subject: string;
  what: string;
  /** The preposition before the place ("in", "to", "from"), when there is a place. */
  link: string;
  place: string | null;
  years: number[];
}

/** A name for an id, for titles: the record's name, or words from the key. */
export type NameOf = (id: string | null) => string | null;

function statementsOf(inputs: readonly Input<unknown>[], nameOf: NameOf): Statement[] {
  const out: Statement[] = [];
  for (const input of inputs) {
    if (input.section === 'figures') {
      const f = input.record as FactFigure;
      const metric = METRIC_WORDS[f.metric] ?? f.metric.replace(/_/g, ' ');
      const what = f.basis === 'target' ? `${metric} target` : f.basis === 'forecast' || f.basis === 'planned' ? `${metric} forecast` : metric;
      const link = f.metric === 'imports' ? 'from' : /exports|export_value/.test(f.metric) ? 'to' : 'in';
      const years = [...f.period.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
      const named = nameOf(f.subject) ?? f.subject;
      const subject = named === 'the world' ? 'world' : named;
      const place = nameOf(f.destination);
      // A country's own market: "sales in France", not "France sales in France".
      if (place !== null && place === named) out.push({ subject: '', what, link, place, years });
      else out.push({ subject, what, link, place, years });
    } else if (input.section === 'relations') {
      const r = input.record as FactRelation;
      const from = nameOf(r.from) ?? r.from;
      const to = nameOf(r.to) ?? r.to;
      if (r.type === 'sells_in') out.push({ subject: from, what: 'sales', link: 'in', place: to, years: [] });
      else if (r.type === 'exports_to') out.push({ subject: from, what: 'exports', link: 'to', place: to, years: [] });
      else if (r.type === 'operates') out.push({ subject: to, what: '', link: '', place: null, years: [] });
      else if (r.type === 'owns_stake_in') out.push({ subject: from, what: 'stake', link: 'in', place: to, years: [] });
      else if (r.type === 'joint_venture_with') out.push({ subject: `${from}–${to}`, what: 'joint venture', link: '', place: null, years: [] });
      else if (r.type === 'contract_manufactures_for') out.push({ subject: from, what: 'assembly', link: 'for', place: to, years: [] });
      else if (r.type === 'brand_of') out.push({ subject: from, what: 'brand ownership', link: '', place: null, years: [] });
      else if (r.type === 'applies_duty_to' || r.type === 'imposed_by') out.push({ subject: from, what: '', link: '', place: null, years: [] });
      else if (r.type === 'headquartered_in') out.push({ subject: from, what: 'headquarters', link: '', place: null, years: [] });
    } else {
      const e = input.record as FactEntity;
      out.push({ subject: nameOf(e.id) ?? e.name, what: '', link: '', place: null, years: [] });
    }
  }
  return out;
}

/** Joins names: "A", "A and B", "A, B and C", or "N markets" beyond four. */
function listOf(names: readonly string[], noun: string): string {
  if (names.length > 4) return `${names.length} ${noun}`;
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The title of a page from the inputs read from it (figures, relations and entities). */
export function titleFor(inputs: readonly Input<unknown>[], nameOf: NameOf, fallback: string): string {
  const statements = statementsOf(inputs, nameOf);
  // Group by subject and kind of fact; the most frequent groups lead.
  const groups = new Map<string, { subject: string; what: string; link: string; places: string[]; count: number }>();
  const years: number[] = [];
  for (const s of statements) {
    const key = `${s.subject}|${s.what}|${s.link}`;
    const g = groups.get(key) ?? { subject: s.subject, what: s.what, link: s.link, places: [], count: 0 };
    g.count += 1;
    if (s.place !== null && !g.places.includes(s.place)) g.places.push(s.place);
    groups.set(key, g);
    years.push(...s.years);
  }
  // A subject named alone (a plant, a measure) is dropped when a fact about it is in the title anyway.
  const told = new Set([...groups.values()].filter((g) => g.what !== '').map((g) => g.subject));
  const ordered = [...groups.values()]
    .filter((g) => g.what !== '' || !told.has(g.subject))
    .sort((a, b) => b.count - a.count || compareText(a.subject, b.subject));
  // Subjects that share a kind of fact and place are listed together ("BYD and Chery sales in Brazil").
  const phrases: string[] = [];
  const used = new Set<string>();
  for (const g of ordered) {
    const key = `${g.subject}|${g.what}|${g.link}`;
    if (used.has(key)) continue;
    const peers = ordered.filter((o) => !used.has(`${o.subject}|${o.what}|${o.link}`) && o.what === g.what && o.link === g.link && (o.subject === '') === (g.subject === '') && JSON.stringify(o.places) === JSON.stringify(g.places));
    for (const p of peers) used.add(`${p.subject}|${p.what}|${p.link}`);
    const subjects = listOf(peers.map((p) => p.subject), 'companies');
    const places = g.places.length === 0 ? '' : ` ${g.link} ${listOf(g.places, 'markets')}`;
    phrases.push(`${subjects}${g.what === '' ? '' : ` ${g.what}`}${places}`.trim());
    if (phrases.length === 2) break;
  }
  let title = phrases.filter((p) => p !== '').join('; ');
  if (title === '') title = fallback;
  const ys = [...new Set(years)].sort();
  const first = ys[0];
  const last = ys[ys.length - 1];
  if (first !== undefined && last !== undefined) title += first === last ? `, ${first}` : `, ${first}–${last}`;
  if (title.length > 200) title = `${title.slice(0, 197).replace(/\s+\S*$/, '')}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
