/**
 * Chrome trace events as CDP `Tracing` reports them, and what the benchmark reads from one event:
 * script URLs, worlds, renderer main threads, IPC interfaces. Pure. Times are microseconds.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export const EXTENSION_PREFIX = 'chrome-extension://';

/** Which script URLs are the extension's: a URL prefix, or a predicate (see extensionUrlMatcher). */
export type UrlMatch = string | ((url: string) => boolean);

export function matchesUrl(url: string | undefined, match: UrlMatch): boolean {
  if (!url) return false;
  return typeof match === 'string' ? url.startsWith(match) : match(url);
}

const DYNAMIC_HOST = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//;

/**
 * The extension's script URLs: `chrome-extension://<id>/…` (the loader, and the panel module as V8
 * compiles it), and a web-accessible file with `use_dynamic_url` (`panel.js`) under the per-session
 * `chrome-extension://<uuid>/` host Chromium gives it, as the network and CPU profiles name it.
 */
export function extensionUrlMatcher(
  extensionId: string,
  dynamicFiles: readonly string[],
): (url: string) => boolean {
  const own = `chrome-extension://${extensionId}/`;
  const files = new Set(dynamicFiles.map((f) => f.replace(/^\//, '')));
  return (url) => {
    if (url.startsWith(own)) return true;
    const host = DYNAMIC_HOST.exec(url);
    return host !== null && files.has(url.slice(host[0].length).split(/[?#]/)[0] ?? '');
  };
}

/**
 * Script events that carry the script they run: evaluation, compilation and calls into functions.
 * `v8.callFunction` and `v8.run` name the world they run in (worldId) rather than always a URL.
 */
export const SCRIPT_EVENTS: ReadonlySet<string> = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'v8.produceCache',
  'v8.produceModuleCache',
  'v8.deserializeCode',
]);

/** Main-thread tasks; a long task is one over 50 ms. */
export const TASK_EVENT = 'RunTask';
export const LONG_TASK_US = 50_000;

export const key = (pid: number, tid: number): string => `${pid}:${tid}`;

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The script URL an event names, if any (args.data.url, args.fileName, or the top stack frame). */
export function scriptUrl(event: TraceEvent): string | undefined {
  const args = record(event.args);
  const data = record(args?.data);
  const stack = data?.stackTrace;
  const top = Array.isArray(stack) ? record(stack[0]) : undefined;
  return str(data?.url) || str(args?.fileName) || str(top?.url) || undefined;
}

export function worldId(event: TraceEvent): number | undefined {
  const id = record(event.args)?.worldId;
  return typeof id === 'number' ? id : undefined;
}

/** Threads named CrRendererMain: the main threads of pages (service workers run elsewhere). */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && record(e.args)?.name === 'CrRendererMain') {
      threads.add(key(e.pid, e.tid));
    }
  }
  return threads;
}

/** `pid:worldId` of every V8 world in which an extension script was run or compiled. */
export function extensionWorlds(
  events: readonly TraceEvent[],
  prefix: UrlMatch = EXTENSION_PREFIX,
): Set<string> {
  const worlds = new Set<string>();
  for (const e of events) {
    const world = worldId(e);
    if (world !== undefined && world !== 0 && matchesUrl(scriptUrl(e), prefix)) {
      worlds.add(`${e.pid}:${world}`);
    }
  }
  return worlds;
}

/**
 * A complete ('X') script event whose URL is the extension's, or which runs in an extension's world:
 * one seen running an extension script in this trace (`pid:worldId`), or one named in `worldNames`
 * (the isolated world's name, as CDP `Runtime.executionContextCreated` reports it).
 */
export function isExtensionScriptEvent(
  event: TraceEvent,
  worlds: ReadonlySet<string>,
  prefix: UrlMatch = EXTENSION_PREFIX,
  worldNames: ReadonlySet<string> = new Set(),
): boolean {
  if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name)) return false;
  if (matchesUrl(scriptUrl(event), prefix)) return true;
  const world = worldId(event);
  if (world === undefined || world === 0) return false;
  const name = str(record(event.args)?.worldName);
  return worlds.has(`${event.pid}:${world}`) || (name !== undefined && worldNames.has(name));
}

/** Chromium's extension IPC interfaces: replies to a content script's API calls and its events arrive on these. */
export const EXTENSION_IPC_PREFIX = 'extensions.mojom.';

/** The mojo interface of an IPC receive event (`Receive mojo message` / `Receive mojo reply`), if any. */
export function mojoInterface(event: TraceEvent): string | undefined {
  if (!event.name.startsWith('Receive mojo')) return undefined;
  return str(record(record(event.args)?.chrome_mojo_event_info)?.mojo_interface_tag);
}
