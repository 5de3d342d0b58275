/**
 * Turns a run's results into what people read: markdown tables (figures per contender, ratios, the
 * targets of issue 6) and two SVG charts (throughput per workload per contender; latency against
 * graph size).
 */

import type { ContenderId } from './contenders';
import type { BenchResults, BenchWorkloadId, Measurement } from './results';

const COLOURS: Record<ContenderId, string> = {
  autograph: '#1d4ed8',
  'autograph-nobatch': '#93c5fd',
  'neo4j-graphql': '#d97706',
  cypher: '#047857',
};

const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
const ratio = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || b === 0 ? Number.NaN : a / b;

function find(results: BenchResults, scale: number, contender: ContenderId, workload: BenchWorkloadId): Measurement | undefined {
  return results.measurements.find((m) => m.scale === scale && m.contender === contender && m.workload === workload);
}

const scaleName = (results: BenchResults, scale: number): string => {
  const info = results.scales.find((s) => s.scale === scale);
  const size = info === undefined ? '' : ` (${fmt(info.nodes)} nodes, ${fmt(info.relationships)} relationships)`;
  return scale === 0 ? `seed graph${size}` : `scale ${scale}${size}`;
};

/** One target of issue 6, checked on the results. */
export interface TargetCheck {
  target: string;
  holds: boolean;
  /** The cases that miss it (empty when it holds). */
  misses: string[];
}

/** Checks the targets of issue 6 on the results (ratios within this one run). */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const scales = results.scales.map((s) => s.scale).sort((a, b) => a - b);
  const peer: string[] = [];
  const limit: string[] = [];
  const depth: string[] = [];
  for (const scale of scales) {
    for (const w of results.workloads) {
      const a = find(results, scale, 'autograph', w.id);
      if (a === undefined) continue;
      const p = find(results, scale, 'neo4j-graphql', w.id);
      const r = ratio(a.throughput, p?.throughput);
      if (p !== undefined && !(r >= 1)) peer.push(`${w.id} at scale ${scale}: ${fmt(r, 2)}×`);
      if (w.id === 'W2' || w.id === 'W3') {
        const l = find(results, scale, 'cypher', w.id);
        const rl = ratio(a.throughput, l?.throughput);
        if (l !== undefined && !(rl >= 0.7)) limit.push(`${w.id} at scale ${scale}: ${fmt(rl, 2)}×`);
      }
      if (w.id !== 'W7' && a.queriesPerRequest > w.depth) depth.push(`${w.id} at scale ${scale}: ${a.queriesPerRequest} queries, depth ${w.depth}`);
    }
  }
  const growth: string[] = [];
  const [smallest, largest] = [scales[0], scales[scales.length - 1]];
  if (smallest !== undefined && largest !== undefined && largest !== smallest) {
    for (const id of ['W1', 'W2'] as const) {
      const s = find(results, smallest, 'autograph', id);
      const l = find(results, largest, 'autograph', id);
      const g = ratio(l?.p50, s?.p50);
      if (s !== undefined && l !== undefined && !(g <= 1.5)) growth.push(`${id}: p50 ${fmt(s.p50, 1)} → ${fmt(l.p50, 1)} ms (${fmt(g, 2)}×)`);
    }
  }
  return [
    { target: 'Autograph ≥ 1.0× the peer’s throughput on every workload', holds: peer.length === 0, misses: peer },
    { target: 'Autograph ≥ 0.7× the limit’s throughput on W2 and W3', holds: limit.length === 0, misses: limit },
    { target: 'Cypher queries per request ≤ the depth of the query', holds: depth.length === 0, misses: depth },
    {
      target: `W1 and W2 p50 latency at the largest scale within 1.5× of the smallest`,
      holds: growth.length === 0,
      misses: growth,
    },
  ];
}

/** The markdown report: the machine, then per scale the figures, the ratios, and the targets. */
export function markdownReport(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  const lines: string[] = [
    `Run ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpuModel}, ${fmt(m.memoryGiB)} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}.`,
    `Load from a separate process on 127.0.0.1 (autocannon, ${s.connections} connections); ${s.warmupSeconds} s warm-up, then ${s.rounds} rounds of ${s.roundSeconds} s per contender and workload, contenders taking turns each round. Generator seed ${s.seed}.`,
    '',
  ];
  for (const info of [...results.scales].sort((a, b) => a.scale - b.scale)) {
    lines.push(`#### ${scaleName(results, info.scale)}`, '');
    lines.push(
      '| Workload | Contender | req/s | p50 ms | p95 ms | p99 ms | Cypher/req | server CPU ms/req | Neo4j CPU ms/req | peak RSS MiB | errors | answer |',
      '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    );
    for (const w of results.workloads) {
      for (const c of results.contenders) {
        const x = find(results, info.scale, c.id, w.id);
        if (x === undefined) continue;
        lines.push(
          `| ${w.id} ${w.title} | ${c.label} | ${fmt(x.throughput)} | ${fmt(x.p50, 1)} | ${fmt(x.p95, 1)} | ${fmt(x.p99, 1)} | ${fmt(x.queriesPerRequest, 1)} | ${fmt(x.serverCpuMsPerRequest, 2)} | ${fmt(x.neo4jCpuMsPerRequest, 2)} | ${fmt(x.peakRssMb)} | ${x.errors} | ${x.answer === 'match' ? 'same' : x.answer} |`,
        );
      }
    }
    lines.push('', '| Workload | Autograph / peer | Autograph / limit | Autograph / DataLoader off |', '|---|--:|--:|--:|');
    for (const w of results.workloads) {
      const a = find(results, info.scale, 'autograph', w.id)?.throughput;
      const r = (c: ContenderId): string => fmt(ratio(a, find(results, info.scale, c, w.id)?.throughput), 2) + '×';
      lines.push(`| ${w.id} ${w.title} | ${r('neo4j-graphql')} | ${r('cypher')} | ${r('autograph-nobatch')} |`);
    }
    lines.push('');
  }
  lines.push('#### Targets', '');
  for (const t of checkTargets(results)) {
    lines.push(`- ${t.holds ? '✅' : '❌'} ${t.target}${t.holds ? '' : `: missed by ${t.misses.join('; ')}`}`);
  }
  return lines.join('\n') + '\n';
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bars: throughput per workload per contender at one scale, on a log axis (workloads differ by 100×). */
export function throughputChart(results: BenchResults, scale: number): string {
  const W = 960;
  const H = 420;
  const left = 70;
  const right = 20;
  const top = 60;
  const bottom = 60;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const values = results.measurements.filter((m) => m.scale === scale && m.throughput > 0).map((m) => m.throughput);
  const maxExp = Math.ceil(Math.log10(Math.max(10, ...values)));
  const minExp = Math.min(0, Math.floor(Math.log10(Math.min(...values, 10))));
  const y = (v: number): number => top + plotH - ((Math.log10(Math.max(v, 10 ** minExp)) - minExp) / (maxExp - minExp)) * plotH;
  const groups = results.workloads;
  const groupW = plotW / groups.length;
  const barW = (groupW * 0.8) / results.contenders.length;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="t">`,
    `<title id="t">Throughput per workload and contender, ${esc(scaleName(results, scale))}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600" fill="#111827">Throughput (requests/s, log scale), ${esc(scaleName(results, scale))}</text>`,
  ];
  for (let e = minExp; e <= maxExp; e += 1) {
    const yy = y(10 ** e);
    out.push(`<line x1="${left}" x2="${W - right}" y1="${yy}" y2="${yy}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${left - 8}" y="${yy + 4}" text-anchor="end" fill="#374151">${fmt(10 ** e)}</text>`);
  }
  groups.forEach((w, gi) => {
    const gx = left + gi * groupW + groupW * 0.1;
    results.contenders.forEach((c, ci) => {
      const x = find(results, scale, c.id, w.id);
      if (x === undefined || !(x.throughput > 0)) return;
      const bx = gx + ci * barW;
      const by = y(x.throughput);
      out.push(
        `<rect x="${bx.toFixed(1)}" y="${by.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(top + plotH - by).toFixed(1)}" fill="${COLOURS[c.id]}"><title>${esc(`${w.id} ${c.label}: ${fmt(x.throughput)} req/s`)}</title></rect>`,
      );
      out.push(
        `<text x="${(bx + barW / 2 - 1).toFixed(1)}" y="${(by - 4).toFixed(1)}" text-anchor="middle" font-size="9" fill="#111827">${fmt(x.throughput)}</text>`,
      );
    });
    out.push(`<text x="${(left + gi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-weight="600" fill="#111827">${w.id}</text>`);
    out.push(`<text x="${(left + gi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 33}" text-anchor="middle" font-size="10" fill="#4b5563">${esc(shortTitle(w.title))}</text>`);
  });
  out.push(legend(results, left, 40));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const shortTitle = (title: string): string => (title.length > 22 ? `${title.slice(0, 21)}…` : title);

function legend(results: BenchResults, x: number, y: number): string {
  let dx = x;
  return results.contenders
    .map((c) => {
      const part = `<rect x="${dx}" y="${y - 9}" width="12" height="12" fill="${COLOURS[c.id]}"/><text x="${dx + 16}" y="${y + 1}" fill="#111827">${esc(c.label)}</text>`;
      dx += 30 + c.label.length * 7;
      return part;
    })
    .join('');
}

/** Small multiples: p50 latency against graph size (relationships), one panel per workload, a line per contender. */
export function latencyChart(results: BenchResults): string {
  const panels = results.workloads;
  const cols = 4;
  const rows = Math.ceil(panels.length / cols);
  const pw = 230;
  const ph = 170;
  const W = cols * pw + 20;
  const H = rows * ph + 70;
  const scales = [...results.scales].sort((a, b) => a.scale - b.scale);
  const sizes = scales.map((s) => Math.max(1, s.relationships));
  const [minX, maxX] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-labelledby="t">`,
    `<title id="t">p50 latency against graph size, per workload and contender</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="600" fill="#111827">p50 latency (ms, log) against graph size (relationships, log)</text>`,
    legend(results, 10, 42),
  ];
  panels.forEach((w, i) => {
    const ox = 10 + (i % cols) * pw;
    const oy = 60 + Math.floor(i / cols) * ph;
    const inner = { l: ox + 40, t: oy + 20, w: pw - 55, h: ph - 55 };
    const ms = results.measurements.filter((m) => m.workload === w.id && m.p50 > 0);
    const lat = ms.map((m) => m.p50);
    const [minY, maxY] = [Math.floor(Math.log10(Math.min(...lat, 1))), Math.ceil(Math.log10(Math.max(...lat, 10)))];
    const px = (rels: number): number =>
      maxX === minX ? inner.l + inner.w / 2 : inner.l + ((Math.log10(Math.max(1, rels)) - minX) / (maxX - minX)) * inner.w;
    const py = (v: number): number => inner.t + inner.h - ((Math.log10(v) - minY) / (maxY - minY || 1)) * inner.h;
    out.push(`<text x="${ox + 40}" y="${oy + 12}" font-weight="600" fill="#111827">${w.id} ${esc(shortTitle(w.title))}</text>`);
    out.push(`<rect x="${inner.l}" y="${inner.t}" width="${inner.w}" height="${inner.h}" fill="none" stroke="#d1d5db"/>`);
    for (let e = minY; e <= maxY; e += 1) {
      out.push(`<text x="${inner.l - 4}" y="${py(10 ** e) + 4}" text-anchor="end" fill="#374151">${fmt(10 ** e)}</text>`);
    }
    for (const s of scales) {
      out.push(`<text x="${px(s.relationships)}" y="${inner.t + inner.h + 14}" text-anchor="middle" font-size="9" fill="#374151">${compact(s.relationships)}</text>`);
    }
    for (const c of results.contenders) {
      const pts = scales
        .map((s) => ({ s, m: find(results, s.scale, c.id, w.id) }))
        .filter((p) => p.m !== undefined && p.m.p50 > 0)
        .map((p) => `${px(p.s.relationships).toFixed(1)},${py(p.m!.p50).toFixed(1)}`);
      if (pts.length > 1) out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${COLOURS[c.id]}" stroke-width="2"/>`);
      for (const p of pts) {
        const [cx, cy] = p.split(',');
        out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${COLOURS[c.id]}"/>`);
      }
    }
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const compact = (n: number): string => (n >= 1e6 ? `${fmt(n / 1e6, 1)}M` : n >= 1e3 ? `${fmt(n / 1e3)}k` : fmt(n));

/** Markers of the README block the harness rewrites after each run. */
export const README_START = '<!-- bench:start (written by npm run bench from bench/results/latest.json) -->';
export const README_END = '<!-- bench:end -->';

/**
 * The README's summary of a run: the machine, throughput per workload and contender at each scale
 * with the ratios, the targets, and the two charts. The whole table is in bench/results/latest.md.
 */
export function readmeSummary(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  const lines: string[] = [
    `Latest run: ${results.startedAt.slice(0, 10)}, ${m.cpus} × ${m.cpuModel}, ${fmt(m.memoryGiB)} GiB, Node ${m.node}, Neo4j ${m.neo4j}; ` +
      `${s.connections} connections, ${s.warmupSeconds} s warm-up, ${s.rounds} rounds of ${s.roundSeconds} s, contenders in turn. ` +
      'Requests per second (more is better); Cypher statements per request and p50 latency are Autograph’s.',
    '',
  ];
  for (const info of [...results.scales].sort((a, b) => a.scale - b.scale)) {
    lines.push(`**${scaleName(results, info.scale)}**`, '');
    lines.push(
      `| Workload | ${results.contenders.map((c) => c.label).join(' | ')} | Autograph / peer | Autograph / limit | Cypher/req | p50 ms |`,
      `|---|${results.contenders.map(() => '--:').join('|')}|--:|--:|--:|--:|`,
    );
    for (const w of results.workloads) {
      const a = find(results, info.scale, 'autograph', w.id);
      const cells = results.contenders.map((c) => fmt(find(results, info.scale, c.id, w.id)?.throughput ?? Number.NaN));
      const r = (c: ContenderId): string => fmt(ratio(a?.throughput, find(results, info.scale, c, w.id)?.throughput), 2) + '×';
      lines.push(
        `| ${w.id} ${w.title} | ${cells.join(' | ')} | ${r('neo4j-graphql')} | ${r('cypher')} | ${fmt(a?.queriesPerRequest ?? Number.NaN, 1)} | ${fmt(a?.p50 ?? Number.NaN, 1)} |`,
      );
    }
    lines.push('');
  }
  lines.push('Targets of this run:', '');
  for (const t of checkTargets(results)) {
    lines.push(`- ${t.holds ? '✅' : '❌'} ${t.target}${t.holds ? '' : `: missed by ${t.misses.join('; ')}`}`);
  }
  lines.push('', '![Throughput per workload and contender](bench/results/throughput.svg)', '', '![p50 latency against graph size](bench/results/latency.svg)');
  return lines.join('\n') + '\n';
}

/** The README with its benchmark block replaced by `summary` (the markers must be there). */
export function withReadmeSummary(readme: string, summary: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no benchmark block (${README_START} … ${README_END}).`);
  return readme.slice(0, start + README_START.length) + '\n' + summary + readme.slice(end);
}
