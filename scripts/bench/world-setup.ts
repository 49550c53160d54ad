/**
 * The isolated world's set-up before a content script runs: Chromium creating the world's V8 context and
 * telling the extension system about it (`LocalWindowProxy::Initialize`, with `ContextCreatedNotification`
 * inside, where the `chrome` object is installed). It is no script event and no microtask, so the
 * extension-time attribution (trace.ts) counts it for no extension. Pure; trace times are microseconds.
 */
import {
  SCRIPT_EVENTS,
  TASK_EVENT,
  key,
  matchesUrl,
  rendererMainThreads,
  scriptUrl,
  type TraceEvent,
  type UrlMatch,
} from './trace-events';

export const WORLD_INIT_EVENT = 'LocalWindowProxy::Initialize';

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/**
 * Milliseconds of world set-up for the content scripts `prefix` names: for each of their injections
 * (`EvaluateScript` with their URL), the `LocalWindowProxy::Initialize` that ends last before it in the
 * same task, provided no other script ran in between (so it is the world the script then runs in).
 */
export function worldSetupMs(events: readonly TraceEvent[], prefix: UrlMatch): number {
  const mains = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !mains.has(key(e.pid, e.tid))) continue;
    let list = byThread.get(key(e.pid, e.tid));
    if (!list) byThread.set(key(e.pid, e.tid), (list = []));
    list.push(e);
  }
  let totalUs = 0;
  for (const list of byThread.values()) {
    const tasks = list.filter((e) => e.name === TASK_EVENT);
    for (const injection of list) {
      if (injection.name !== 'EvaluateScript' || !matchesUrl(scriptUrl(injection), prefix)) continue;
      const task = tasks.find((t) => t.ts <= injection.ts && end(injection) <= end(t));
      if (!task) continue;
      const before = list.filter(
        (e) => e.name === WORLD_INIT_EVENT && e.ts >= task.ts && end(e) <= injection.ts,
      );
      const init = before.reduce<TraceEvent | undefined>(
        (a, e) => (!a || end(e) > end(a) ? e : a),
        undefined,
      );
      if (!init) continue;
      const between = list.some((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= end(init) && e.ts < injection.ts);
      if (!between) totalUs += init.dur ?? 0;
    }
  }
  return totalUs / 1000;
}
