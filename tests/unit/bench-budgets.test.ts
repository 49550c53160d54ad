import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets';
import { POINTER_REST_MS, clickRestMs, clickSample } from '../../scripts/bench/click';
import { BEFORE, beforeAfterTable, budgetTable, renderReport } from '../../scripts/bench/report';
import { clickResult, pageResult, type BenchResult, type Pair } from '../../scripts/bench/results';
import type { LoadSample } from '../../scripts/bench/measure-load';
import { benchLoaderSize, benchResult, benchYoutube } from './fixtures/bench-result';

const sample = (arm: 'with' | 'without', over: Partial<LoadSample> = {}): LoadSample => ({
  arm,
  page: 'p',
  extensionMs: arm === 'with' ? 1 : 0,
  extensionScriptMs: 0,
  extensionContinuationMs: 0,
  extensionSampledMs: 0,
  extensionByEvent: {},
  extensionPhases: {},
  worldSetupMs: arm === 'with' ? 5 : 0,
  longTasks: [],
  scriptDurationMs: 10,
  taskDurationMs: 10,
  layoutDurationMs: 1,
  recalcStyleDurationMs: 1,
  jsHeapUsedBytes: arm === 'with' ? 2_000_000 + 300 * 1024 : 2_000_000,
  nodes: 100,
  domContentLoadedMs: 100,
  loadEventMs: arm === 'with' ? 505 : 500,
  isolatedWorlds: arm === 'with' ? 1 : 0,
  extensionWorlds: arm === 'with' ? 1 : 0,
  ...over,
});

const size = benchLoaderSize;
const youtube = benchYoutube;
const example = { name: 'example.org', url: 'https://www.example.org/', registry: false };

function repeatPairs(toPaint: number[], restMs = 0): Pair[] {
  return toPaint.map((ms) => ({
    with: sample('with', {
      click: {
        restMs,
        latency: { toPaintMs: ms, toDomMs: ms - 10, domToPaintMs: 10 },
        extensionMs: 6,
        longTasks: 0,
        lateHeapBytes: 3_000_000,
      },
    }),
    without: sample('without', {
      click: { restMs, emptyWorldBytes: 200 * 1024, lateHeapBytes: 3_000_000 - 900 * 1024 },
    }),
  }));
}

function result(
  over: { firstMs?: number; clickMs?: number[]; restedClickMs?: number[]; gzip?: number } = {},
): Omit<BenchResult, 'budgets'> {
  const first = [1, 2, 3].map(() => ({
    with: sample('with', { extensionMs: over.firstMs ?? 7 }),
    without: sample('without'),
  }));
  const none = [1, 2, 3].map(() => ({
    with: sample('with', { extensionMs: 0, isolatedWorlds: 0, extensionWorlds: 0 }),
    without: sample('without'),
  }));
  return benchResult({
    contentScript: { ...size, gzipBytes: over.gzip ?? size.gzipBytes },
    pages: [
      pageResult(
        youtube,
        [
          ...repeatPairs(over.clickMs ?? [20, 30, 40]),
          ...repeatPairs(over.restedClickMs ?? [10, 12, 14], 150),
        ],
        size,
      ),
      pageResult(example, none, size),
    ],
    firstVisits: [pageResult(youtube, first, size, 'first')],
  });
}

describe('bench budgets (issue 13 figures)', () => {
  it('checks every row of the figures table with its budget and goal', () => {
    const checks = checkBudgets(result());
    const find = (scope: string, what: string) =>
      checks.find((c) => c.scope === scope && c.what.startsWith(what));
    expect(find('youtube-watch, repeat visit', 'extension main-thread time')).toMatchObject({
      value: 1,
      limit: 3,
      goal: 1.5,
      pass: true,
      goalPass: true,
    });
    expect(find('youtube-watch, repeat visit', 'load-event ratio')).toMatchObject({
      value: 1.01,
      limit: 1.02,
      goal: 1.01,
      pass: true,
    });
    expect(find('youtube-watch, first visit', 'extension main-thread time')).toMatchObject({
      value: 7,
      limit: 12,
      goal: 8,
      goalPass: true,
    });
    expect(
      find('youtube-watch, chip click', 'chip click → open panel painted, median (pressed'),
    ).toMatchObject({
      value: 30,
      limit: 50,
      goal: 25,
      pass: true,
      goalPass: false,
    });
    expect(
      find('youtube-watch, chip click', 'chip click → open panel painted, median (pointer rested 150 ms'),
    ).toMatchObject({
      value: 12,
      limit: 50,
      pass: true,
      goalPass: true,
    });
    expect(find('registry', 'loader content script')?.limit).toBe(4);
    expect(find('registry', 'full panel')?.limit).toBeUndefined();
    expect(find('youtube-watch', 'JS heap added, repeat visit')?.value).toBeCloseTo(300);
    expect(find('youtube-watch', 'JS heap added, panel opened by a click')?.value).toBeCloseTo(900);
    expect(find('example.org (non-registry)', 'isolated worlds')).toMatchObject({
      value: 0,
      limit: 0,
      pass: true,
    });
    expect(find('example.org (non-registry)', 'bytes injected')).toMatchObject({ value: 0, pass: true });
    expect(find('www.example.org (non-registry)', 'service-worker starts')).toMatchObject({
      value: 0,
      pass: true,
    });
    expect(find('SPA navigation', 'extension time per navigation')).toMatchObject({ limit: 2, pass: true });
  });

  it('fails a missed budget, and a missing click figure', () => {
    const checks = checkBudgets(result({ firstMs: 13, gzip: 4_200 }));
    expect(checks.find((c) => c.scope === 'youtube-watch, first visit')?.pass).toBe(false);
    expect(checks.find((c) => c.what.startsWith('loader content script'))?.pass).toBe(false);
    const noClick = result();
    noClick.pages[0] = { ...(noClick.pages[0] as (typeof noClick.pages)[0]), click: undefined };
    expect(checkBudgets(noClick).find((c) => c.scope === 'youtube-watch, chip click')?.pass).toBe(false);
  });

  it('prints reported rows without a budget', () => {
    const table = budgetTable(checkBudgets(result()));
    expect(table).toContain('| registry | full panel (imported on open), gzip | 9.77 KB |  |  | reported |');
    expect(table).toMatch(
      /chip click → open panel painted, median \(pressed as the pointer arrives\) \| 30\.00 ms \| ≤ 50\.00 ms \| ≤ 25\.00 ms \| pass \(goal missed\)/,
    );
  });
});

describe('bench click and heap figures', () => {
  it('derives the click latencies from the probe’s readings', () => {
    expect(clickSample({ click: 100, clickHandled: 101, dom: 130, frame: 135, painted: 141 })).toEqual({
      toPaintMs: 41,
      toDomMs: 30,
      domToPaintMs: 11,
    });
    expect(clickSample({ click: 100, dom: 130 })).toBeUndefined();
  });

  it('summarises clicks, the heap with the panel open and the empty world’s floor', () => {
    const c = clickResult(repeatPairs([20, 30, 40]));
    expect(c?.clicks).toBe(3);
    expect(c?.toPaintMs.median).toBe(30);
    expect(c?.openHeapDeltaKiB.median).toBeCloseTo(900);
    expect(c?.emptyWorldKiB.median).toBeCloseTo(200);
    expect(clickResult([{ with: sample('with'), without: sample('without') }])).toBeUndefined();
  });

  it('keeps clicks pressed on arrival apart from clicks after the pointer rested on the chip', () => {
    const pairs = [...repeatPairs([60, 70, 80]), ...repeatPairs([20, 25], 150)];
    expect(clickResult(pairs)?.toPaintMs.median).toBe(70);
    expect(clickResult(pairs)?.clicks).toBe(3);
    expect(clickResult(pairs, true)?.toPaintMs.median).toBe(22.5);
    expect(clickResult(repeatPairs([60]), true)).toBeUndefined();
  });

  it('alternates the two kinds of click by iteration, the warm-up resting', () => {
    expect([0, 1, 2, 3, 4].map(clickRestMs)).toEqual([150, 0, 150, 0, 150]);
    expect(POINTER_REST_MS).toBe(150);
  });
});

describe('bench report', () => {
  it('sets the hard-coded figures of the one-script design beside this run', () => {
    const table = beforeAfterTable(result() as BenchResult);
    expect(table).toContain(`before: ${BEFORE.label}`);
    expect(table).toContain(
      '| repeat visit (chip only): extension main-thread time, median, ms | 15.41 | 1.00 |',
    );
    expect(table).toContain('| repeat visit: load-event ratio with/without, median | 1.161 | 1.010 |');
    expect(table).toContain('30.54 (one load each) | 7.00 (median)');
    expect(table).toContain(
      '| script injected on registry pages, gzip | 11.86 KB (content script) | 3.61 KB (loader) |',
    );
    expect(table).toContain('1005 | 300 (chip); 300 (first visit, panel open)');
  });

  it('renders every section', () => {
    const r = result();
    const text = renderReport({ ...r, budgets: checkBudgets(r) });
    for (const heading of [
      '## Budgets: all pass',
      '## Before and after the two-stage rebuild',
      '## Repeat visits (chip only)',
      '## First visits (the panel opens by itself)',
      '## Chip click → open panel painted',
      '## JS heap',
      '## Single-page app',
      '## Method',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('an empty isolated world (without the extension) | 200 / 200 |');
  });
});
