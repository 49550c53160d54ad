/**
 * `npm run bench`: the extension's cost on real Chromium, with and without it, side by side.
 * See docs/PERFORMANCE.md (written by this script) for the method and the latest figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../lib/paths';
import { assertBuild } from '../lib/preflight';
import { parseArgs, USAGE, type BenchOptions } from './args';
import { browserVersion, launchArms, launchFloor, type Arm, type ArmName } from './browsers';
import { checkBudgets } from './budgets';
import { clickRestMs } from './click';
import { contentScriptSize, panelSize, webAccessibleScripts } from './bundle';
import { floorLoadProblem, writeFloorExtension } from './floor';
import { loadAverageNow, machine, type Machine } from './machine';
import { measureLoad, type LoadOptions, type LoadSample } from './measure-load';
import { armOrder } from './order';
import { budgetTable, renderReport } from './report';
import { pageResult, type BenchPage, type BenchResult, type Pair } from './results';
import { forgetSite } from './site-memory';
import { measureSpa } from './spa';
import { meanCosts, symbolicate } from './symbolicate';
import { summarize } from './stats';
import { extensionUrlMatcher, type FunctionCost } from './trace';
import { countWorkerStarts } from './worker-starts';

export const PAGES: BenchPage[] = [
  {
    name: 'youtube-watch',
    url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk&fixture=bench-youtube',
    registry: true,
    siteId: 'youtube',
  },
  {
    name: 'twitch-live',
    url: 'https://www.twitch.tv/somechannel?fixture=bench-twitch',
    registry: true,
    siteId: 'twitch',
  },
  { name: 'example.org', url: 'https://www.example.org/?fixture=bench-youtube', registry: false },
];

const BENCH_CONFIG = 'scripts/bench/wxt.bench.config.ts';
const buildDir = path.join(repoRoot, '.output', 'bench', 'chrome-mv3');

function build(): void {
  console.log(`bench: building the extension (wxt build -c ${BENCH_CONFIG}) into ${buildDir}`);
  const wxt = path.join(repoRoot, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['build', '-c', BENCH_CONFIG], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status})`);
}

async function measureWithRetry(arm: Arm, options: LoadOptions): Promise<LoadSample> {
  try {
    return await measureLoad(arm.context, options);
  } catch (error) {
    console.warn(`bench: ${options.page} (${arm.name}) failed, retrying once: ${String(error)}`);
    return measureLoad(arm.context, options);
  }
}

/** Drops the bulky per-function lists from the raw samples kept in the JSON. */
const slim = (s: LoadSample): LoadSample => ({ ...s, functions: undefined });

async function run(options: BenchOptions, argv: readonly string[]): Promise<BenchResult> {
  const started = Date.now();
  const host = machine();
  if (options.build) build();
  assertBuild(buildDir);
  // Measure a private copy: scripts/check-reproducible.mjs (rm -rf .output) or a rebuild may run meanwhile.
  const copyRoot = mkdtempSync(path.join(os.tmpdir(), 'streamwise-bench-ext-'));
  const extensionDir = path.join(copyRoot, 'chrome-mv3');
  cpSync(buildDir, extensionDir, { recursive: true });
  // The control arm's extension, generated from the same manifest's content-script entry (floor.ts).
  const floorDir = writeFloorExtension(extensionDir, path.join(copyRoot, 'floor'));
  try {
    return await measure(options, argv, started, host, extensionDir, floorDir);
  } finally {
    rmSync(copyRoot, { recursive: true, force: true });
  }
}

async function measure(
  options: BenchOptions,
  argv: readonly string[],
  started: number,
  host: Machine,
  extensionDir: string,
  floorDir: string,
): Promise<BenchResult> {
  const size = contentScriptSize(extensionDir);
  const panel = panelSize(extensionDir);
  const outDir = path.resolve(repoRoot, options.outDir);
  const traceDir = options.saveTraces ? path.join(outDir, 'traces') : undefined;

  const arms = await launchArms(extensionDir);
  let floorArm: Arm | undefined;
  try {
    floorArm = await launchFloor(floorDir);
    const floorOrigin = `chrome-extension://${floorArm.extensionId ?? ''}/`;
    const armOf: Record<ArmName, Arm> = { ...arms, floor: floorArm };
    const extensionId = arms.with.extensionId ?? '';
    const origin = `chrome-extension://${extensionId}/`;
    const extensionUrls = extensionUrlMatcher(extensionId, webAccessibleScripts(extensionDir));
    const pairs = new Map<string, Pair[]>(PAGES.map((p) => [p.name, []]));
    const firstPairs = new Map<string, Pair[]>(PAGES.filter((p) => p.registry).map((p) => [p.name, []]));
    const forgotten = { worker: 0, page: 0 };
    const forget = async (page: BenchPage) => {
      if (page.siteId) forgotten[await forgetSite(arms.with.context, extensionId, page.siteId)]++;
    };
    const lateHeapAtMs = options.measureAtMs + 2_500;

    const urlsOf = (name: ArmName) =>
      name === 'with' ? extensionUrls : name === 'floor' ? floorOrigin : 'chrome-extension://';
    const originOf = (name: ArmName) =>
      name === 'with' ? origin : name === 'floor' ? floorOrigin : 'chrome-extension://';
    /** Saved traces: the with arm's, and the floor's. */
    const traceName = (name: ArmName, page: BenchPage, visit: string, it: number) =>
      name === 'without'
        ? undefined
        : `${page.name}${visit === 'first' ? '-first' : ''}${name === 'floor' ? '-floor' : ''}-${it}.json`;

    /**
     * One pair of loads (the order of the browsers alternating with the iteration, order.ts); on repeat
     * visits, the floor's load too.
     */
    const pair = async (it: number, page: BenchPage, visit: 'first' | 'repeat' | 'none'): Promise<Pair> => {
      const got: Partial<Record<ArmName, LoadSample>> = {};
      for (const name of armOrder(it, visit === 'repeat')) {
        const trace = traceDir && traceName(name, page, visit, it);
        const options_: LoadOptions = {
          arm: name,
          page: page.name,
          url: page.url,
          expectState:
            name === 'with' && visit !== 'none' ? (visit === 'first' ? 'open' : 'collapsed') : undefined,
          measureAtMs: options.measureAtMs,
          extensionUrls: urlsOf(name),
          extensionOrigin: originOf(name),
          click:
            visit === 'repeat' && name !== 'floor' ? { lateHeapAtMs, restMs: clickRestMs(it) } : undefined,
          traceFile: trace ? path.join(traceDir, trace) : undefined,
        };
        const load = async () => {
          if (name === 'with' && visit === 'first') await forget(page);
          const sample = await measureLoad(armOf[name].context, options_);
          const problem = name === 'floor' ? floorLoadProblem(sample) : undefined;
          if (problem) throw new Error(`floor: ${problem} on ${page.url}`);
          return sample;
        };
        try {
          got[name] = await load();
        } catch (error) {
          console.warn(`bench: ${page.name} ${visit} (${name}) failed, retrying once: ${String(error)}`);
          got[name] = await load();
        }
      }
      return { with: got.with as LoadSample, without: got.without as LoadSample, floor: got.floor };
    };

    for (let it = 0; it <= options.n; it++) {
      const label = it === 0 ? 'warm-up' : `${it}/${options.n}`;
      for (const page of PAGES) {
        const visits = page.registry ? (['first', 'repeat'] as const) : (['none'] as const);
        for (const visit of visits) {
          const { with: w, without: wo, floor } = await pair(it, page, visit);
          const click = w.click?.latency
            ? `, ${w.click.restMs > 0 ? 'rested ' : ''}click → painted ${w.click.latency.toPaintMs.toFixed(1)} ms (open ${w.click.extensionMs?.toFixed(2)} ms)`
            : '';
          const floorText = floor
            ? `, floor ${floor.extensionMs.toFixed(2)} ms (load ${floor.loadEventMs.toFixed(0)} ms)`
            : '';
          console.log(
            `bench: [${label}] ${page.name.padEnd(14)} ${visit.padEnd(6)} extension ${w.extensionMs.toFixed(2).padStart(6)} ms, ` +
              `load ${w.loadEventMs.toFixed(0)} vs ${wo.loadEventMs.toFixed(0)} ms, worlds ${w.isolatedWorlds}, ` +
              `long tasks ${w.longTasks.length}${click}${floorText}`,
          );
          if (it === 0) continue;
          (visit === 'first' ? firstPairs : pairs)
            .get(page.name)
            ?.push({ with: w, without: wo, ...(floor ? { floor } : {}) });
        }
      }
    }

    // Profiling pass: CPU sampling names the functions but slows script down, so it stays out of the pairs.
    // First visits, so both stages (the loader, and the panel it imports) show.
    const profiled: BenchResult['profiled'] = [];
    const profiledFunctions: FunctionCost[][] = [];
    for (const page of PAGES.filter((p) => p.registry)) {
      const loads: LoadSample[] = [];
      for (let i = 0; i < options.profileLoads; i++) {
        await forget(page);
        loads.push(
          await measureWithRetry(arms.with, {
            arm: 'with',
            page: page.name,
            url: page.url,
            expectState: 'open',
            measureAtMs: options.measureAtMs,
            extensionUrls,
            extensionOrigin: origin,
            samples: true,
            traceFile: traceDir ? path.join(traceDir, `${page.name}-profiled-${i}.json`) : undefined,
          }),
        );
      }
      profiledFunctions.push(...loads.map((l) => l.functions ?? []));
      profiled.push({
        page: page.name,
        loads: loads.length,
        extensionMs: summarize(loads.map((l) => l.extensionMs)),
        sampledMs: summarize(loads.map((l) => l.extensionSampledMs)),
      });
      console.log(
        `bench: [profiled] ${page.name.padEnd(14)} first visit, extension ${summarize(loads.map((l) => l.extensionMs)).median.toFixed(2)} ms (median of ${loads.length}, with CPU sampling)`,
      );
    }

    console.log('bench: service-worker starts');
    const nonRegistry = PAGES.find((p) => !p.registry) as BenchPage;
    const registry = PAGES[0] as BenchPage;
    const workerStarts = await countWorkerStarts(arms.with.context, extensionId, {
      nonRegistryUrl: nonRegistry.url,
      registryUrl: registry.url,
      navigations: options.workerNavigations,
      registryLoads: options.workerLoads,
    });

    console.log(`bench: SPA idle (${options.idleSeconds} s) and ${options.navigations} navigations`);
    const spa = await measureSpa(arms.with.context, {
      url: registry.url,
      idleSeconds: options.idleSeconds,
      navigations: options.navigations,
      gapMs: options.navigationGapMs,
      extensionUrls,
      traceDir,
    });

    const functions = symbolicate(meanCosts(profiledFunctions), extensionDir).slice(0, 30);
    host.loadAverage.end = loadAverageNow();
    const partial: Omit<BenchResult, 'budgets'> = {
      date: new Date().toISOString(),
      command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
      durationSeconds: (Date.now() - started) / 1000,
      machine: host,
      chromium: browserVersion(arms.with),
      extensionId,
      options,
      contentScript: size,
      panel,
      siteMemory: forgotten,
      pages: PAGES.map((p) => pageResult(p, pairs.get(p.name) ?? [], size)),
      firstVisits: PAGES.filter((p) => p.registry).map((p) =>
        pageResult(p, firstPairs.get(p.name) ?? [], size, 'first'),
      ),
      workerStarts,
      spa,
      profiled,
      functions,
      loads: Object.fromEntries(
        [...pairs, ...[...firstPairs].map(([name, list]) => [`${name} first`, list] as const)].map(
          ([name, list]) => [
            name,
            list.map((p) => ({
              with: slim(p.with),
              without: slim(p.without),
              ...(p.floor ? { floor: slim(p.floor) } : {}),
            })),
          ],
        ),
      ),
    };
    return { ...partial, budgets: checkBudgets(partial) };
  } finally {
    await arms.with.close();
    await arms.without.close();
    await floorArm?.close();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseArgs(argv);
  const result = await run(options, argv);
  const outDir = path.resolve(repoRoot, options.outDir);
  mkdirSync(outDir, { recursive: true });
  const report = renderReport(result);
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'latest.md'), report);
  if (options.writeDoc) writeFileSync(path.join(repoRoot, 'docs', 'PERFORMANCE.md'), report);
  console.log(`\n${report}`);
  console.log(
    `bench: wrote ${path.relative(repoRoot, path.join(outDir, 'latest.json'))}` +
      `${options.writeDoc ? ' and docs/PERFORMANCE.md' : ''} in ${Math.round(result.durationSeconds)} s`,
  );
  const failed = result.budgets.filter((c) => !c.pass);
  if (failed.length > 0) {
    console.log(`\nbench: ${failed.length} budget(s) missed:\n${budgetTable(failed)}`);
    if (options.strict) process.exitCode = 1;
  } else console.log('\nbench: all budgets pass');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
