// Static scan of what ships and of our own sources: no code from strings, no remote code, no HTML
// sinks in our code, and no network request to an http(s) origin anywhere in the built extension.
// Every hit is printed with file, line and context; allowed vendor patterns are named below.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths';

const BUILD_DIRS = ['chrome-mv3', 'firefox-mv3'].map((d) => path.join(repoRoot, '.output', d));
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'content'].map((d) => path.join(repoRoot, d));

interface Hit {
  file: string;
  line: number;
  rule: string;
  context: string;
}

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function hitAt(file: string, text: string, index: number, length: number, rule: string): Hit {
  const line = text.slice(0, index).split('\n').length;
  const context = text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, ' ');
  return { file: path.relative(repoRoot, file), line, rule, context };
}

/** Every match of each rule in `text`, except those an allowed pattern covers. */
function scan(
  file: string,
  text: string,
  rules: Record<string, RegExp>,
  allowed: readonly AllowedPattern[] = [],
): Hit[] {
  const allowedSpans = allowed.flatMap((a) =>
    [...text.matchAll(new RegExp(a.pattern, 'g'))].map((m) => [m.index, m.index + m[0].length] as const),
  );
  const hits: Hit[] = [];
  for (const [rule, pattern] of Object.entries(rules)) {
    for (const m of text.matchAll(new RegExp(pattern, 'g'))) {
      if (allowedSpans.some(([start, end]) => m.index >= start && m.index + m[0].length <= end)) continue;
      hits.push(hitAt(file, text, m.index, m[0].length, rule));
    }
  }
  return hits;
}

function report(label: string, hits: Hit[]): string {
  const lines = hits.map((h) => `  ${h.rule}: ${h.file}:${h.line}  …${h.context}…`);
  const summary = `${label}: ${hits.length} finding(s)${hits.length ? `\n${lines.join('\n')}` : ''}`;
  console.log(summary);
  return summary;
}

/** Source text with comments blanked (same length, same lines), so a comment naming a sink is no hit. */
function withoutComments(file: string, text: string): string {
  if (!/\.(ts|tsx|mts|js|mjs)$/.test(file)) return text;
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const chars = [...text];
  const blank = (r: ts.CommentRange): void => {
    for (let i = r.pos; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const visit = (node: ts.Node): void => {
    if (node.kind !== ts.SyntaxKind.JsxText) {
      ts.getLeadingCommentRanges(text, node.getFullStart())?.forEach(blank);
      ts.getTrailingCommentRanges(text, node.getEnd())?.forEach(blank);
    }
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return chars.join('');
}

/** Code from strings and remote code: banned in built output and in our sources alike. */
const CODE_RULES: Record<string, RegExp> = {
  'eval(': /(?<![\w$.])eval\s*\(/,
  'new Function': /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/,
  'string timer': /\bset(?:Timeout|Interval)\s*\(\s*['"`]/,
  importScripts: /\bimportScripts\b/,
  'remote import()': /\bimport\s*\(\s*['"`](?:https?:)?\/\//,
  // The one dynamic import is the loader's, of the packaged panel (docs/adr/0001-two-stage-panel.md).
  'import() of anything but a packaged file': /(?<!typeof\s)\bimport\s*\((?!\s*[\w$]+\.runtime\.getURL\()/,
  'document.write': /\bdocument\.write(?:ln)?\s*\(/,
};

/** HTML: no remote script or stylesheet, no inline script (MV3's CSP would block it anyway). */
const HTML_RULES: Record<string, RegExp> = {
  'remote <script src>': /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i,
  'inline <script>': /<script\b(?![^>]*\bsrc\s*=)[^>]*>/i,
  'remote <link href>': /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i,
};

/** CSS: no remote fonts, images or imports. */
const CSS_RULES: Record<string, RegExp> = {
  'remote url()': /\burl\(\s*['"]?(?:https?:)?\/\//i,
  'remote @import': /@import\s+['"](?:https?:)?\/\//i,
};

/** Ways to set HTML from a string: banned in our sources outright. */
const HTML_SINK_RULES: Record<string, RegExp> = {
  innerHTML: /\binnerHTML\b/,
  outerHTML: /\bouterHTML\b/,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/,
  dangerouslySetInnerHTML: /\bdangerouslySetInnerHTML\b/,
  createContextualFragment: /\bcreateContextualFragment\b/,
};

/** Every way the built code could open a network connection. */
const NETWORK_RULES: Record<string, RegExp> = {
  'fetch(': /(?<![\w$])fetch\s*\(/,
  XMLHttpRequest: /\bXMLHttpRequest\b/,
  WebSocket: /\bWebSocket\b/,
  sendBeacon: /\bsendBeacon\b/,
  EventSource: /\bEventSource\b/,
  RTCPeerConnection: /\bRTCPeerConnection\b/,
};

interface AllowedPattern {
  why: string;
  pattern: RegExp;
}

/**
 * Preact's renderer (vendor code, bundled into the content script and the pages) implements the
 * `dangerouslySetInnerHTML` prop with these three expressions. Our sources never pass that prop (the
 * source scan below fails if they do), so the branch never runs. Nothing else may touch innerHTML.
 */
const PREACT_HTML: AllowedPattern[] = [
  {
    why: 'Preact diff: compares the dangerouslySetInnerHTML prop with the current innerHTML',
    pattern: /[\w$]+\.__html==[\w$]+\.innerHTML|[\w$]+\.innerHTML==[\w$]+\.__html/,
  },
  {
    why: 'Preact diff: applies the dangerouslySetInnerHTML prop',
    pattern: /[\w$]+\.innerHTML=[\w$]+\.__html/,
  },
  { why: 'Preact diff: clears it when the prop goes away', pattern: /[\w$]+\.innerHTML=(?:``|""|'')/ },
  {
    why: 'Preact diff: reads the prop by name (our code never sets it)',
    // Either operand order and any quote: the content script is minified by terser, the pages by oxc.
    pattern: /[\w$]+==([`"'])dangerouslySetInnerHTML\1\?|([`"'])dangerouslySetInnerHTML\2==[\w$]+\?/,
  },
];

/**
 * The only network calls allowed in the build, all to the extension's own packaged files
 * (chrome-extension:// / moz-extension://), which are not network requests (DECISIONS.md).
 */
const EXTENSION_INTERNAL_FETCH: AllowedPattern[] = [
  {
    why: "Vite's modulepreload polyfill (extension pages): fetches <link rel=modulepreload> hrefs, all /chunks/…",
    pattern: /([\w$]+)\.ep\)return;\1\.ep=!0;let ([\w$]+)=[\w$]+\(\1\);fetch\(\1\.href,\2\)/,
  },
];

describe('static scan: built extension', () => {
  const builds = (): { dir: string; files: string[] }[] =>
    BUILD_DIRS.map((dir) => ({ dir, files: listFiles(dir, ['.js', '.html', '.css']) }));

  it('builds contain scripts to scan', () => {
    for (const { dir, files } of builds()) {
      console.log(`${path.relative(repoRoot, dir)}: ${files.length} files scanned`);
      expect(files.filter((f) => f.endsWith('.js')).length, dir).toBeGreaterThan(0);
    }
  });

  it('has no code from strings and no remote code', () => {
    const hits = builds().flatMap(({ files }) =>
      files.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        if (file.endsWith('.html')) return scan(file, text, HTML_RULES);
        if (file.endsWith('.css')) return scan(file, text, CSS_RULES);
        return scan(file, text, CODE_RULES);
      }),
    );
    expect(hits, report('built: code from strings / remote code', hits)).toEqual([]);
  });

  it('touches HTML sinks only in identified Preact code', () => {
    let allowedCount = 0;
    const hits = builds().flatMap(({ files }) =>
      files
        .filter((f) => f.endsWith('.js'))
        .flatMap((file) => {
          const text = readFileSync(file, 'utf8');
          allowedCount += PREACT_HTML.reduce(
            (n, a) => n + [...text.matchAll(new RegExp(a.pattern, 'g'))].length,
            0,
          );
          return scan(file, text, HTML_SINK_RULES, PREACT_HTML);
        }),
    );
    console.log(`built: ${allowedCount} allowed Preact-internal HTML-sink expression(s)`);
    expect(hits, report('built: HTML sinks outside Preact', hits)).toEqual([]);
  });

  it('makes no network request: every fetch/XHR/WebSocket/beacon site is an extension-internal one', () => {
    const allowedSeen = new Map<string, number>();
    const hits = builds().flatMap(({ files }) =>
      files
        .filter((f) => f.endsWith('.js'))
        .flatMap((file) => {
          const text = readFileSync(file, 'utf8');
          for (const a of EXTENSION_INTERNAL_FETCH) {
            const n = [...text.matchAll(new RegExp(a.pattern, 'g'))].length;
            if (n > 0) allowedSeen.set(a.why, (allowedSeen.get(a.why) ?? 0) + n);
          }
          return scan(file, text, NETWORK_RULES, EXTENSION_INTERNAL_FETCH);
        }),
    );
    for (const [why, n] of allowedSeen) console.log(`built: allowed ×${n}: ${why}`);
    expect(hits, report('built: network calls', hits)).toEqual([]);
  });
});

describe('static scan: our sources', () => {
  const sources = (): string[] =>
    SOURCE_DIRS.flatMap((dir) => listFiles(dir, ['.ts', '.tsx', '.mts', '.js', '.mjs', '.html', '.css']));

  it('has no code from strings, no remote code and no HTML sinks', () => {
    const files = sources();
    console.log(
      `sources: ${files.length} files scanned in ${SOURCE_DIRS.map((d) => path.basename(d)).join(', ')}`,
    );
    expect(files.length).toBeGreaterThan(0);
    const hits = files.flatMap((file) => {
      const text = withoutComments(file, readFileSync(file, 'utf8'));
      if (file.endsWith('.html'))
        return [...scan(file, text, HTML_RULES), ...scan(file, text, HTML_SINK_RULES)];
      if (file.endsWith('.css')) return scan(file, text, CSS_RULES);
      return [...scan(file, text, CODE_RULES), ...scan(file, text, HTML_SINK_RULES)];
    });
    expect(hits, report('sources: banned constructs', hits)).toEqual([]);
  });

  it('opens no network connection of its own', () => {
    const hits = sources().flatMap((file) =>
      scan(file, withoutComments(file, readFileSync(file, 'utf8')), NETWORK_RULES),
    );
    expect(hits, report('sources: network calls', hits)).toEqual([]);
  });
});

describe('static scan: the scanner itself', () => {
  // Each rule must catch what it names, or a passing scan means nothing.
  const probe = (text: string, rules: Record<string, RegExp>, allowed: AllowedPattern[] = []): string[] =>
    scan('probe.js', text, rules, allowed).map((h) => h.rule);

  it('catches each banned construct', () => {
    expect(probe('x=eval("1")', CODE_RULES)).toEqual(['eval(']);
    expect(probe('new Function("a","return a")', CODE_RULES)).toEqual(['new Function']);
    expect(probe('setTimeout("go()",1)', CODE_RULES)).toEqual(['string timer']);
    expect(probe("setInterval('go()',1)", CODE_RULES)).toEqual(['string timer']);
    expect(probe('importScripts("a.js")', CODE_RULES)).toEqual(['importScripts']);
    expect(probe('import(e.runtime.getURL("/panel.js"))', CODE_RULES)).toEqual([]);
    expect(probe('import(u)', CODE_RULES)).toEqual(['import() of anything but a packaged file']);
    expect(probe('type A = typeof import("x")', CODE_RULES)).toEqual([]);
    expect(probe('import("https://cdn.example/x.js")', CODE_RULES)).toEqual([
      'remote import()',
      'import() of anything but a packaged file',
    ]);
    expect(probe('<script src="https://cdn.example/x.js"></script>', HTML_RULES)).toEqual([
      'remote <script src>',
    ]);
    expect(probe('<script>alert(1)</script>', HTML_RULES)).toEqual(['inline <script>']);
    expect(probe('el.innerHTML=data', HTML_SINK_RULES)).toEqual(['innerHTML']);
    expect(probe('fetch("https://api.example/")', NETWORK_RULES)).toEqual(['fetch(']);
    expect(probe('navigator.sendBeacon(u)', NETWORK_RULES)).toEqual(['sendBeacon']);
  });

  it('lets through only the exact vendor shapes', () => {
    expect(
      probe(
        'if(f)s||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html)',
        HTML_SINK_RULES,
        PREACT_HTML,
      ),
    ).toEqual([]);
    expect(probe('e.innerHTML=f.html', HTML_SINK_RULES, PREACT_HTML)).toEqual(['innerHTML']);
    expect(probe('{dangerouslySetInnerHTML:{__html:x}}', HTML_SINK_RULES, PREACT_HTML)).toEqual([
      'dangerouslySetInnerHTML',
    ]);
    const preload = 'if(e.ep)return;e.ep=!0;let t=n(e);fetch(e.href,t)';
    expect(probe(preload, NETWORK_RULES, EXTENSION_INTERNAL_FETCH)).toEqual([]);
    expect(
      probe(
        'let e=`https://evil.example/x.css`;try{return await(await fetch(e)).text()}',
        NETWORK_RULES,
        EXTENSION_INTERNAL_FETCH,
      ),
    ).toEqual(['fetch(']);
  });

  it('ignores comments in sources but not code', () => {
    const text = '// never use innerHTML\n/* nor eval( */ const a = `// kept`; el.innerHTML = a;\n';
    expect(probe(withoutComments('x.ts', text), HTML_SINK_RULES)).toEqual(['innerHTML']);
    expect(probe(withoutComments('x.ts', text), CODE_RULES)).toEqual([]);
  });
});
