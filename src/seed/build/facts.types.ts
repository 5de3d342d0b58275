/**
 * The shapes of the sourced facts (data/facts-2026-12, as gathered) and of the seed records of
 * dataset 2.0.0 that convertFacts makes from them (see the lead's SPEC: kinds and fields).
 */

import type { LeftOut } from './records';
import type { Precision } from './merge';

/** Where a page was read: its address, its publication date ("undated" when it shows none), its publisher. */
export interface FactSource {
  url: string;
  published: string;
  publisher: string;
}

export interface FactEntity {
  id: string;
  kind: string;
  name: string;
  props: Record<string, unknown>;
  source: FactSource;
}

export interface FactRelation {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
  source: FactSource;
}

export interface FactFigure {
  subject: string;
  destination: string | null;
  metric: string;
  value: number;
  unit: string;
  period: string;
  reporter: string | null;
  basis: string;
  counts: string;
  qualifier: string;
  source: FactSource;
}

/** One parsed file of the gathering, with its name (e.g. "makers-1.json"). */
export interface FactsFile {
  name: string;
  data: { entities?: FactEntity[]; relations?: FactRelation[]; figures?: FactFigure[] };
}

/** What part of a file an input record is. */
export type Section = 'entities' | 'relations' | 'figures';

/** An input record with where it was read ("makers-1.json entities[3]"). */
export interface Input<T> {
  ref: string;
  file: string;
  section: Section;
  index: number;
  record: T;
}

/** A seed record in the shape of its kind's fields. */
export type SeedRecord = Record<string, unknown>;

/**
 * An input record not loaded, with why: the shape every part of the build reports (records.ts), from
 * which seeds/LEFT-OUT.md is written. `input` is where it was read ("makers-1.json relations[12]"),
 * `record` what it states ("automaker:byd sells_in country:BR"), `reason` why it was not loaded.
 */
export type { LeftOut } from './records';

/** A judgement worth a researcher's attention that did not leave a record out (a value chosen, a date inferred). */
export interface Reported {
  /** The output record concerned (its id or key). */
  about: string;
  what: string;
  /** The inputs the judgement read. */
  inputs: string[];
}

/** The records the graph already has, by kind name (curated seeds, the country list). */
export type BaseRecords = Record<string, readonly SeedRecord[]>;

export interface ConvertResult {
  /** Records by kind name (automakers, brands, factories, formerOperators, marketLinks, …). */
  records: Record<string, SeedRecord[]>;
  leftOut: LeftOut[];
  /** Judgement calls and disagreements resolved (kept in the summary, not in the graph). */
  reported: Reported[];
}

export type { Precision };

/** Output kind names, in the order of writing. */
export const OUTPUT_KINDS = [
  'sources',
  'organizations',
  'automakers',
  'brands',
  'markets',
  'marketCountries',
  'factories',
  'formerOperators',
  'marketLinks',
  'companyLinks',
  'figures',
  'tradeMeasures',
  'measureLinks',
  'factoryClaims',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
