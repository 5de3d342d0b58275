/**
 * Whether two contenders gave the same answer. Answers are compared as Autograph's `data` JSON,
 * exactly (key order aside), except where the question itself leaves a choice open: several shortest
 * paths of the same length may exist (W4), so there the length, the ends and that the steps chain are
 * compared.
 */

import { isDeepStrictEqual } from 'node:util';
import type { WorkloadId } from './workloads';

interface PathAnswer {
  path: { length: number; nodes: { id: string }[]; steps: { from: string; to: string }[] } | null;
}

/** What W4 fixes about a path: its length, its ends, and that each step joins two consecutive nodes. */
function pathEssentials(data: unknown): unknown {
  const path = (data as PathAnswer | null)?.path;
  if (path === null || path === undefined) return null;
  const ids = path.nodes.map((n) => n.id);
  const chained = path.steps.every((s, i) => {
    const pair = [ids[i], ids[i + 1]];
    return (pair[0] === s.from && pair[1] === s.to) || (pair[0] === s.to && pair[1] === s.from);
  });
  return { length: path.length, from: ids[0], to: ids[ids.length - 1], steps: path.steps.length, chained };
}

/** The part of an answer that must be equal for the workload. */
export function essentials(workload: WorkloadId, data: unknown): unknown {
  return workload === 'W4' ? pathEssentials(data) : data;
}

/**
 * Compares a contender's answer with the reference. Returns null when they match, else a short
 * description of the first difference (a JSON path and both values).
 */
export function differs(workload: WorkloadId, reference: unknown, candidate: unknown): string | null {
  return firstDifference(essentials(workload, reference), essentials(workload, candidate), '$');
}

function firstDifference(a: unknown, b: unknown, at: string): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d !== null) return d;
    }
    return `${at}: expected ${a.length} items, got ${b.length}`;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d !== null) return d;
    }
  }
  return `${at}: expected ${short(a)}, got ${short(b)}`;
}

const short = (v: unknown): string => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
};
