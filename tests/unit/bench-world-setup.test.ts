import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../scripts/bench/trace';
import { WORLD_INIT_EVENT, worldSetupMs } from '../../scripts/bench/world-setup';
import { completeEvent, threadName } from './fixtures/trace-event';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
/** On process 1, thread `tid`. */
const x = (name: string, ts: number, dur: number, args: Record<string, unknown> = {}, tid = 1) =>
  completeEvent(name, ts, dur, args, 1, tid);
const main = (tid = 1): TraceEvent => threadName('CrRendererMain', 1, tid);
const evaluate = (ts: number, url: string, tid = 1) => x('EvaluateScript', ts, 1_000, { data: { url } }, tid);

describe('bench isolated-world set-up', () => {
  it('takes the world initialised last before the content script, in the same task', () => {
    const events = [
      main(),
      // Navigation commit: the main world, and a harness world inside it (not the extension's).
      x('RunTask', 0, 20_000),
      x(WORLD_INIT_EVENT, 1_000, 10_000),
      x(WORLD_INIT_EVENT, 5_000, 3_000),
      // document_start: the extension's world, then its script, then the page's.
      x('RunTask', 30_000, 40_000),
      x(WORLD_INIT_EVENT, 30_500, 4_500),
      evaluate(35_100, `${EXT}floor.js`),
      evaluate(40_000, 'https://www.youtube.com/watch'),
    ];
    expect(worldSetupMs(events, EXT)).toBe(4.5);
    expect(worldSetupMs(events, 'chrome-extension://other/')).toBe(0);
  });

  it('counts nothing when another script ran in between, or on other threads, or without a world', () => {
    const between = [
      main(),
      x('RunTask', 0, 40_000),
      x(WORLD_INIT_EVENT, 500, 4_500),
      x('v8.run', 5_500, 1_000, { worldId: 0 }),
      evaluate(7_000, `${EXT}loader.js`),
    ];
    expect(worldSetupMs(between, EXT)).toBe(0);
    const otherThread = [
      main(),
      x('RunTask', 0, 40_000, {}, 2),
      x(WORLD_INIT_EVENT, 500, 4_500, {}, 2),
      evaluate(5_100, `${EXT}loader.js`, 2),
    ];
    expect(worldSetupMs(otherThread, EXT)).toBe(0);
    const none = [main(), x('RunTask', 0, 40_000), evaluate(5_100, `${EXT}loader.js`)];
    expect(worldSetupMs(none, EXT)).toBe(0);
  });
});
