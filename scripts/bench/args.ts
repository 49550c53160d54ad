/** Command-line options of `npm run bench -- [options]`. Pure: parses an argv array. */

export interface BenchOptions {
  /** Paired loads per page (after one discarded warm-up pair). */
  n: number;
  quick: boolean;
  /** Idle window on the SPA page, seconds. */
  idleSeconds: number;
  /** pushState navigations for the per-navigation cost. */
  navigations: number;
  /** Time between navigations, ms. */
  navigationGapMs: number;
  /** Loads in which the service worker is stopped first, to count the starts one load causes. */
  workerLoads: number;
  /** Navigations to the non-registry page while counting service-worker starts. */
  workerNavigations: number;
  /** Extra with-extension loads per registry page traced with CPU samples, for the per-function table. */
  profileLoads: number;
  /** Cumulative metrics are read this long after navigation start, in both arms. */
  measureAtMs: number;
  build: boolean;
  saveTraces: boolean;
  /** Exit 1 when a budget is missed. */
  strict: boolean;
  /** Write docs/PERFORMANCE.md (default: full runs only). */
  writeDoc: boolean;
  outDir: string;
}

export const USAGE = `npm run bench -- [options]
  --n <count>        paired loads per page (default 20; --quick: 3)
  --quick            CI smoke: N=3, 5 s idle window, 20 navigations, docs/PERFORMANCE.md left alone
  --idle <seconds>   idle window on the SPA page (default 30)
  --navs <count>     SPA navigations (default 50)
  --no-build         measure the existing .output/bench/chrome-mv3 instead of building it
  --save-traces      keep every with-extension trace under <out>/traces (open in DevTools > Performance)
  --strict           exit 1 when a budget is missed
  --doc / --no-doc   write docs/PERFORMANCE.md or not (default: only for full runs)
  --out <dir>        where latest.json and latest.md go (default artifacts/bench)`;

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got ${value}`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    n: quick ? 3 : 20,
    quick,
    idleSeconds: quick ? 5 : 30,
    navigations: quick ? 20 : 50,
    navigationGapMs: 150,
    workerLoads: quick ? 3 : 10,
    workerNavigations: 20,
    profileLoads: quick ? 2 : 5,
    measureAtMs: quick ? 2_500 : 3_000,
    build: true,
    saveTraces: false,
    strict: false,
    writeDoc: !quick,
    outDir: 'artifacts/bench',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    switch (arg) {
      case '--quick':
        break;
      case '--n':
        options.n = positiveInt(arg, next());
        break;
      case '--idle':
        options.idleSeconds = positiveInt(arg, next());
        break;
      case '--navs':
        options.navigations = positiveInt(arg, next());
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--save-traces':
        options.saveTraces = true;
        break;
      case '--strict':
        options.strict = true;
        break;
      case '--doc':
        options.writeDoc = true;
        break;
      case '--no-doc':
        options.writeDoc = false;
        break;
      case '--out': {
        const dir = next();
        if (!dir) throw new Error('--out needs a directory');
        options.outDir = dir;
        break;
      }
      default:
        if (arg?.startsWith('--n=')) options.n = positiveInt('--n', arg.slice(4));
        else throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}
