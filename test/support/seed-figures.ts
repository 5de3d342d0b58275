/**
 * The seed files' trade figures and the preference rule written again in TypeScript, independently
 * of the server's Cypher, so that integration tests can check what the server prefers.
 */

import fs from 'node:fs';
import path from 'node:path';

export interface SeedFigure {
  id: string;
  exporterId: string;
  destinationId: string | null;
  flow: string;
  metric: string;
  value: number;
  basis: string;
  vehicleClass: string;
  countedBy: string;
  periodStart: string;
  periodEnd: string;
  reporterId: string | null;
  sourceId: string;
  doubtful: boolean;
}

/** The records of one file in seeds/. */
export const readSeeds = <T>(file: string): T[] =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds', file), 'utf8')) as T[];

export const SEED_FIGURES = readSeeds<SeedFigure>('figures.json');

const PUBLISHED = new Map(readSeeds<{ id: string; published: string | null }>('sources.json').map((s) => [s.id, s.published]));

/** The publication day of a figure's source; null when unknown. */
export const publishedOf = (f: SeedFigure): string | null => PUBLISHED.get(f.sourceId) ?? null;

const BASIS_RANK: Record<string, number> = { OFFICIAL: 0, ESTIMATE: 1, FORECAST: 2, TARGET: 3 };

/** Negative when a is preferred to b: not doubtful, basis, named producer, later publication (unknown last), id. */
export function preferFigure(a: SeedFigure, b: SeedFigure): number {
  if (a.doubtful !== b.doubtful) return a.doubtful ? 1 : -1;
  if (BASIS_RANK[a.basis] !== BASIS_RANK[b.basis]) return BASIS_RANK[a.basis]! - BASIS_RANK[b.basis]!;
  if ((a.reporterId === null) !== (b.reporterId === null)) return a.reporterId === null ? 1 : -1;
  const [pa, pb] = [publishedOf(a), publishedOf(b)];
  if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pa > pb ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}
