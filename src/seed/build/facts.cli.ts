/**
 * Prints what loading data/facts-2026-12 gives: records per kind, inputs in, loaded and left out (by
 * reason), links with a since date, distinct factories and figures. `--json <dir>` also writes the
 * records, the left-out list and the reported judgements there (for review; never into seeds/).
 *
 *   npm run build && node dist/src/seed/build/facts.cli.js [--json /tmp/facts-out]
 */

import fs from 'node:fs';
import { compareText } from './merge';
import path from 'node:path';
import { convertFacts } from './facts';
import { DEFAULT_DATA_DIR } from './records';
import { FACTS_FOLDER, readBase, readFactsFiles, seedFilesWithFacts } from './facts.io';
import { validateSeedData } from '../validate';
import type { ConvertResult, FactsFile } from './facts.types';

/** The reason of a left-out entry with its ids and values replaced, so that like reasons count together. */
export function reasonClass(reason: string): string {
  return reason
    .replace(/\b(automaker|brand|factory|org|market|measure|country|figure|claim|source):[A-Za-z0-9-]+/g, '<$1>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^()]*\)/g, '(…)')
    .replace(/\d[\d.,-]*/g, '#');
}

/** The summary lines of a conversion. */
export function summarize(files: readonly FactsFile[], result: ConvertResult): string[] {
  const lines: string[] = [];
  const inputs = { entities: 0, relations: 0, figures: 0 };
  for (const f of files) {
    inputs.entities += f.data.entities?.length ?? 0;
    inputs.relations += f.data.relations?.length ?? 0;
    inputs.figures += f.data.figures?.length ?? 0;
  }
  const total = inputs.entities + inputs.relations + inputs.figures;
  const left = { entities: 0, relations: 0, figures: 0 };
  for (const l of result.leftOut) {
    const section = /\b(entities|relations|figures)\[/.exec(l.input)?.[1] as keyof typeof left | undefined;
    if (section !== undefined) left[section] += 1;
  }
  lines.push(`inputs: ${total} (entities ${inputs.entities}, relations ${inputs.relations}, figures ${inputs.figures})`);
  lines.push(`loaded: ${total - result.leftOut.length} (entities ${inputs.entities - left.entities}, relations ${inputs.relations - left.relations}, figures ${inputs.figures - left.figures})`);
  lines.push(`left out: ${result.leftOut.length} (entities ${left.entities}, relations ${left.relations}, figures ${left.figures})`);
  lines.push('', 'records:');
  for (const [kind, records] of Object.entries(result.records)) lines.push(`  ${kind.padEnd(16)} ${records.length}`);
  const links = result.records['marketLinks'] ?? [];
  const byStatus = new Map<string, number>();
  for (const l of links) byStatus.set(String(l['status']), (byStatus.get(String(l['status'])) ?? 0) + 1);
  lines.push('', `market links: ${links.length} (${[...byStatus].map(([s, n]) => `${s} ${n}`).join(', ')}), with a since date ${links.filter((l) => l['since'] !== null).length}, SELLS_IN ${links.filter((l) => l['kind'] === 'SELLS_IN').length}, EXPORTS_TO ${links.filter((l) => l['kind'] === 'EXPORTS_TO').length}`);
  const factories = result.records['factories'] ?? [];
  const byFactoryStatus = new Map<string, number>();
  for (const f of factories) byFactoryStatus.set(String(f['status']), (byFactoryStatus.get(String(f['status'])) ?? 0) + 1);
  lines.push(`factories: ${factories.length} distinct (${[...byFactoryStatus].map(([s, n]) => `${s} ${n}`).join(', ')}); former operators ${result.records['formerOperators']?.length ?? 0}; claims ${result.records['factoryClaims']?.length ?? 0}`);
  const figures = result.records['figures'] ?? [];
  const byFlow = new Map<string, number>();
  for (const f of figures) byFlow.set(String(f['flow']), (byFlow.get(String(f['flow'])) ?? 0) + 1);
  lines.push(`figures: ${figures.length} (${[...byFlow].map(([s, n]) => `${s} ${n}`).join(', ')})`);
  const reasons = new Map<string, number>();
  for (const l of result.leftOut) reasons.set(reasonClass(l.reason), (reasons.get(reasonClass(l.reason)) ?? 0) + 1);
  lines.push('', 'left out by reason:');
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))) lines.push(`  ${String(n).padStart(4)}  ${reason}`);
  lines.push('', `reported judgements: ${result.reported.length}`);
  return lines;
}

function main(argv: readonly string[]): void {
  const files = readFactsFiles(path.join(DEFAULT_DATA_DIR, FACTS_FOLDER));
  const base = readBase(DEFAULT_DATA_DIR);
  const result = convertFacts(files, base);
  for (const line of summarize(files, result)) console.log(line);
  // The seed files with the facts in them, checked as seeding checks them (throws on any problem).
  const checked = validateSeedData(seedFilesWithFacts(base, result));
  console.log(`validated: ${Object.values(checked).reduce((n, list) => n + list.length, 0)} records in ${Object.keys(checked).length} seed files`);
  const at = argv.indexOf('--json');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (dir !== undefined) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [kind, records] of Object.entries(result.records)) fs.writeFileSync(path.join(dir, `${kind}.json`), `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    fs.writeFileSync(path.join(dir, 'left-out.json'), `[\n${result.leftOut.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    fs.writeFileSync(path.join(dir, 'reported.json'), `[\n${result.reported.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    console.log(`written to ${dir}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
