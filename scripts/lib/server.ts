import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSelfSignedCert } from './cert';
import { fixturesDir as defaultFixturesDir } from './paths';

export interface ServedRequest {
  host: string;
  path: string;
}

export interface FixtureServer {
  /** Ephemeral port on 127.0.0.1; Chromium maps every hostname here. */
  port: number;
  /** Every request seen, in order (host header without port, path with query). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const FIXTURE_NAME = /^[a-z0-9][a-z0-9-]*$/;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The fixture a request asks for: `/__fixture/<name>...` or `?fixture=<name>`. */
export function fixtureName(url: URL): string | undefined {
  const fromPath = /^\/__fixture\/([^/?#]+)/.exec(url.pathname)?.[1];
  return fromPath ?? url.searchParams.get('fixture') ?? undefined;
}

function genericPage(host: string, pathAndQuery: string): string {
  const h = escapeHtml(host);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${h}</title>
  </head>
  <body>
    <header><h1>${h}</h1></header>
    <main>
      <p>Generic fixture page for <code>${h}${escapeHtml(pathAndQuery)}</code>, served by the Streamwise E2E harness.</p>
      <p>Some ordinary page text so the page has content to lay out.</p>
      <nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/help/contact">Contact</a></nav>
    </main>
  </body>
</html>
`;
}

/**
 * A local HTTPS server answering for ANY hostname and path: a generic page by default,
 * or `tests/e2e/fixtures/<name>.html` when asked for by path or query (see fixtureName).
 */
export async function startServer(fixturesDir = defaultFixturesDir): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const server = https.createServer(createSelfSignedCert(), (req, res) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ host, path: url.pathname + url.search });
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    const name = fixtureName(url);
    if (name === undefined) {
      res.writeHead(200, headers).end(genericPage(host, url.pathname + url.search));
      return;
    }
    const file = path.join(fixturesDir, `${name}.html`);
    if (!FIXTURE_NAME.test(name) || !existsSync(file)) {
      res
        .writeHead(404, headers)
        .end(`<!doctype html><title>404</title><h1>No fixture ${escapeHtml(name)}</h1>`);
      return;
    }
    // A fixture may declare extra response headers (e.g. a CSP) in a sibling <name>.headers.json.
    const headersFile = path.join(fixturesDir, `${name}.headers.json`);
    const extra = existsSync(headersFile)
      ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
      : {};
    res
      .writeHead(200, { ...headers, ...extra })
      .end(readFileSync(file, 'utf8').replaceAll('{{HOST}}', escapeHtml(host)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
