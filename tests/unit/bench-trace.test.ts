import { describe, expect, it } from 'vitest';
import {
  costPerWindow,
  cpuSamples,
  extensionCost,
  extensionUrlMatcher,
  extensionWorlds,
  functionCosts,
  mergeIntervals,
  rendererMainThreads,
  scriptUrl,
  subtractIntervals,
  totalLength,
  type TraceEvent,
} from '../../scripts/bench/trace';
import { completeEvent } from './fixtures/trace-event';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/loader.js';
const PAGE = 'https://www.youtube.com/watch?v=x';

const x = completeEvent;

const ipc = (ts: number, tag: string): TraceEvent =>
  x('Receive mojo reply', ts, 500, { chrome_mojo_event_info: { mojo_interface_tag: tag } });

/**
 * A small synthetic trace (microseconds): one page main thread (1:1), a service-worker thread (2:5),
 * the content script injected at 1 ms (its task ends with 0.3 ms of microtasks), a call into its world
 * at 20 ms, page script, a long task whose extension work shows only in CPU samples, a long page task,
 * a long task delivering a reply to the extension whose 61 ms of microtasks are its promise
 * continuations but for 1 ms of a page observer's callback, and a page IPC task with microtasks of the page's own.
 */
const trace: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 5, args: { name: 'ServiceWorker thread' } },
  x('RunTask', 900, 5_500),
  x('EvaluateScript', 1_000, 5_000, { data: { url: EXT } }),
  x('v8.compile', 1_100, 1_000, { data: { url: EXT } }),
  x('v8.run', 2_200, 3_000, { fileName: EXT, worldId: 5, worldName: 'Streamwise' }),
  x('RunMicrotasks', 6_000, 300),
  x('v8.callFunction', 20_000, 2_000, { worldId: 5, worldName: 'Streamwise' }),
  x('v8.callFunction', 30_000, 1_000, { worldId: 0 }),
  x('EvaluateScript', 40_000, 10_000, { data: { url: PAGE } }),
  x('EvaluateScript', 40_000, 9_000, { data: { url: EXT.replace('loader', 'background') } }, 2, 5),
  x('RunTask', 50_000, 60_000),
  x('RunMicrotasks', 55_000, 5_000),
  x('RunTask', 200_000, 70_000),
  x('EvaluateScript', 205_000, 1_000, { data: { url: PAGE } }),
  x('RunTask', 300_000, 70_000),
  ipc(300_100, 'extensions.mojom.LocalFrameHost'),
  x('RunMicrotasks', 301_000, 61_000),
  x('v8.callFunction', 361_000, 1_000, { worldId: 0 }),
  x('RunTask', 400_000, 5_000),
  ipc(400_100, 'blink.mojom.Widget'),
  x('RunMicrotasks', 401_000, 3_000),
  { name: 'Profile', ph: 'P', ts: 54_000, pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 54_000 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 60_000,
    pid: 1,
    tid: 9,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { functionName: '(root)', scriptId: 0 } },
            { id: 2, parent: 1, callFrame: { functionName: '(program)', scriptId: 0 } },
            {
              id: 3,
              parent: 1,
              callFrame: { functionName: 'render', url: EXT, lineNumber: 0, columnNumber: 99, scriptId: 8 },
            },
            { id: 4, parent: 3, callFrame: { functionName: 'appendChild', scriptId: 0 } },
          ],
          samples: [2, 3, 4, 4, 2],
        },
        timeDeltas: [1_000, 1_000, 1_000, 1_000, 1_000],
      },
    },
  },
];

describe('bench trace parsing', () => {
  it('finds renderer main threads and the extension world', () => {
    expect([...rendererMainThreads(trace)]).toEqual(['1:1']);
    expect([...extensionWorlds(trace)]).toEqual(['1:5']);
  });

  it('reads script URLs from data.url, fileName or the stack', () => {
    expect(scriptUrl(x('EvaluateScript', 0, 1, { data: { url: PAGE } }))).toBe(PAGE);
    expect(scriptUrl(x('v8.run', 0, 1, { fileName: EXT }))).toBe(EXT);
    expect(scriptUrl(x('FunctionCall', 0, 1, { data: { stackTrace: [{ url: EXT }] } }))).toBe(EXT);
    expect(scriptUrl(x('v8.callFunction', 0, 1, { worldId: 5 }))).toBeUndefined();
  });

  it('merges overlapping intervals without double counting', () => {
    expect(
      mergeIntervals([
        [5, 7],
        [1, 3],
        [2, 4],
        [7, 8],
      ]),
    ).toEqual([
      [1, 4],
      [5, 8],
    ]);
    expect(
      totalLength([
        [0, 10],
        [2, 3],
        [20, 25],
      ]),
    ).toBe(15);
    const from: [number, number][] = [
      [0, 10],
      [20, 30],
    ];
    const remove: [number, number][] = [
      [2, 4],
      [8, 22],
      [29, 40],
    ];
    expect(subtractIntervals(from, remove)).toEqual([
      [0, 2],
      [4, 8],
      [22, 29],
    ]);
  });

  it('turns CPU profile chunks into timed samples with stacks', () => {
    const samples = cpuSamples(trace);
    expect(samples.map((s) => s.ts)).toEqual([55_000, 56_000, 57_000, 58_000, 59_000]);
    expect(samples.map((s) => s.dur)).toEqual([1_000, 1_000, 1_000, 1_000, 0]);
    expect(samples[0]?.thread).toBe('1:1');
    expect(samples[2]?.stack.map((f) => f.functionName)).toEqual(['(root)', 'render', 'appendChild']);
  });

  it('attributes script events, continuations in tasks the extension started, and samples', () => {
    const cost = extensionCost(trace);
    // EvaluateScript 1–6 ms holds compile and run: 5 ms; the world call: 2 ms.
    expect(cost.scriptEventsMs).toBeCloseTo(7);
    // Microtasks after the injection (0.3 ms) and after the extension IPC (60 ms), not the page's.
    expect(cost.continuationsMs).toBeCloseTo(60.3);
    // Three samples with `render` on the stack, one of them in a native call it made.
    expect(cost.sampledMs).toBeCloseTo(3);
    expect(cost.totalMs).toBeCloseTo(70.3);
    expect(Object.keys(cost.phases).sort()).toEqual([
      'injection',
      'ipc extensions.mojom.LocalFrameHost',
      'other',
    ]);
    expect(cost.phases.injection).toBeCloseTo(5.3);
    expect(cost.phases['ipc extensions.mojom.LocalFrameHost']).toBeCloseTo(60);
    expect(cost.phases.other).toBeCloseTo(5);
    expect(cost.byEvent).toEqual({ EvaluateScript: 5, 'v8.compile': 1, 'v8.run': 3, 'v8.callFunction': 2 });
  });

  it('counts only long tasks that contain extension time', () => {
    const { longTasks } = extensionCost(trace);
    expect(longTasks).toEqual([
      { ts: 50_000, durMs: 60, extensionMs: 3 },
      { ts: 300_000, durMs: 70, extensionMs: 60 },
    ]);
  });

  it('ignores the service worker, page scripts and other extensions’ scripts when given the ID prefix', () => {
    const other = extensionCost(trace, { prefix: 'chrome-extension://someoneelse/' });
    expect(other.scriptEventsMs).toBe(0);
    expect(other.sampledMs).toBe(0);
    // IPC on extensions.mojom does not say which extension it is for: the benchmark loads only one.
    expect(other.continuationsMs).toBeCloseTo(60);
  });

  it('recognises the extension world by name in a trace that starts after the script ran', () => {
    const later: TraceEvent[] = [
      trace[0] as TraceEvent,
      x('v8.callFunction', 1_000, 2_000, { worldId: 7, worldName: 'Streamwise' }),
      x('v8.callFunction', 5_000, 1_000, { worldId: 0, worldName: '' }),
    ];
    expect(extensionCost(later).totalMs).toBe(0);
    expect(extensionCost(later, { worldNames: new Set(['Streamwise']) }).totalMs).toBeCloseTo(2);
  });

  it('limits attribution to a window', () => {
    const cost = extensionCost(trace, { window: [0, 10_000] });
    expect(cost.scriptEventsMs).toBeCloseTo(5);
    expect(cost.continuationsMs).toBeCloseTo(0.3);
    expect(cost.sampledMs).toBe(0);
    const perWindow = costPerWindow(extensionCost(trace), 0, 10, 6);
    [5.3, 0, 2, 0, 0, 3].forEach((ms, i) => expect(perWindow[i]).toBeCloseTo(ms));
  });

  it('charges each sample to the deepest extension function on its stack', () => {
    const [render, ...rest] = functionCosts(cpuSamples(trace));
    expect(rest).toEqual([]);
    expect(render?.fn).toBe('render (loader.js:1:100)');
    expect(render?.selfMs).toBeCloseTo(3);
    expect(render?.totalMs).toBeCloseTo(3);
  });

  it('knows the extension’s URLs: its own host, and its dynamic web-accessible files under a session UUID', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const isOurs = extensionUrlMatcher(id, ['panel.js']);
    expect(isOurs(`chrome-extension://${id}/loader.js`)).toBe(true);
    expect(isOurs(`chrome-extension://${id}/panel.js`)).toBe(true);
    expect(isOurs('chrome-extension://8fd0638b-e526-4ffb-a65f-f393c99eb071/panel.js')).toBe(true);
    expect(isOurs('chrome-extension://8fd0638b-e526-4ffb-a65f-f393c99eb071/other.js')).toBe(false);
    expect(isOurs('chrome-extension://someoneelsesomeoneelsesomeoneels/panel.js')).toBe(false);
    expect(isOurs('https://www.youtube.com/panel.js')).toBe(false);
  });

  it('counts the continuations of the task evaluating the panel module the loader imports', () => {
    const dynamic = 'chrome-extension://8fd0638b-e526-4ffb-a65f-f393c99eb071/panel.js';
    const ours = extensionUrlMatcher('abcdefghijklmnopabcdefghijklmnop', ['panel.js']);
    const module: TraceEvent[] = [
      trace[0] as TraceEvent,
      x('RunTask', 1_000, 3_000),
      x('v8.compileModule', 1_100, 100, { data: { url: EXT.replace('loader', 'panel') } }),
      x('RunTask', 5_000, 3_000),
      x('v8.evaluateModule', 5_100, 400, { worldId: 5, worldName: 'Streamwise' }),
      x('RunMicrotasks', 6_000, 1_500),
      x('v8.callFunction', 7_000, 200, { worldId: 9, worldName: 'streamwise-bench' }),
      x('RunTask', 9_000, 3_000),
      x('v8.parseOnBackground', 9_000, 500, { data: { url: dynamic } }),
      x('RunMicrotasks', 9_600, 1_000),
    ];
    const cost = extensionCost(module, { prefix: ours, worldNames: new Set(['Streamwise']) });
    // compile 0.1 + evaluate 0.4 + microtasks 1.5 less the benchmark world's 0.2 callback
    expect(cost.totalMs).toBeCloseTo(1.8);
    expect(cost.phases.module).toBeCloseTo(1.8);
    expect(cost.continuationsMs).toBeCloseTo(1.3);
  });
});
