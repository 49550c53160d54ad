import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { chromiumPath } from '../../scripts/lib/paths';
import { isLiveUrl, withFixture } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { chromiumArgs } from '../../scripts/lib/chromium-args';
import { textInPanel, waitForPanel } from '../../scripts/lib/panel';
import { extensionWorker } from './harness/extension-pages';

/*
 * Hostile pages (issue #7, robustness). Every scenario loads the same fixture twice: in the
 * extension's browser and in a plain Chromium with no extension, both resolving every host to
 * the harness server. The page must come out the same (DOM outside our host, attributes on
 * <html>/<body>, the page's own log, console errors) and the panel must appear and work.
 *
 * All inspection runs in a test-only isolated world created over CDP (never in the page's main
 * world, which some fixtures poison), so what a page does to its built-ins cannot fool the test.
 */

const LIVE_URL = 'https://www.twitch.tv/somechannel';
const PROBE_WORLD = 'streamwise-hostile-probe';
const VIEWPORT = { width: 1280, height: 800 };
const VIEWPORT_QUARTER = (VIEWPORT.width * VIEWPORT.height) / 4;
/** Time a fixture gets after load (plain) or after the panel appeared (extension) to finish its tricks. */
const SETTLE_MS = 2_000;
/** The first mount plus at most three re-attachments per navigation. */
const MAX_MOUNTS = 4;

const twitch = registry.find((entry) => entry.id === 'twitch');

// ---------------------------------------------------------------------------------------------
// The probe: installed at document start in its own isolated world of every page the suite opens.
// ---------------------------------------------------------------------------------------------

interface PanelSnapshot {
  /** Elements that are (or look like) our host: <streamwise-panel…> or a host of an open panel root. */
  hosts: number;
  /** Whether the first host's open shadow root holds [data-testid="panel"]. */
  withPanel: boolean;
  state: string | null;
  live: string | null;
  site: string | null;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Fingerprint {
  host: Record<string, string>;
  panel: { style: Record<string, string>; width: number; height: number };
  heading: { style: Record<string, string>; width: number; height: number };
}

interface Target {
  found: boolean;
  x: number;
  y: number;
  /** What the panel's shadow root says is at (x, y). */
  hit: string;
  /** What the document says is at (x, y) (our host when the panel is on top). */
  documentHit: string;
  onButton: boolean;
}

interface ProbeApi {
  /** The first host's closed shadow root, handed in by the harness over CDP before every probe call. */
  root: ShadowRoot | null;
  insertions: number[];
  removals: number[];
  rootAttributes: string[];
  marked: Element | null;
  hosts(): Element[];
  state(): PanelSnapshot;
  serialize(): string[];
  target(action: string): Target;
  focusButton(action: string): boolean;
  panelRect(): Rect | null;
  headingRect(): Rect | null;
  fingerprint(): Fingerprint | null;
  /** The first host's computed style (what page rules aimed at it could change), in any state. */
  hostStyle(): Record<string, string> | null;
  /** Resolves once the panel's own animations (the open transition) have finished. */
  animationsDone(): Promise<void>;
}

type ProbeWindow = typeof globalThis & { __swProbe: ProbeApi };

/** Runs at document start in PROBE_WORLD; must stay self-contained (it is sent as source text). */
function installProbe(): void {
  const t0 = performance.now();
  const PANEL = '[data-testid="panel"]';
  // The root is closed: a host is known by its name (or the unique fallback name) alone.
  const looksLikeHost = (el: Element): boolean =>
    el.localName === 'streamwise-panel' || el.localName.startsWith('streamwise-panel-');
  const describeEl = (el: Element | null): string => {
    if (!el) return 'nothing';
    let d = el.localName;
    if (el.id) d += `#${el.id}`;
    const action = el.getAttribute('data-action');
    if (action) d += `[data-action=${action}]`;
    else if (typeof el.className === 'string' && el.className) d += `.${el.className.split(/\s+/).join('.')}`;
    return d;
  };
  const rectOf = (el: Element): Rect => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const pick = (style: CSSStyleDeclaration, names: string[]): Record<string, string> =>
    Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n)]));

  const hostStyle = (host: Element): Record<string, string> => ({
    ...pick(getComputedStyle(host), [
      'display',
      'visibility',
      'opacity',
      'transform',
      'filter',
      'clip-path',
      'position',
      'zoom',
      'content-visibility',
      'pointer-events',
      'contain',
      'writing-mode',
    ]),
    '::before content': getComputedStyle(host, '::before').content,
    '::after content': getComputedStyle(host, '::after').content,
  });

  const api: ProbeApi = {
    root: null,
    insertions: [],
    removals: [],
    rootAttributes: [],
    marked: null,
    hosts: () => [...document.querySelectorAll('*')].filter(looksLikeHost),
    state() {
      const hosts = api.hosts();
      const panel = (hosts.length > 0 ? api.root?.querySelector(PANEL) : null) ?? null;
      return {
        hosts: hosts.length,
        withPanel: panel != null,
        state: panel?.getAttribute('data-state') ?? null,
        live: panel?.getAttribute('data-live') ?? null,
        site: panel?.getAttribute('data-site') ?? null,
      };
    },
    serialize() {
      const lines = [`compatMode ${document.compatMode}`];
      lines.push(`styleSheets ${document.styleSheets.length} adopted ${document.adoptedStyleSheets.length}`);
      const walk = (node: Node, depth: number): void => {
        const pad = '  '.repeat(depth);
        if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as Element;
          if (looksLikeHost(el)) return;
          const attrs = [...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
          lines.push(`${pad}<${el.localName}${attrs}>`);
        } else if (node.nodeType === Node.TEXT_NODE) {
          lines.push(`${pad}${JSON.stringify((node as Text).data)}`);
        } else if (node.nodeType === Node.COMMENT_NODE) {
          lines.push(`${pad}<!--${(node as Comment).data}-->`);
        } else if (node.nodeType === Node.DOCUMENT_TYPE_NODE) {
          lines.push(`${pad}<!doctype ${(node as DocumentType).name}>`);
        }
        node.childNodes.forEach((child) => walk(child, depth + 1));
      };
      walk(document, 0);
      return lines;
    },
    target(action) {
      const host = api.hosts()[0];
      const panel = api.root?.querySelector(PANEL);
      const button = panel?.querySelector(`[data-action="${action}"]`);
      if (!host || !button) {
        return { found: false, x: 0, y: 0, hit: 'nothing', documentHit: 'nothing', onButton: false };
      }
      const r = button.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = api.root?.elementFromPoint(x, y) ?? null;
      const documentHit = document.elementFromPoint(x, y);
      return {
        found: true,
        x,
        y,
        hit: describeEl(hit),
        documentHit: describeEl(documentHit),
        onButton: hit != null && button.contains(hit) && documentHit === host,
      };
    },
    focusButton(action) {
      const button = api.root?.querySelector<HTMLElement>(`${PANEL} [data-action="${action}"]`);
      button?.focus();
      return button != null && api.root?.activeElement === button;
    },
    panelRect() {
      const panel = api.root?.querySelector(PANEL);
      return panel ? rectOf(panel) : null;
    },
    headingRect() {
      const heading = api.root?.querySelector(`${PANEL} h2`);
      return heading ? rectOf(heading) : null;
    },
    async animationsDone() {
      const root = api.root;
      await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)));
    },
    hostStyle() {
      const host = api.hosts()[0];
      return host ? hostStyle(host) : null;
    },
    fingerprint() {
      const host = api.hosts()[0];
      const panel = api.root?.querySelector(PANEL);
      const heading = panel?.querySelector('h2');
      if (!host || !panel || !heading) return null;
      const p = rectOf(panel);
      const h = rectOf(heading);
      const common = ['display', 'visibility', 'opacity', 'color', 'font-size', 'font-family', 'font-weight'];
      return {
        host: hostStyle(host),
        panel: {
          style: pick(getComputedStyle(panel), [
            ...common,
            'position',
            'z-index',
            'background-color',
            'line-height',
            'letter-spacing',
            'text-transform',
            'writing-mode',
          ]),
          width: Math.round(p.width),
          height: Math.round(p.height),
        },
        heading: {
          style: pick(getComputedStyle(heading), common),
          width: Math.round(h.width),
          height: Math.round(h.height),
        },
      };
    },
  };
  (globalThis as ProbeWindow).__swProbe = api;

  const since = (): number => Math.round(performance.now() - t0);
  const isHostNode = (n: Node): boolean =>
    n.nodeType === Node.ELEMENT_NODE && (n as Element).localName.startsWith('streamwise');
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (el === document.documentElement || el.localName === 'body') {
          const name = record.attributeName ?? '?';
          api.rootAttributes.push(`${el.localName}[${name}]=${JSON.stringify(el.getAttribute(name))}`);
        }
        continue;
      }
      record.addedNodes.forEach((n) => {
        if (isHostNode(n)) api.insertions.push(since());
      });
      record.removedNodes.forEach((n) => {
        if (isHostNode(n)) api.removals.push(since());
      });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

// ---------------------------------------------------------------------------------------------
// A tab watched over CDP: errors from every world, and evaluation in the probe world.
// ---------------------------------------------------------------------------------------------

type World = 'main' | 'extension' | 'other';

interface ConsoleError {
  world: World;
  kind: 'exception' | 'console' | 'log';
  text: string;
}

interface ContextInfo {
  name: string;
  origin: string;
  isDefault: boolean;
}

class Tab {
  readonly errors: ConsoleError[] = [];
  /** Playwright's own view of uncaught errors (main world). */
  readonly pageErrors: string[] = [];
  private readonly contexts = new Map<number, ContextInfo>();
  private readonly destroyed = new Set<number>();

  private constructor(
    readonly page: Page,
    readonly session: CDPSession,
  ) {}

  static async open(context: BrowserContext, url: string): Promise<Tab> {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const tab = new Tab(page, session);
    tab.listen();
    await session.send('Page.enable');
    await session.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `(${installProbe.toString()})()`,
      worldName: PROBE_WORLD,
    });
    await session.send('Runtime.enable');
    await session.send('Log.enable');
    await page.goto(url);
    return tab;
  }

  private worldOf(contextId: number | undefined): World {
    const info = contextId === undefined ? undefined : this.contexts.get(contextId);
    if (!info) return 'other';
    if (info.origin.startsWith('chrome-extension://')) return 'extension';
    return info.isDefault ? 'main' : 'other';
  }

  private listen(): void {
    const { session } = this;
    this.page.on('pageerror', (error) => this.pageErrors.push(`${error.name}: ${error.message}`));
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { isDefault?: boolean } | undefined;
      this.contexts.set(context.id, {
        name: context.name,
        origin: context.origin,
        isDefault: aux?.isDefault === true,
      });
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
      this.destroyed.add(executionContextId),
    );
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      this.errors.push({
        world: this.worldOf(d.executionContextId),
        kind: 'exception',
        text: `${d.text} ${d.exception?.description ?? String(d.exception?.value ?? '')}`.trim(),
      });
    });
    session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if (type !== 'error' && type !== 'assert') return;
      this.errors.push({
        world: this.worldOf(executionContextId),
        kind: 'console',
        text: args.map((a) => String(a.value ?? a.description ?? a.type)).join(' '),
      });
    });
    session.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error') return;
      this.errors.push({ world: 'main', kind: 'log', text: `${entry.source}: ${entry.text}` });
    });
  }

  /** Live execution contexts of the extension's content script in this page. */
  extensionContexts(): number[] {
    return [...this.contexts.entries()]
      .filter(([id, info]) => info.origin.startsWith('chrome-extension://') && !this.destroyed.has(id))
      .map(([id]) => id);
  }

  private async probeContext(timeout = 5_000): Promise<number> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ids = [...this.contexts.entries()]
        .filter(([id, info]) => info.name === PROBE_WORLD && !this.destroyed.has(id))
        .map(([id]) => id);
      if (ids.length > 0) return Math.max(...ids);
      if (Date.now() > deadline) throw new Error(`No ${PROBE_WORLD} world in ${this.page.url()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Hands the first host's closed shadow root to the probe world (`__swProbe.root`): DevTools can
   * pierce a closed root; no page script can.
   */
  private async shareRoot(contextId: number): Promise<void> {
    interface Node {
      nodeType: number;
      localName?: string;
      children?: Node[];
      shadowRoots?: { backendNodeId: number }[];
    }
    const { root } = (await this.session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: Node;
    };
    const find = (node: Node): Node | undefined =>
      node.nodeType === 1 && /^streamwise-panel/.test(node.localName ?? '')
        ? node
        : (node.children ?? []).map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (shadow) {
      const { object } = await this.session.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId: contextId,
      });
      await this.session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: 'function () { globalThis.__swProbe.root = this; }',
      });
    } else {
      await this.session.send('Runtime.evaluate', {
        expression: 'globalThis.__swProbe && (globalThis.__swProbe.root = null)',
        contextId,
      });
    }
  }

  /** Evaluates `fn(arg)` in the probe world; `fn` must be self-contained. */
  async probe<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T> {
    const contextId = await this.probeContext();
    await this.shareRoot(contextId);
    const { result, exceptionDetails } = await this.session.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`Probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as T;
  }

  /** Reads a value from the page's main world (an expression that calls nothing the page may have replaced). */
  async main<T>(expression: string): Promise<T> {
    const { result } = await this.session.send('Runtime.evaluate', { expression, returnByValue: true });
    return result.value as T;
  }

  state(): Promise<PanelSnapshot> {
    return this.probe(() => (globalThis as ProbeWindow).__swProbe.state());
  }

  async waitForPanel(timeout = 10_000): Promise<boolean> {
    return poll(async () => (await this.state()).withPanel, timeout);
  }

  async waitForState(state: string, timeout = 3_000): Promise<boolean> {
    return poll(async () => (await this.state()).state === state, timeout);
  }

  /** The open panel's computed look, once its opening animation is over. */
  async fingerprint(): Promise<Fingerprint | null> {
    await this.probe(() => (globalThis as ProbeWindow).__swProbe.animationsDone());
    return this.probe(() => (globalThis as ProbeWindow).__swProbe.fingerprint());
  }

  close(): Promise<void> {
    return this.page.close().catch(() => undefined);
  }
}

async function poll(check: () => Promise<boolean>, timeout: number, interval = 50): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// ---------------------------------------------------------------------------------------------
// Observations and checks.
// ---------------------------------------------------------------------------------------------

interface Observation {
  dom: string[];
  rootAttributes: string[];
  hostileLog: unknown;
  insertions: number[];
  removals: number[];
  errors: ConsoleError[];
}

async function observe(tab: Tab): Promise<Observation> {
  const probe = await tab.probe(() => {
    const p = (globalThis as ProbeWindow).__swProbe;
    return {
      dom: p.serialize(),
      rootAttributes: [...p.rootAttributes],
      insertions: [...p.insertions],
      removals: [...p.removals],
    };
  });
  const hostileLog = await tab.main<unknown>('window.__hostileLog');
  return { ...probe, hostileLog: hostileLog ?? null, errors: [...tab.errors] };
}

/** Lines only one side has (a multiset difference), for a short readable DOM diff. */
function lineDiff(
  without: string[],
  withExtension: string[],
): { onlyWithExtension: string[]; onlyWithout: string[] } {
  const count = new Map<string, number>();
  for (const line of without) count.set(line, (count.get(line) ?? 0) + 1);
  const onlyWithExtension: string[] = [];
  for (const line of withExtension) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else onlyWithExtension.push(line.trim());
  }
  const onlyWithout = [...count.entries()].flatMap(([line, n]) => Array<string>(n).fill(line.trim()));
  return { onlyWithExtension, onlyWithout };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function pageErrorLines(observation: Observation): string[] {
  return observation.errors
    .filter((e) => e.world === 'main')
    .map((e) => `${e.kind}: ${firstLine(e.text)}`)
    .sort();
}

function extensionErrors(errors: ConsoleError[]): string[] {
  return errors.filter((e) => e.world === 'extension').map((e) => `${e.kind}: ${e.text}`);
}

/** The page came out as it does without the extension. */
function expectPageUntouched(
  plain: Observation,
  ext: Observation,
  expectedLog: (plainLog: unknown) => unknown = (log) => log,
): void {
  expect
    .soft(lineDiff(plain.dom, ext.dom), 'page DOM outside our host: with the extension vs without')
    .toEqual({ onlyWithExtension: [], onlyWithout: [] });
  expect
    .soft(ext.rootAttributes, 'attribute changes seen on <html>/<body> (with the extension)')
    .toEqual(plain.rootAttributes);
  expect.soft(ext.hostileLog, "the page's own log of what it saw").toEqual(expectedLog(plain.hostileLog));
  expect
    .soft(pageErrorLines(ext), 'page-world console errors with the extension (right) vs without')
    .toEqual(pageErrorLines(plain));
  expect.soft(extensionErrors(ext.errors), 'errors thrown or logged in the content script').toEqual([]);
}

interface Step {
  step: string;
  ok: boolean;
  detail: string;
}

async function click(tab: Tab, action: string, expected: string): Promise<Step> {
  const step = `mouse: ${action} → ${expected}`;
  const target = await tab.probe((a: string) => (globalThis as ProbeWindow).__swProbe.target(a), action);
  if (!target.found) {
    return {
      step,
      ok: false,
      detail: `no [data-action="${action}"] button (panel: ${JSON.stringify(await tab.state())})`,
    };
  }
  await tab.page.mouse.click(target.x, target.y);
  const reached = await tab.waitForState(expected);
  const after = (await tab.state()).state;
  return {
    step,
    ok: target.onButton && reached,
    detail:
      `clicked (${Math.round(target.x)}, ${Math.round(target.y)}): shadow root hit ${target.hit}, ` +
      `document hit ${target.documentHit}; data-state after: ${after}`,
  };
}

async function pressEscape(tab: Tab): Promise<Step> {
  const step = 'keyboard: Escape in the open panel → collapsed';
  const focused = await tab.probe(() => (globalThis as ProbeWindow).__swProbe.focusButton('collapse'));
  await tab.page.keyboard.press('Escape');
  const reached = await tab.waitForState('collapsed', 2_000);
  return {
    step,
    ok: focused && reached,
    detail: `focus inside the panel: ${focused}; data-state after: ${(await tab.state()).state}`,
  };
}

/** Expand, collapse and expand with the mouse (and Escape, when asked); every failed step is returned. */
async function exercise(tab: Tab, keyboard: boolean): Promise<{ failed: Step[]; escape?: Step }> {
  const steps: Step[] = [];
  const start = await tab.state();
  if (!start.withPanel) {
    return { failed: [{ step: 'panel present', ok: false, detail: JSON.stringify(start) }] };
  }
  if (start.state === 'collapsed') steps.push(await click(tab, 'expand', 'open'));
  steps.push(await click(tab, 'collapse', 'collapsed'));
  steps.push(await click(tab, 'expand', 'open'));
  let escape: Step | undefined;
  if ((await tab.state()).state === 'open') {
    escape = await pressEscape(tab);
    if (keyboard) steps.push(escape);
    if ((await tab.state()).state !== 'open') steps.push(await click(tab, 'expand', 'open'));
  }
  return { failed: steps.filter((s) => !s.ok), escape };
}

function within(rect: Rect): boolean {
  return (
    rect.x >= 0 &&
    rect.y >= 0 &&
    rect.x + rect.width <= VIEWPORT.width + 0.5 &&
    rect.y + rect.height <= VIEWPORT.height + 0.5
  );
}

// ---------------------------------------------------------------------------------------------
// The suite.
// ---------------------------------------------------------------------------------------------

function hostileUrl(fixture: string): string {
  return withFixture(LIVE_URL, fixture);
}

describe('hostile pages', () => {
  const suite = useExtensionBrowser();
  let plain: Browser | undefined;
  let plainContext: BrowserContext | undefined;
  const tabs = new Set<Tab>();
  let baseline: Promise<Fingerprint> | undefined;

  beforeAll(async () => {
    // A Chromium without the extension, resolving every host to the same fixture server.
    plain = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(suite.browser().server.port),
    });
    plainContext = await plain.newContext({ ignoreHTTPSErrors: true, viewport: VIEWPORT });
  });

  afterEach(async () => {
    await Promise.all([...tabs].map((tab) => tab.close()));
    tabs.clear();
  });

  afterAll(async () => {
    await plain?.close();
  });

  async function openTab(context: BrowserContext, url: string): Promise<Tab> {
    const tab = await Tab.open(context, url);
    tabs.add(tab);
    return tab;
  }

  /** The fixture in the browser without the extension: what the page does on its own. */
  async function withoutExtension(url: string): Promise<Observation> {
    if (!plainContext) throw new Error('The plain browser did not launch.');
    const tab = await openTab(plainContext, url);
    await tab.page.waitForTimeout(SETTLE_MS);
    const observation = await observe(tab);
    await tab.close();
    tabs.delete(tab);
    return observation;
  }

  /** The open panel on an ordinary page of the same URL: what the panel should look like. */
  function baselineFingerprint(): Promise<Fingerprint> {
    baseline ??= (async () => {
      const tab = await Tab.open(suite.browser().context, hostileUrl('hostile-baseline'));
      try {
        if (!(await tab.waitForPanel())) throw new Error('No panel on the baseline page.');
        if ((await tab.state()).state !== 'open') await click(tab, 'expand', 'open');
        const fp = await tab.fingerprint();
        if (!fp) throw new Error('No open panel to fingerprint on the baseline page.');
        return fp;
      } finally {
        await tab.close();
      }
    })();
    return baseline;
  }

  interface ScenarioOptions {
    /** Whether Escape must work (false where the page swallows key events). */
    keyboard?: boolean;
    /** Whether the panel must look exactly as on the baseline page (false where the page zooms). */
    sameLook?: boolean;
    /** What the page's own log may differ by (only where the page squats our tag name). */
    expectedLog?: (plainLog: unknown) => unknown;
  }

  /**
   * The common scenario: the page is untouched and the panel appears once, looks as on an
   * ordinary page, sits inside the viewport and works.
   */
  async function runScenario(
    fixture: string,
    options: ScenarioOptions = {},
  ): Promise<{ tab: Tab; ext: Observation; escape?: Step }> {
    const { keyboard = true, sameLook = true, expectedLog } = options;
    const url = hostileUrl(fixture);
    const expected = await baselineFingerprint();
    const plainObservation = await withoutExtension(url);

    const tab = await openTab(suite.browser().context, url);
    const appeared = await tab.waitForPanel();
    await tab.page.waitForTimeout(SETTLE_MS);
    const ext = await observe(tab);
    expectPageUntouched(plainObservation, ext, expectedLog);

    const state = await tab.state();
    expect
      .soft(
        appeared,
        `the panel appeared on ${url} (now: ${JSON.stringify(state)}; host inserted at ` +
          `${JSON.stringify(ext.insertions)} ms, removed at ${JSON.stringify(ext.removals)} ms)`,
      )
      .toBe(true);
    expect
      .soft(state, 'after the page settled: one host holding the live Twitch panel')
      .toMatchObject({ hosts: 1, withPanel: true, site: 'twitch', live: 'true' });
    expect
      .soft(ext.insertions.length, 'host insertions (first mount + re-attachments)')
      .toBeLessThanOrEqual(MAX_MOUNTS);

    if (state.withPanel) {
      if (sameLook) {
        expect
          .soft(
            await tab.probe(() => (globalThis as ProbeWindow).__swProbe.hostStyle()),
            'the host element computed style, as on an ordinary page',
          )
          .toEqual(expected.host);
      }
      if (state.state !== 'open') await click(tab, 'expand', 'open');
      const fp = await tab.fingerprint();
      const rect = await tab.probe(() => (globalThis as ProbeWindow).__swProbe.panelRect());
      expect.soft(rect && within(rect), `open panel inside the viewport: ${JSON.stringify(rect)}`).toBe(true);
      expect
        .soft(
          rect ? rect.width * rect.height : Infinity,
          'open panel area (at most a quarter of the viewport)',
        )
        .toBeLessThanOrEqual(VIEWPORT_QUARTER);
      if (sameLook) {
        expect
          .soft(fp, 'the open panel looks as on an ordinary page (computed styles, sizes)')
          .toEqual(expected);
      }
    }

    const { failed, escape } = await exercise(tab, keyboard);
    expect.soft(failed, 'panel interactions that failed').toEqual([]);
    expect.soft(extensionErrors(tab.errors), 'content-script errors after the interactions').toEqual([]);
    return { tab, ext, escape };
  }

  it('premise: the live URL is a Twitch channel page', () => {
    expect(twitch, 'the registry has a twitch entry').toBeDefined();
    expect(isLiveUrl(twitch!, LIVE_URL)).toBe(true);
  });

  it('a CSS flood (* { font-size: 40px !important; color: red !important; … })', async () => {
    await runScenario('hostile-css-flood');
  });

  it('rules aimed at our host element (display:none, off-screen, scale(0), a ::before sheet over the viewport)', async () => {
    await runScenario('hostile-host-rules');
  });

  it('html { zoom: 3 }: the panel stays inside the viewport, at most a quarter of it, not blown up', async () => {
    const { tab } = await runScenario('hostile-zoom-in', { sameLook: false });
    const expected = await baselineFingerprint();
    await tab.fingerprint();
    const heading = await tab.probe(() => (globalThis as ProbeWindow).__swProbe.headingRect());
    const ratio = heading ? heading.height / expected.heading.height : NaN;
    const message = `rendered heading height vs an ordinary page (heading: ${JSON.stringify(heading)})`;
    expect.soft(ratio, message).toBeGreaterThanOrEqual(0.75);
    expect.soft(ratio, message).toBeLessThanOrEqual(1.5);
  });

  it('html { zoom: 0.25 }: the panel stays readable', async () => {
    const { tab } = await runScenario('hostile-zoom-out', { sameLook: false });
    const expected = await baselineFingerprint();
    await tab.fingerprint();
    const heading = await tab.probe(() => (globalThis as ProbeWindow).__swProbe.headingRect());
    const ratio = heading ? heading.height / expected.heading.height : NaN;
    const message = `rendered heading height vs an ordinary page (heading: ${JSON.stringify(heading)})`;
    expect.soft(ratio, message).toBeGreaterThanOrEqual(0.75);
    expect.soft(ratio, message).toBeLessThanOrEqual(1.5);
  });

  it('a page that removes every unknown <body> child', async () => {
    const { tab } = await runScenario('hostile-remove-body-children');
    // Premise: the page really does remove a stranger from <body>.
    await tab.probe(() => {
      const stranger = document.createElement('div');
      stranger.id = 'stranger';
      document.body.append(stranger);
    });
    const removed = await poll(() => tab.probe(() => document.getElementById('stranger') === null), 2_000);
    expect(removed, 'test premise: the page removed an element added to <body>').toBe(true);
  });

  it('a removal war on <html> children: at most 3 re-attachments, then quiet', async ({ annotate }) => {
    const url = hostileUrl('hostile-remove-html-children');
    const plainObservation = await withoutExtension(url);
    const tab = await openTab(suite.browser().context, url);
    await tab.page.waitForTimeout(SETTLE_MS + 2_000);
    const ext = await observe(tab);
    expectPageUntouched(plainObservation, ext);
    expect
      .soft(ext.insertions.length, 'the content script ran and mounted at least once')
      .toBeGreaterThanOrEqual(1);
    expect
      .soft(
        ext.insertions.length,
        `host insertions at ${JSON.stringify(ext.insertions)} ms: at most 1 mount + 3 re-attachments`,
      )
      .toBeLessThanOrEqual(MAX_MOUNTS);
    await tab.page.waitForTimeout(1_500);
    const later = await tab.probe(() => (globalThis as ProbeWindow).__swProbe.insertions.length);
    expect.soft(later, 'no further insertions once it gave up').toBe(ext.insertions.length);
    expect.soft((await tab.state()).hosts, 'hosts left in the document').toBeLessThanOrEqual(1);
    expect.soft(ext.removals.length, 'test premise: the page removed our host').toBeGreaterThanOrEqual(1);
    await annotate(
      `host inserted at ${JSON.stringify(ext.insertions)} ms, removed at ${JSON.stringify(ext.removals)} ms`,
    );
    expect(extensionErrors(tab.errors), 'content-script errors (it must stop quietly)').toEqual([]);
  });

  it('a page that removes unknown <html> children once: the panel re-attaches and works', async () => {
    const { ext } = await runScenario('hostile-remove-html-children-once');
    expect(ext.removals.length, 'the page removed our host (test premise)').toBeGreaterThanOrEqual(1);
    expect(
      ext.insertions.length,
      'host insertions: the first mount and at least one re-attachment',
    ).toBeGreaterThanOrEqual(2);
  });

  it('a page that replaces document.body', async () => {
    const { ext } = await runScenario('hostile-replace-body');
    expect(
      ext.dom.map((line) => line.trim()),
      'test premise: the second client body is in place',
    ).toContain('"Client body 2"');
  });

  it("poisoned DOM, Array, JSON and timer built-ins in the page's main world", async () => {
    const { ext } = await runScenario('hostile-poisoned-prototypes');
    expect(ext.hostileLog, 'the poisoning script ran (test premise)').not.toBeNull();
  });

  it('a page that defines window.browser / window.chrome look-alikes and <form id=browser> clobbering', async () => {
    await runScenario('hostile-clobber');
  });

  it('a page that forges framework start/stop events and messages for 5 s: the panel stays', async () => {
    const url = `${hostileUrl('hostile-forged-events')}&ext=${suite.browser().extensionId}`;
    const tab = await openTab(suite.browser().context, url);
    expect(await tab.waitForPanel(), 'the panel appeared').toBe(true);
    await tab.page.waitForTimeout(5_500);
    const ext = await observe(tab);
    expect((ext.hostileLog as { sent: number }).sent, 'the page kept forging (premise)').toBeGreaterThan(20);
    expect(await tab.state()).toMatchObject({ hosts: 1, withPanel: true, site: 'twitch' });
    expect(ext.removals, 'the host was never removed').toEqual([]);
    expect(ext.insertions.length).toBe(1);
    expect((await exercise(tab, true)).failed, 'the panel still works').toEqual([]);
    expect(extensionErrors(ext.errors)).toEqual([]);
  });

  it('our tag name already defined by the page (closed shadow root in its constructor)', async () => {
    // The isolated world cannot see the page's custom-element registry, so the only way to learn the name
    // is taken is to create it once: the page's constructor runs that one time (never connected), and the
    // panel then uses a unique name. Everything else about the page stays as it was.
    await runScenario('hostile-custom-element', {
      expectedLog: (log) => ({ ...(log as Record<string, number>), constructed: 1 }),
    });
  });

  it("a strict CSP response header (default-src 'none', Trusted Types required)", async () => {
    const { tab } = await runScenario('hostile-csp');
    const blocked = await tab.probe(() => getComputedStyle(document.querySelector('h1')!).color);
    expect(blocked, "test premise: the page's CSP blocks its own inline style").not.toBe('rgb(1, 2, 3)');
  });

  it('full-viewport overlays at the highest z-index', async () => {
    await runScenario('hostile-overlay');
  });

  it('capture-phase key swallowing at window: the panel still works with the mouse', async ({ annotate }) => {
    // DECISIONS.md: here keyboard input may degrade; the mouse path must work (asserted in runScenario).
    const { escape } = await runScenario('hostile-key-swallow', { keyboard: false });
    await annotate(
      `Escape (not asserted): ${escape ? `${escape.ok ? 'worked' : 'degraded'}, ${escape.detail}` : 'not tried'}`,
    );
  });

  it('a hydrating React-style page that re-renders the whole body after load', async () => {
    const { ext } = await runScenario('hostile-hydration');
    expect(
      ext.dom.map((line) => line.trim()),
      'test premise: the last client render is in place',
    ).toContain('"Client render 4"');
  });

  it('a quirks-mode document (no doctype)', async () => {
    const { ext } = await runScenario('hostile-quirks');
    expect(ext.dom[0], 'test premise').toBe('compatMode BackCompat');
  });

  it('a page that JSON.parses every window message', async () => {
    await runScenario('hostile-message-listener');
  });

  it('SPA stress: 100 history navigations keep one host, the right kind of page and no new listeners', async () => {
    expect(twitch).toBeDefined();
    const tab = await openTab(suite.browser().context, hostileUrl('hostile-spa-stress'));
    expect(await tab.waitForPanel(), 'panel on the SPA page').toBe(true);
    await tab.page.waitForTimeout(500);
    expect(tab.extensionContexts().length, 'the content script world is known').toBeGreaterThan(0);
    const before = await listenerCounts(tab);

    const live = ['/somechannel', '/anotherchannel', '/third_channel', '/Streamer_42/'];
    const notLive = ['/directory', '/videos/987654321', '/settings/profile', '/directory/following', '/'];
    const history: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const path = (i % 3 === 0 ? notLive[i % notLive.length] : live[i % live.length])!;
      const kind = (['push', 'replace', 'back', 'hash'] as const)[i % 4]!;
      const argument = kind === 'hash' ? `#section-${i}` : path;
      const call =
        kind === 'back' ? 'window.router.back()' : `window.router.${kind}(${JSON.stringify(argument)})`;
      const { result } = await tab.session.send('Runtime.evaluate', {
        expression: call,
        awaitPromise: true,
        returnByValue: true,
      });
      const href = String(result.value);
      history.push(`${kind} ${href}`);
      const expectedLive = String(isLiveUrl(twitch!, href));
      const ok = await poll(async () => (await tab.state()).live === expectedLive, 5_000, 25);
      const state = await tab.state();
      expect(ok, `step ${i + 1} (${kind} → ${href}): data-live ${state.live}, expected ${expectedLive}`).toBe(
        true,
      );
      expect(state.hosts, `step ${i + 1} (${kind} → ${href}): host elements`).toBe(1);
    }
    // End where it started, so the panel renders the same tree as before.
    await tab.session.send('Runtime.evaluate', { expression: `window.router.push("/somechannel")` });
    expect(await poll(async () => (await tab.state()).live === 'true', 5_000)).toBe(true);
    await tab.page.waitForTimeout(500);
    const after = await listenerCounts(tab);
    expect(
      after,
      `event listeners after 100 navigations vs before (last steps: ${history.slice(-4).join(', ')})`,
    ).toEqual(before);
    expect((await tab.state()).hosts).toBe(1);
    expect(extensionErrors(tab.errors), 'content-script errors').toEqual([]);
  });
});

/**
 * Listener counts by target and event type over CDP. `window` and `navigation` are looked up in
 * the main world and in the content script's world (CDP reports a non-node target's listeners
 * per world); `document` with depth -1 and pierce covers every node, shadow roots included.
 */
async function listenerCounts(tab: Tab): Promise<Record<string, Record<string, number>>> {
  const { session } = tab;
  const counts: Record<string, Record<string, number>> = {};
  const targets: [string, string, number | undefined][] = [['document', 'document', undefined]];
  for (const [world, contextId] of [
    ['main', undefined],
    ...tab.extensionContexts().map((id) => ['extension', id]),
  ] as [string, number | undefined][]) {
    targets.push([`${world} window`, 'window', contextId], [`${world} navigation`, 'navigation', contextId]);
  }
  for (const [label, expression, contextId] of targets) {
    const { result } = await session.send('Runtime.evaluate', { expression, contextId });
    if (!result.objectId) throw new Error(`No object for ${expression}`);
    const { listeners } = await session.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    const byType: Record<string, number> = {};
    for (const l of listeners) byType[l.type] = (byType[l.type] ?? 0) + 1;
    counts[label] = byType;
  }
  return counts;
}

describe('extension reload with a registry tab open', () => {
  const suite = useExtensionBrowser();
  let tab: Tab | undefined;

  afterEach(async () => {
    await tab?.close();
  });

  it('the orphaned content script tears down without uncaught errors; the old panel goes or one new one exists', async () => {
    const { context } = suite.browser();
    tab = await Tab.open(context, hostileUrl('hostile-baseline'));
    expect(await tab.waitForPanel(), 'panel before the reload').toBe(true);
    await tab.probe(() => {
      const p = (globalThis as ProbeWindow).__swProbe;
      p.marked = p.hosts()[0] ?? null;
    });
    const errorsBefore = tab.errors.length;

    const worker: Worker | undefined = context
      .serviceWorkers()
      .find((w) => w.url().startsWith('chrome-extension://'));
    expect(worker, 'extension service worker').toBeDefined();
    const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
    await worker!
      .evaluate(() => {
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
      })
      .catch(() => undefined); // the worker goes away mid-call
    await restarted;
    // The orphan checks itself on focus, visibility, use and every 10 s (a cheap timer, for idle cost).
    await tab.page.waitForTimeout(11_000);

    const after = await tab.probe(() => {
      const p = (globalThis as ProbeWindow).__swProbe;
      const hosts = p.hosts();
      return {
        hosts: hosts.length,
        oldStillThere: p.marked != null && p.marked.isConnected,
        state: p.state(),
      };
    });
    const settled = {
      pageErrors: [...tab.pageErrors],
      errors: tab.errors.slice(errorsBefore).map((e) => `${e.world} ${e.kind}: ${e.text}`),
    };
    expect.soft(settled, 'errors after the reload').toEqual({ pageErrors: [], errors: [] });
    expect
      .soft(
        after.hosts === 0 || (after.hosts === 1 && !after.oldStillThere && after.state.withPanel),
        `after the reload: old panel removed, or exactly one new panel (seen: ${JSON.stringify(after)})`,
      )
      .toBe(true);

    // Whatever panel is left must not throw when used (an orphan's dismiss writes to storage).
    if (after.state.withPanel) {
      const steps: Step[] = [];
      if (after.state.state === 'collapsed') steps.push(await click(tab, 'expand', 'open'));
      steps.push(await click(tab, 'collapse', 'collapsed'));
      steps.push(await click(tab, 'expand', 'open'));
      const dismiss = await tab.probe(
        (a: string) => (globalThis as ProbeWindow).__swProbe.target(a),
        'dismiss',
      );
      if (dismiss.found) await tab.page.mouse.click(dismiss.x, dismiss.y);
      await tab.page.waitForTimeout(1_000);
      expect
        .soft(
          tab.errors.slice(errorsBefore).map((e) => `${e.world} ${e.kind}: ${e.text}`),
          'errors after using the panel left behind by the reload (expand, collapse, dismiss; ' +
            `clicks: ${steps.map((st) => `${st.step}: ${st.ok ? 'ok' : st.detail}`).join('; ')})`,
        )
        .toEqual([]);
    }
    expect(tab.pageErrors, 'uncaught page errors (Playwright pageerror)').toEqual([]);
  });
});

describe('a page that tries to read the panel (young-person policy, school contact)', () => {
  const contact = { name: 'Ms Example, Safeguarding Lead', phone: '01632 960123' };
  const suite = useExtensionBrowser({ policy: { audience: 'young-person', contact } });

  it('finds a host with no attributes, a null shadowRoot, no text and no attachShadow call', async () => {
    const worker = await extensionWorker(suite.browser().context);
    await expect
      .poll(
        () =>
          worker.evaluate(async () => {
            const api = (
              globalThis as unknown as {
                chrome: {
                  storage: { local: { get(k: string): Promise<Record<string, { audience?: string }>> } };
                };
              }
            ).chrome;
            return (await api.storage.local.get('effectiveSettings')).effectiveSettings?.audience;
          }),
        { timeout: 20_000, message: 'the policy reached the worker (premise)' },
      )
      .toBe('young-person');

    const page = await suite.open(hostileUrl('hostile-reader'));
    const state = await waitForPanel(page);
    expect(state.state, 'first visit: the open card, with the contact').toBe('open');
    expect(
      await textInPanel(page, '[data-testid="panel"]'),
      'premise: the panel holds the contact',
    ).toContain(contact.name);

    // Everything below runs in the page's own world, as a platform's script would.
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('streamwise'));
      const host = hosts[0];
      return {
        hosts: hosts.length,
        attributes: host ? [...host.attributes].map((a) => a.name) : null,
        shadowRoot: host ? host.shadowRoot === null : null,
        // eslint-disable-next-line no-restricted-properties -- reading, as a hostile page would
        outerHTML: host?.outerHTML ?? null,
        childNodes: host?.childNodes.length ?? null,
        attachShadowCalls: (window as unknown as { __attachShadowCalls: string[] }).__attachShadowCalls,
        pageText: document.documentElement.textContent ?? '',
        innerText: document.body.innerText,
      };
    });
    expect(seen).toMatchObject({
      hosts: 1,
      attributes: [],
      shadowRoot: true,
      outerHTML: '<streamwise-panel></streamwise-panel>',
      childNodes: 0,
      attachShadowCalls: [],
    });
    for (const secret of [contact.name, contact.phone, 'young-person', 'Safety tips']) {
      expect(seen.pageText, `page text contains "${secret}"`).not.toContain(secret);
      expect(seen.innerText, `visible page text contains "${secret}"`).not.toContain(secret);
    }
  });
});
