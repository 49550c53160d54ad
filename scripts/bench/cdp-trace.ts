import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace';

/**
 * Trace categories: script events with their URLs and worlds (devtools.timeline, v8, v8.execute),
 * main-thread tasks and the IPC that starts them (toplevel, disabled-by-default-devtools.timeline).
 */
export const TRACE_CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
];

/** V8 CPU samples with call stacks: names the functions, but slows script down (~25 % here). */
export const SAMPLING_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

export interface Recording {
  /** Stops tracing and resolves with every event recorded. */
  stop(): Promise<TraceEvent[]>;
}

/** Starts a Chrome trace over a CDP session (events arrive as Tracing.dataCollected). */
export async function startTrace(
  session: CDPSession,
  options: { samples?: boolean } = {},
): Promise<Recording> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    for (const e of value) events.push(e as TraceEvent);
  };
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: options.samples ? [...TRACE_CATEGORIES, SAMPLING_CATEGORY] : TRACE_CATEGORIES,
    },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) =>
        session.once('Tracing.tracingComplete', () => resolve()),
      );
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}
