/**
 * The contribution mutations, each in one write transaction: count the contribution (which takes the
 * dataset's lock), look up what the input names, build the records it would store, check them (seed
 * rules, then the lookups), and only when nothing is wrong write the source and the records, and read
 * the result back. A problem throws before any record is written, and the transaction rolls back with
 * its count: a bad input changes nothing.
 */

import { badUserInputs, inputProblem, showValue, type InputProblem } from '../common/input-problems';
import { tryParseId } from '../common/ids';
import type { FactoryRecord } from '../factory';
import type { FigureRecord } from '../figure';
import type { MarketLinkRecord } from '../market';
import type { Executor, Run } from '../neo4j/executor';
import { countContribution, writeRecords, type SeedRecord } from '../seed';
import { figureIdFor, ownMarketIdFor, sourceIdFor } from './contribute.ids';
import type { FactoryInput, FigureInput, MarketLinkInput, SourceInput } from './contribute.input';
import {
  factoryChangeOf,
  figureRecordOf,
  kindNamed,
  marketLinkRecordOf,
  ownMarketRecordsOf,
  sourceRecordOf,
} from './contribute.records';
import {
  FACTORIES_BY_ID,
  FIGURE_WITH_RELATED_BY_ID,
  ID_TAKEN,
  MARKET_LINK_BY_KEY,
  REFERENCES,
  SET_FACTORY_EVIDENCE,
} from './contribute.repository';
import { checkRecord, checkSourceUrl, distinctProblems, inputPath, sourcePath, type PathOf } from './contribute.validate';

/** What the graph holds of what an input names (the answer of REFERENCES). */
interface References {
  existing: Set<string>;
  /** The own market of the country looked up, if it has one. */
  ownMarket: string | null;
  /** The name of the country looked up, if it exists. */
  countryName: string | null;
  /** The source the graph has with the input's url, if any. */
  sourceWithUrl: string | null;
  /** The url of the source that has the id a new source would get, if one has it. */
  urlOfMadeSourceId: string | null;
}

/** An id of the input that must name something in the graph: where it is in the input, and what kinds it may name. */
interface Reference {
  path: string;
  id: string;
  kinds: string;
}

/** Looks up, in one read, the ids of `refs` that are well formed, a country's own market, and the source. */
async function readReferences(run: Run, refs: readonly Reference[], countryId: string | null, url: string, madeSourceId: string): Promise<References> {
  const ids = refs.map((r) => r.id).filter((id) => tryParseId(id) !== null);
  const [row] = await run<{ existing: string[]; ownMarkets: string[]; countryNames: string[]; sourcesWithUrl: string[]; urlsOfSourceId: string[] }>(
    REFERENCES,
    { ids, countryId, url, sourceId: madeSourceId },
  );
  return {
    existing: new Set(row?.existing ?? []),
    ownMarket: row?.ownMarkets[0] ?? null,
    countryName: row?.countryNames[0] ?? null,
    sourceWithUrl: row?.sourcesWithUrl[0] ?? null,
    urlOfMadeSourceId: row?.urlsOfSourceId[0] ?? null,
  };
}

/** The references that name nothing in the graph (malformed ids are the seed rules' to report). */
function missingReferences(refs: readonly Reference[], found: References): InputProblem[] {
  return refs
    .filter((r) => tryParseId(r.id) !== null && !found.existing.has(r.id))
    .map((r) => inputProblem(r.path, `the id of a ${r.kinds} the graph holds`, `${showValue(r.id)}, which names nothing`));
}

/** The kinds an id field of a seed kind may name, for messages ("country, automaker or brand"). */
function kindsOf(kindName: string, field: string): string {
  const rule = kindNamed(kindName).fields[field];
  const kinds = rule !== undefined && rule.type === 'id' ? (typeof rule.kind === 'string' ? [rule.kind] : [...rule.kind]) : [];
  return kinds.length <= 1 ? (kinds[0] ?? 'entity') : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
}

/** The source of a contribution: the one the graph has with the url, or a new record (`record`) to write. */
interface SourcePlan {
  id: string;
  url: string;
  /** The record to create; null when the graph has the source already (its record is kept as it is). */
  record: SeedRecord | null;
  problems: InputProblem[];
}

/** The source a contribution cites, and the problems of its input (reported even when the graph has the url). */
function planSource(input: SourceInput, madeId: string, found: References): SourcePlan {
  const record = sourceRecordOf(input, madeId);
  const url = String(record['url']);
  const problems = [...checkSourceUrl(url), ...checkRecord('sources', record, sourcePath)];
  if (found.sourceWithUrl !== null) return { id: found.sourceWithUrl, url, record: null, problems };
  if (found.urlOfMadeSourceId !== null) {
    // Two addresses whose host, day and 8 hex of sha256 agree: never overwrite the other source.
    problems.push(inputProblem('input.source.url', `an address whose source id (${madeId}) no other source has`, `${showValue(url)} (${madeId} is ${showValue(found.urlOfMadeSourceId)})`));
  }
  return { id: madeId, url, record, problems };
}

/** Throws every problem at once, as BAD_USER_INPUT errors (nothing has been written yet). */
function refuseIfAny(problems: readonly InputProblem[]): void {
  const distinct = distinctProblems(problems);
  if (distinct.length > 0) throw badUserInputs(distinct);
}

/** Writes one record of a seed kind with the seed's own statement. */
function writeRecord(run: Run, kindName: string, record: SeedRecord): Promise<void> {
  return writeRecords(run, kindNamed(kindName), [record]);
}

/** The stored record of a seed kind for `key`, with the relationships it owns; null when there is none. */
async function readStored(run: Run, kindName: string, key: Record<string, unknown>): Promise<{ record: SeedRecord; rels: unknown[] } | null> {
  const [row] = await run<{ record: SeedRecord; rels: unknown[] }>(kindNamed(kindName).readByKeys, { keys: [key] });
  return row ?? null;
}

async function idTaken(run: Run, id: string): Promise<boolean> {
  const [row] = await run<{ taken: boolean }>(ID_TAKEN, { id });
  return row?.taken === true;
}

const isKind = (id: string | null | undefined, kind: string): boolean => typeof id === 'string' && tryParseId(id)?.kind === kind;

/**
 * Adds a figure and, if the graph lacks it, its source; refuses a figure whose id the graph has (figures
 * are never overwritten). A country as destination stands for its own market.
 */
export function addFigure(executor: Executor, input: FigureInput): Promise<FigureRecord> {
  return executor.writeTransaction(async (run) => {
    // First: the dataset's lock makes contributions run one at a time, so that two equal figures sent
    // at once cannot both pass the check below; a refusal rolls the count back.
    await countContribution(run);
    const madeSourceId = sourceIdFor(input.source.url.trim(), input.source.published);
    const destinationIsCountry = isKind(input.destinationId, 'country');
    const refs: Reference[] = [
      { path: 'input.exporterId', id: input.exporterId, kinds: kindsOf('figures', 'exporterId') },
      ...(input.destinationId != null ? [{ path: 'input.destinationId', id: input.destinationId, kinds: 'market or country' }] : []),
      ...(input.reporterId != null ? [{ path: 'input.reporterId', id: input.reporterId, kinds: kindsOf('figures', 'reporterId') }] : []),
    ];
    const found = await readReferences(run, refs, destinationIsCountry ? input.destinationId! : null, input.source.url.trim(), madeSourceId);
    const source = planSource(input.source, madeSourceId, found);
    const problems = [...source.problems, ...missingReferences(refs, found)];

    let destinationId = input.destinationId ?? null;
    if (destinationIsCountry && found.existing.has(destinationId!)) {
      if (found.ownMarket !== null) destinationId = found.ownMarket;
      else {
        problems.push(
          inputProblem(
            'input.destinationId',
            'a market id, or the id of a country with a market of its own',
            `${showValue(destinationId)} (${found.countryName ?? destinationId} has no market of its own yet)`,
          ),
        );
      }
    }
    const id = input.id ?? figureIdFor({ ...input, destinationId, sourceUrl: source.url });
    const record = figureRecordOf(input, { id, destinationId, sourceId: source.id });
    // A country is checked as a destination here; the lookup above resolved it, or said it has no market.
    problems.push(...checkRecord('figures', record, inputPath, { rules: { destinationId: { type: 'id', kind: ['market', 'country'], nullable: true } } }));
    if (tryParseId(id) !== null && (await idTaken(run, id))) {
      problems.push(
        inputProblem(
          'input.id',
          `the id of a figure the graph does not hold yet${input.id == null ? ' (this one is made from the fields)' : ''}: figures are never overwritten`,
          `${showValue(id)}, which the graph holds`,
        ),
      );
    }
    refuseIfAny(problems);

    if (source.record !== null) await writeRecord(run, 'sources', source.record);
    await writeRecord(run, 'figures', record);
    const [row] = await run<{ node: FigureRecord }>(FIGURE_WITH_RELATED_BY_ID, { id });
    return row!.node;
  });
}

/**
 * Creates a company–market link, or updates the one with the same seller, kind and market (the given
 * fields set, the source added). A country as market stands for its own market, made with the source
 * as the seed build makes it when the country has none.
 */
export function upsertMarketLink(executor: Executor, input: MarketLinkInput): Promise<MarketLinkRecord> {
  return executor.writeTransaction(async (run) => {
    await countContribution(run);
    const madeSourceId = sourceIdFor(input.source.url.trim(), input.source.published);
    const marketIsCountry = isKind(input.marketId, 'country');
    const refs: Reference[] = [
      { path: 'input.fromId', id: input.fromId, kinds: kindsOf('marketLinks', 'fromId') },
      { path: 'input.marketId', id: input.marketId, kinds: 'market or country' },
    ];
    const found = await readReferences(run, refs, marketIsCountry ? input.marketId : null, input.source.url.trim(), madeSourceId);
    const source = planSource(input.source, madeSourceId, found);
    const problems = [...source.problems, ...missingReferences(refs, found)];

    let marketId = input.marketId;
    let ownMarket: ReturnType<typeof ownMarketRecordsOf> | null = null;
    if (marketIsCountry && found.countryName !== null) {
      if (found.ownMarket !== null) marketId = found.ownMarket;
      else {
        const madeMarketId = ownMarketIdFor(found.countryName);
        if (await idTaken(run, madeMarketId)) {
          problems.push(
            inputProblem('input.marketId', `a market id, or a country whose own market can be made as ${madeMarketId}`, `${showValue(input.marketId)} (${madeMarketId} is another market)`),
          );
        } else {
          marketId = madeMarketId;
          ownMarket = ownMarketRecordsOf(madeMarketId, { id: input.marketId, name: found.countryName }, source.id);
          problems.push(...checkRecord('markets', ownMarket.market, () => 'input.marketId'), ...checkRecord('marketCountries', ownMarket.includes, () => 'input.marketId'));
        }
      }
    }
    const canExist = ownMarket === null && tryParseId(input.fromId) !== null && isKind(marketId, 'market');
    const stored = canExist ? await readStored(run, 'marketLinks', { fromId: input.fromId, marketId, kind: input.kind }) : null;
    const record = marketLinkRecordOf(input, marketId, source.id, stored?.record ?? null);
    // As for a figure's destination: a country id left here names no country (reported above), so the rule takes it.
    problems.push(...checkRecord('marketLinks', record, inputPath, { rules: { marketId: { type: 'id', kind: ['market', 'country'], ref: true } } }));
    refuseIfAny(problems);

    if (source.record !== null) await writeRecord(run, 'sources', source.record);
    if (ownMarket !== null) {
      await writeRecord(run, 'markets', ownMarket.market);
      await writeRecord(run, 'marketCountries', ownMarket.includes);
    }
    await writeRecord(run, 'marketLinks', record);
    const [row] = await run<{ link: MarketLinkRecord }>(MARKET_LINK_BY_KEY, { fromId: input.fromId, kind: input.kind, marketId });
    return row!.link;
  });
}

/** Where the problems of a former-operator record land in the input: it is made from operatedSince and automakerId. */
const formerOperatorPath: PathOf = (field) =>
  ({ since: 'input.operatedSince', until: 'input.operatedSince', sincePrecision: 'input.operatedSincePrecision', untilPrecision: 'input.operatedSincePrecision', automakerId: 'input.automakerId', factoryId: 'input.id' })[field] ??
  inputPath(field);

/**
 * Creates a factory, or updates the one with the id (the given fields set, the source added to it and
 * to the evidence of its location and operator). A new operator leaves the old one as a former operator.
 */
export function upsertFactory(executor: Executor, input: FactoryInput): Promise<FactoryRecord> {
  return executor.writeTransaction(async (run) => {
    await countContribution(run);
    const madeSourceId = sourceIdFor(input.source.url.trim(), input.source.published);
    const refs: Reference[] = [
      ...(input.automakerId != null ? [{ path: 'input.automakerId', id: input.automakerId, kinds: 'automaker' }] : []),
      ...(input.countryId != null ? [{ path: 'input.countryId', id: input.countryId, kinds: 'country' }] : []),
    ];
    const found = await readReferences(run, refs, null, input.source.url.trim(), madeSourceId);
    const source = planSource(input.source, madeSourceId, found);
    const problems = [...source.problems, ...missingReferences(refs, found)];

    const stored = isKind(input.id, 'factory') ? await readStored(run, 'factories', { id: input.id }) : null;
    const change = factoryChangeOf(input, source.id, stored);
    problems.push(...checkRecord('factories', change.factory, inputPath, stored === null ? { whenMissing: `needed to create ${input.id}` } : {}));
    if (change.formerOperator !== null) {
      const former = change.formerOperator;
      problems.push(
        ...checkRecord('formerOperators', former, formerOperatorPath, {
          note: `the end of ${String(former['automakerId'])}'s time as its operator, which began on ${String(former['since'] ?? 'an unknown day')}`,
        }),
      );
    }
    refuseIfAny(problems);

    if (source.record !== null) await writeRecord(run, 'sources', source.record);
    // Before the factory's write, which deletes the replaced operator's OPERATES.
    if (change.formerOperator !== null) await writeRecord(run, 'formerOperators', change.formerOperator);
    await writeRecord(run, 'factories', change.factory);
    await run(SET_FACTORY_EVIDENCE, { id: input.id, locationSources: change.locationSources, operatorSources: change.operatorSources });
    const [row] = await run<{ node: FactoryRecord }>(FACTORIES_BY_ID, { ids: [input.id] });
    return row!.node;
  });
}
