/** The per-request DataLoaders: one query per batch, results in key order, misses as null or []. */

import { createLoaders } from '../../src/context';
import { AUTOMAKERS_BY_ID } from '../../src/automaker/automaker.repository';
import { FACTORIES_BY_AUTOMAKER } from '../../src/factory/factory.repository';
import { normaliseFilter } from '../../src/figure/figure.loaders';
import { FIGURES_BY_EXPORTER } from '../../src/figure/figure.repository';
import { fakeExecutor } from './fake-executor';

describe('byId loaders', () => {
  it('load many ids with one query and answer in key order, null for a miss', async () => {
    const { executor, calls } = fakeExecutor((_c, params) =>
      (params['ids'] as string[]).filter((id) => id !== 'automaker:ghost').reverse().map((id) => ({ node: { id, name: id.toUpperCase() } })),
    );
    const loaders = createLoaders(executor);
    const results = await Promise.all(
      ['automaker:byd', 'automaker:ghost', 'automaker:nio', 'automaker:byd'].map((id) => loaders.automakerById.load(id)),
    );
    expect(calls).toEqual([{ cypher: AUTOMAKERS_BY_ID, params: { ids: ['automaker:byd', 'automaker:ghost', 'automaker:nio'] } }]);
    expect(results.map((r) => r?.id ?? null)).toEqual(['automaker:byd', null, 'automaker:nio', 'automaker:byd']);
  });
});

describe('group loaders', () => {
  it('group rows by key in the order the query returned them', async () => {
    const { executor, calls } = fakeExecutor(() => [
      { key: 'automaker:byd', item: { id: 'factory:b' } },
      { key: 'automaker:nio', item: { id: 'factory:n' } },
      { key: 'automaker:byd', item: { id: 'factory:a' } },
    ]);
    const loaders = createLoaders(executor);
    const [byd, nio, none] = await Promise.all([
      loaders.factoriesByAutomaker(100).load('automaker:byd'),
      loaders.factoriesByAutomaker(100).load('automaker:nio'),
      loaders.factoriesByAutomaker(100).load('automaker:none'),
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cypher).toBe(FACTORIES_BY_AUTOMAKER);
    expect(calls[0]!.params).toEqual({ ids: ['automaker:byd', 'automaker:nio', 'automaker:none'], first: 100 });
    expect(byd.map((f) => f.id)).toEqual(['factory:b', 'factory:a']);
    expect(nio.map((f) => f.id)).toEqual(['factory:n']);
    expect(none).toEqual([]);
  });
});

describe('limited group loaders', () => {
  it('run one query per distinct limit, each over all the keys that asked for it', async () => {
    const { executor, calls } = fakeExecutor((_c, params) =>
      (params['ids'] as string[]).flatMap((id) =>
        Array.from({ length: params['first'] as number }, (_, i) => ({ key: id, item: { id: `factory:${id.split(':')[1]}-${i}` } })),
      ),
    );
    const loaders = createLoaders(executor);
    const [hu, cn, cnTwo] = await Promise.all([
      loaders.factoriesByCountry(1).load('country:HU'),
      loaders.factoriesByCountry(1).load('country:CN'),
      loaders.factoriesByCountry(2).load('country:CN'),
    ]);
    expect(calls.map((c) => c.params)).toEqual([
      { ids: ['country:HU', 'country:CN'], first: 1 },
      { ids: ['country:CN'], first: 2 },
    ]);
    expect([hu, cn, cnTwo].map((list) => list.length)).toEqual([1, 1, 2]);
    expect(loaders.factoriesByCountry(1)).toBe(loaders.factoriesByCountry(1));
  });
});

describe('exports loader', () => {
  it('runs one query per distinct filter, each over all its exporters, with every filter value as a parameter', async () => {
    const { executor, calls } = fakeExecutor((_c, params) =>
      (params['ids'] as string[]).map((id) => ({ key: id, item: { id: `figure:${id.split(':')[1]}-${params['year'] ?? 'all'}` } })),
    );
    const loaders = createLoaders(executor);
    const filter2023 = { exporterId: '', first: 100, filter: { year: 2023, destination: null, flow: null, metric: null, worldwide: null, basis: null, vehicleClass: null, countedBy: null } };
    const results = await Promise.all([
      loaders.exportsByExporter.load({ ...filter2023, exporterId: 'country:CN' }),
      loaders.exportsByExporter.load({ ...filter2023, exporterId: 'country:JP' }),
      loaders.exportsByExporter.load({ ...filter2023, exporterId: 'country:CN', filter: { ...filter2023.filter, year: null } }),
    ]);
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.cypher)).toEqual([FIGURES_BY_EXPORTER, FIGURES_BY_EXPORTER]);
    expect(calls[0]!.params).toEqual({ ids: ['country:CN', 'country:JP'], first: 100, year: 2023, destination: null, flow: null, metric: null, worldwide: null, basis: null, vehicleClass: null, countedBy: null });
    expect(calls[1]!.params).toMatchObject({ ids: ['country:CN'], year: null });
    expect(results.map((r) => r.map((f) => f.id))).toEqual([['figure:CN-2023'], ['figure:JP-2023'], ['figure:CN-all']]);
  });
});

describe('loaders with batching off (DATALOADER_BATCHING=off, the N+1 floor)', () => {
  it('run one query per distinct key, with the same answers', async () => {
    const { executor, calls } = fakeExecutor((_c, params) =>
      (params['ids'] as string[]).map((id) => ({ node: { id, name: id.toUpperCase() } })),
    );
    const loaders = createLoaders(executor, { batch: false });
    const results = await Promise.all(
      ['automaker:byd', 'automaker:nio', 'automaker:byd'].map((id) => loaders.automakerById.load(id)),
    );
    expect(calls.map((c) => c.params)).toEqual([{ ids: ['automaker:byd'] }, { ids: ['automaker:nio'] }]);
    expect(results.map((r) => r?.name)).toEqual(['AUTOMAKER:BYD', 'AUTOMAKER:NIO', 'AUTOMAKER:BYD']);
  });

  it('apply to every kind of loader, including the grouped ones', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    const loaders = createLoaders(executor, { batch: false });
    await Promise.all([
      loaders.factoriesByAutomaker(10).load('automaker:byd'),
      loaders.factoriesByAutomaker(10).load('automaker:nio'),
      loaders.exportsByExporter.load({ exporterId: 'country:CN', filter: normaliseFilter(null), first: 5 }),
      loaders.exportsByExporter.load({ exporterId: 'country:JP', filter: normaliseFilter(null), first: 5 }),
    ]);
    expect(calls).toHaveLength(4);
  });
});
