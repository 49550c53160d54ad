import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets';
import {
  FLOOR_CONTENT_SCRIPT,
  FLOOR_KEY,
  FLOOR_SCRIPT,
  STORAGE_REPLY_PHASE,
  floorExtensionFiles,
  floorLoadProblem,
} from '../../scripts/bench/floor';
import type { LoadSample } from '../../scripts/bench/measure-load';
import { armOrder } from '../../scripts/bench/order';
import { floorTable, renderReport } from '../../scripts/bench/report';
import { floorResult, pageResult, type Pair } from '../../scripts/bench/results';
import { benchLoaderSize, benchResult, benchYoutube } from './fixtures/bench-result';

const loaderEntry = {
  matches: ['*://*.youtube.com/*', '*://youtube.com/*'],
  exclude_matches: ['*://help.youtube.com/*'],
  js: ['loader.js'],
  run_at: 'document_start',
  all_frames: false,
};

describe('bench floor extension (control arm)', () => {
  it('mirrors the loader’s content-script entry with one script and only the storage permission', () => {
    const files = floorExtensionFiles({ content_scripts: [loaderEntry], minimum_chrome_version: '138' });
    const manifest = JSON.parse(files['manifest.json'] as string);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      minimum_chrome_version: '138',
      permissions: ['storage'],
      background: { service_worker: 'worker.js' },
    });
    expect(manifest.content_scripts).toEqual([{ ...loaderEntry, js: [FLOOR_SCRIPT] }]);
    expect(Object.keys(files).sort()).toEqual(['floor.js', 'manifest.json', 'worker.js']);
    expect(files['worker.js']).toContain(`storage.local.set({ "${FLOOR_KEY}"`);
  });

  it('refuses a build without exactly one document_start entry to mirror', () => {
    expect(() => floorExtensionFiles({})).toThrow(/found 0/);
    expect(() => floorExtensionFiles({ content_scripts: [loaderEntry, loaderEntry] })).toThrow(/found 2/);
    expect(() =>
      floorExtensionFiles({ content_scripts: [{ ...loaderEntry, run_at: 'document_idle' }] }),
    ).toThrow(/document_start/);
  });

  it('reads the one key once, only after the load event, and touches nothing else', async () => {
    const touched: string[] = [];
    const gets: unknown[] = [];
    let onLoad: (() => void) | undefined;
    const chrome = new Proxy(
      {
        storage: {
          local: {
            get: (key: unknown) => {
              gets.push(key);
              return Promise.resolve({});
            },
          },
        },
      },
      {
        get(target, prop, receiver) {
          touched.push(String(prop));
          return Reflect.get(target, prop, receiver);
        },
      },
    );
    const document = new Proxy(
      { readyState: 'loading' },
      {
        get(target, prop) {
          touched.push(`document.${String(prop)}`);
          return Reflect.get(target, prop);
        },
      },
    );
    const addEventListener = (type: string, listener: () => void, options: { once?: boolean }) => {
      expect(type).toBe('load');
      expect(options.once).toBe(true);
      onLoad = listener;
    };
    runInNewContext(FLOOR_CONTENT_SCRIPT, { chrome, document, addEventListener, Promise });
    await Promise.resolve();
    expect(gets).toEqual([]);
    expect(touched).toEqual(['document.readyState']);
    onLoad?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(gets).toEqual([FLOOR_KEY]);
    expect(touched).toEqual(['document.readyState', 'storage']);
  });

  it('accepts a floor load only with its world, its injection and the storage reply', () => {
    const phases = { injection: 1, [STORAGE_REPLY_PHASE]: 0.02, other: 5 };
    expect(floorLoadProblem({ extensionWorlds: 1, extensionPhases: phases })).toBeUndefined();
    expect(floorLoadProblem({ extensionWorlds: 0, extensionPhases: phases })).toMatch(
      /0 floor isolated worlds/,
    );
    expect(floorLoadProblem({ extensionWorlds: 1, extensionPhases: { other: 1 } })).toMatch(/no injection/);
    expect(floorLoadProblem({ extensionWorlds: 1, extensionPhases: { injection: 1 } })).toMatch(
      /no storage reply/,
    );
  });
});

describe('bench arm order', () => {
  it('keeps with/without alternating, as without the floor', () => {
    expect(armOrder(0, false)).toEqual(['with', 'without']);
    expect(armOrder(1, false)).toEqual(['without', 'with']);
    for (let it = 0; it < 12; it++) {
      const order = armOrder(it, true).filter((a) => a !== 'floor');
      expect(order).toEqual(armOrder(it, false));
    }
  });

  it('gives every browser every place, and every order of two, equally often over six iterations', () => {
    const orders = Array.from({ length: 6 }, (_, it) => armOrder(it, true));
    expect(new Set(orders.map((o) => o.join())).size).toBe(6);
    for (const arm of ['with', 'without', 'floor'] as const) {
      for (let place = 0; place < 3; place++) {
        expect(orders.filter((o) => o[place] === arm)).toHaveLength(2);
      }
    }
    const before = (a: string, b: string) =>
      orders.filter((o) => o.indexOf(a as never) < o.indexOf(b as never));
    expect(before('floor', 'without')).toHaveLength(3);
    expect(before('floor', 'with')).toHaveLength(3);
    expect(armOrder(6, true)).toEqual(armOrder(0, true));
  });
});

const sample = (arm: LoadSample['arm'], over: Partial<LoadSample> = {}): LoadSample => ({
  arm,
  page: 'p',
  extensionMs: 0,
  extensionScriptMs: 0,
  extensionContinuationMs: 0,
  extensionSampledMs: 0,
  extensionByEvent: {},
  extensionPhases: {},
  worldSetupMs: arm === 'without' ? 0 : 6,
  longTasks: [],
  scriptDurationMs: 10,
  taskDurationMs: 10,
  layoutDurationMs: 1,
  recalcStyleDurationMs: 1,
  jsHeapUsedBytes: 2_000_000,
  nodes: 100,
  domContentLoadedMs: 100,
  loadEventMs: 500,
  isolatedWorlds: arm === 'without' ? 0 : 1,
  extensionWorlds: arm === 'without' ? 0 : 1,
  ...over,
});

/** Loader 10/20/30 ms, floor 4/5/9 ms, loads 500 (without), 505 (floor). */
const floorPairs = (): Pair[] =>
  [
    [10, 4],
    [20, 5],
    [30, 9],
  ].map(([loader, floor]) => ({
    with: sample('with', { extensionMs: loader, loadEventMs: 520 }),
    without: sample('without'),
    floor: sample('floor', {
      extensionMs: floor,
      extensionScriptMs: (floor as number) - 0.5,
      extensionContinuationMs: 0.5,
      extensionPhases: { injection: 1, other: (floor as number) - 1.5, [STORAGE_REPLY_PHASE]: 0.5 },
      loadEventMs: 505,
      jsHeapUsedBytes: 2_000_000 + 250 * 1024,
      worldSetupMs: 5,
    }),
  }));

describe('bench floor figures', () => {
  it('summarises the floor and the loader above it', () => {
    const f = floorResult(floorPairs());
    expect(f?.loads).toBe(3);
    expect(f?.extensionMs.median).toBe(5);
    expect(f?.loaderAboveMs).toBe(15);
    expect(f?.loaderAbovePairedMs.median).toBe(15);
    expect(f?.loaderAbovePairedMs.max).toBe(21);
    expect(f?.loadRatio.median).toBeCloseTo(1.01);
    expect(f?.heapDeltaKiB.median).toBeCloseTo(250);
    expect(f?.breakdown.injection?.median).toBe(1);
    expect(f?.worldSetupMs.median).toBe(5);
    expect(f?.loaderWorldSetupMs.median).toBe(6);
    expect(f?.breakdown[STORAGE_REPLY_PHASE]?.median).toBe(0.5);
    expect(floorResult([{ with: sample('with'), without: sample('without') }])).toBeUndefined();
  });

  it('reports the floor rows in the budget table and its section, and leaves them out without a floor', () => {
    const page = pageResult(benchYoutube, floorPairs(), benchLoaderSize);
    const partial = benchResult({ pages: [page] });
    const checks = checkBudgets(partial);
    const row = (what: string) =>
      checks.find((c) => c.scope === 'youtube-watch, repeat visit' && c.what.startsWith(what));
    const floorRow = row('floor: empty content script reading storage');
    expect(floorRow).toMatchObject({ value: 5, pass: true });
    expect(floorRow?.limit).toBeUndefined();
    expect(row('Streamwise loader above the floor')?.value).toBe(15);
    expect(row('floor: load-event ratio')?.value).toBeCloseTo(1.01);

    const table = floorTable([page]);
    expect(table).toContain(
      '| **Streamwise loader above the floor** (loader median − floor median), ms | 15.00 |',
    );
    expect(table).toContain(
      '| **floor: empty content script reading storage, extension time**, ms | 5.00 / 8.60 |',
    );
    expect(table).toContain('| load-event ratio floor / without | 1.010 / 1.010 |');
    expect(table).toMatch(/\| isolated-world set-up before floor\.js runs .*\| 5\.00 \/ 5\.00 \|/);
    expect(table).toMatch(/\| {3}isolated-world set-up before loader\.js runs .*\| 6\.00 \/ 6\.00 \|/);

    const noFloor = checkBudgets({
      ...partial,
      pages: [
        pageResult(
          benchYoutube,
          floorPairs().map(({ with: w, without }) => ({ with: w, without })),
          { files: [], rawBytes: 0, gzipBytes: 0 },
        ),
      ],
    });
    expect(noFloor.some((c) => c.what.includes('floor'))).toBe(false);
  });

  it('renders the floor section only when the run measured it', () => {
    const result = (pairs: Pair[]) =>
      benchResult({ pages: [pageResult(benchYoutube, pairs, benchLoaderSize)] });
    expect(renderReport(result(floorPairs()))).toContain(
      '## The floor: what any extension with a content script pays',
    );
    expect(
      renderReport(result(floorPairs().map(({ with: w, without }) => ({ with: w, without })))),
    ).not.toContain('## The floor');
  });
});
