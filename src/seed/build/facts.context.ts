/**
 * The state of one conversion: the inputs with where each was read, the ids they normalise to, the
 * fate of every input (loaded or left out, never both), the candidate records each step proposes
 * (each remembering the inputs it came from), and the page of every input as a source id.
 */

import { CountryBook } from './facts.countries';
import { ID_ALIASES } from './facts.curation';
import { choosePageSource } from './facts.sources';
import type { BaseRecords, FactEntity, FactFigure, FactRelation, FactSource, FactsFile, Input, LeftOut, OutputKind, Reported, SeedRecord, Section } from './facts.types';

/** A record a step proposes, with the inputs it stands on (removed before the record is returned). */
export type Candidate = SeedRecord & { _inputs: string[] };

/** Base kind names of the node kinds whose ids the facts may reference. */
const BASE_NODE_KINDS = ['sources', 'countries', 'organizations', 'automakers', 'brands', 'factories', 'markets', 'figures', 'tradeMeasures', 'factoryClaims'];

export class Context {
  readonly entities: Input<FactEntity>[] = [];
  readonly relations: Input<FactRelation>[] = [];
  readonly figures: Input<FactFigure>[] = [];
  /** Every page of the facts with the publisher and date it keeps. */
  readonly pages = new Map<string, FactSource>();
  /** Source id of every page (curated id where the page is curated). */
  sourceIds = new Map<string, string>();
  /** Records of the base by id (node kinds). */
  readonly baseById = new Map<string, SeedRecord>();
  /** Base records by kind name. */
  readonly base: BaseRecords;
  private readonly fate = new Map<string, LeftOut | 'loaded'>();
  readonly candidates = new Map<OutputKind, Candidate[]>();
  readonly reported: Reported[] = [];
  /** Why an id the facts reference is not in the graph (an automaker without a home country…). */
  readonly missing = new Map<string, string>();
  /** The owner of each brand created (a brand runs a plant or a link through its owner). */
  readonly brandOwner = new Map<string, string>();
  /** country → country exports_to with a number of units, turned into figures by the figures step. */
  readonly pendingCountryExports: Input<FactRelation>[] = [];
  /** Country names and own markets. */
  readonly countries: CountryBook;

  constructor(files: readonly FactsFile[], base: BaseRecords) {
    this.base = base;
    this.countries = new CountryBook(base);
    const variants = new Map<string, FactSource[]>();
    const sections: Section[] = ['entities', 'relations', 'figures'];
    for (const file of files) {
      for (const section of sections) {
        const list = (file.data[section] ?? []) as unknown[];
        list.forEach((record, index) => {
          const input = { ref: `${file.name} ${section}[${index}]`, file: file.name, section, index, record };
          if (section === 'entities') this.entities.push(input as Input<FactEntity>);
          else if (section === 'relations') this.relations.push(input as Input<FactRelation>);
          else this.figures.push(input as Input<FactFigure>);
          const source = (record as { source?: FactSource }).source;
          if (source === undefined || typeof source.url !== 'string') throw new Error(`${input.ref}: expected a source {url, published, publisher}, got ${JSON.stringify(source)}`);
          const seen = variants.get(source.url);
          if (seen === undefined) variants.set(source.url, [source]);
          else seen.push(source);
        });
      }
    }
    for (const [url, list] of variants) this.pages.set(url, choosePageSource(list));
    for (const kind of BASE_NODE_KINDS) for (const record of base[kind] ?? []) this.baseById.set(String(record['id']), record);
  }

  /** The source id of an input's page. */
  src(input: { ref: string; record: unknown }): string {
    const url = urlOf(input);
    const id = this.sourceIds.get(url);
    if (id === undefined) throw new Error(`${input.ref}: no source id for ${url}`);
    return id;
  }

  /** The publication date of an input's page as kept ("undated" → ""), for ordering records by recency. */
  published(input: { ref: string; record: unknown }): string {
    const p = this.pages.get(urlOf(input))?.published ?? 'undated';
    return /^\d{4}/.test(p) ? p : '';
  }

  /** Marks inputs as loaded (they stand behind a record that is returned, unless it is dropped later). */
  load(...inputs: readonly { ref: string }[]): void {
    for (const input of inputs) if (!this.fate.has(input.ref)) this.fate.set(input.ref, 'loaded');
  }

  /** Marks an input as left out with the reason (a reason given first is kept). */
  leave(input: Input<unknown>, reason: string): void {
    const current = this.fate.get(input.ref);
    if (current !== undefined && current !== 'loaded') return;
    this.fate.set(input.ref, { input: input.ref, record: describeInput(input), reason });
  }

  /** Leaves out an input that was loaded before (its record was dropped). */
  unload(ref: string, reason: string): void {
    const input = this.byRef(ref);
    const current = this.fate.get(ref);
    if (current !== undefined && current !== 'loaded') return;
    this.fate.set(ref, { input: ref, record: input === undefined ? ref : describeInput(input), reason });
  }

  private refIndex: Map<string, Input<unknown>> | null = null;
  byRef(ref: string): Input<unknown> | undefined {
    if (this.refIndex === null) {
      this.refIndex = new Map();
      for (const i of [...this.entities, ...this.relations, ...this.figures]) this.refIndex.set(i.ref, i as Input<unknown>);
    }
    return this.refIndex.get(ref);
  }

  isLoaded(ref: string): boolean {
    return this.fate.get(ref) === 'loaded';
  }

  isDecided(ref: string): boolean {
    return this.fate.has(ref);
  }

  /** Every input left out, in input order. */
  leftOut(): LeftOut[] {
    const out: LeftOut[] = [];
    for (const i of [...this.entities, ...this.relations, ...this.figures]) {
      const f = this.fate.get(i.ref);
      if (f !== undefined && f !== 'loaded') out.push(f);
    }
    return out;
  }

  /** Inputs neither loaded nor left out (a bug in a step: every input must be decided). */
  undecided(): string[] {
    return [...this.entities, ...this.relations, ...this.figures].filter((i) => !this.fate.has(i.ref)).map((i) => i.ref);
  }

  loadedCount(): number {
    return [...this.fate.values()].filter((f) => f === 'loaded').length;
  }

  /** Proposes a record of a kind. */
  add(kind: OutputKind, record: SeedRecord, inputs: readonly { ref: string }[]): Candidate {
    const candidate = { ...record, _inputs: inputs.map((i) => i.ref) } as Candidate;
    const list = this.candidates.get(kind);
    if (list === undefined) this.candidates.set(kind, [candidate]);
    else list.push(candidate);
    this.load(...inputs);
    return candidate;
  }

  /** Whether a step has proposed a record of a kind with this id. */
  hasCandidate(kind: OutputKind, id: string): boolean {
    return (this.candidates.get(kind) ?? []).some((c) => c['id'] === id);
  }

  /** The first word of an input page's publisher ("wcevcar" of "WCEVCar blog"), for ids that name a source. */
  publisherWord(input: { record: unknown }): string {
    const publisher = this.pages.get(urlOf(input))?.publisher ?? 'page';
    const word = publisher
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^a-z0-9]+/)
      .find((w) => w !== '' && w !== 'the');
    return word ?? 'page';
  }

  report(about: string, what: string, inputs: readonly { ref: string }[] = []): void {
    this.reported.push({ about, what, inputs: inputs.map((i) => i.ref) });
  }
}

/**
 * The project's form of a working id: country codes upper case, slugs lower case with hyphens,
 * then the curation's aliases (followed until they stop). Returns null for a malformed id.
 */
export function normaliseId(raw: string): string | null {
  const colon = raw.indexOf(':');
  if (colon <= 0) return null;
  const kind = raw.slice(0, colon).trim().toLowerCase();
  const key = raw.slice(colon + 1).trim();
  let id: string;
  if (kind === 'country') {
    if (!/^[A-Za-z]{2}$/.test(key)) return null;
    id = `country:${key.toUpperCase()}`;
  } else {
    const slug = key
      .toLowerCase()
      .replace(/[_\s]+/g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    if (slug === '') return null;
    id = `${kind}:${slug}`;
  }
  for (let hops = 0; hops < 5; hops += 1) {
    const alias = ID_ALIASES[id];
    if (alias === undefined) break;
    id = alias.to;
  }
  return id;
}

/**
 * What an input record states, in one line: "Factory factory:byd-szeged (BYD Szeged plant)",
 * "automaker:byd sells_in country:BR", "automaker:byd sales_in_market country:BR 2024 = 76713 vehicles".
 */
export function describeInput(input: Input<unknown>): string {
  const r = input.record as Partial<FactEntity & FactRelation & FactFigure>;
  if (input.section === 'entities') return `${String(r.kind)} ${String(r.id)} (${String(r.name)})`;
  if (input.section === 'relations') {
    const props = r.props !== undefined && Object.keys(r.props).length > 0 ? ` ${JSON.stringify(r.props)}` : '';
    return `${String(r.from)} ${String(r.type)} ${String(r.to)}${props}`.slice(0, 300);
  }
  return `${String(r.subject)} ${String(r.metric)} ${r.destination ?? 'world'} ${String(r.period)} = ${String(r.value)} ${String(r.unit)}`;
}

/** The address of the page an input was read from. */
export const urlOf = (input: { record: unknown }): string => (input.record as { source: FactSource }).source.url;

/** The kind part of an id ("automaker" of "automaker:byd"). */
export const kindOf = (id: string): string => id.slice(0, id.indexOf(':'));
