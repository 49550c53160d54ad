import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { repoRoot } from '../../../scripts/lib/paths';
import { assertBuild } from '../../../scripts/lib/preflight';
import { startConnectProxy, type ConnectProxy } from './proxy';
import { startServer, type FixtureServer } from '../../../scripts/lib/server';

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** Throws unless an executable Firefox is where the suite expects it. The suite never skips. */
export function assertFirefox(executable = firefoxPath()): string {
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    throw new Error(
      `Firefox not found at ${executable}: install it with \`apt-get install -y firefox-esr\` (the tests never skip)` +
        ' or set FIREFOX_PATH to a Firefox executable.',
    );
  }
  return executable;
}

/** The unpacked Firefox build under test. */
export function defaultFirefoxExtensionDir(): string {
  return path.resolve(
    process.env.STREAMWISE_FIREFOX_EXTENSION_DIR || path.join(repoRoot, '.output', 'firefox-mv3'),
  );
}

/**
 * The moz-extension:// host the extension gets in the test profile. Firefox picks a random UUID per
 * profile unless the `extensions.webextensions.uuids` pref names one for the add-on ID beforehand.
 */
export const FIREFOX_EXTENSION_UUID = '5f2b3c4d-1e0a-4b6c-9d8e-7a6b5c4d3e2f';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on ID (browser_specific_settings.gecko.id) Firefox installed. */
  addonId: string;
  /** `moz-extension://<uuid>` — where popup.html, options.html and guide.html live. */
  extensionOrigin: string;
  server: FixtureServer;
  proxy: ConnectProxy;
  close(): Promise<void>;
}

/** The add-on id (browser_specific_settings.gecko.id) in a Firefox build's manifest. */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') {
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id.`);
  }
  return id;
}

/**
 * Headless Firefox ESR driven over WebDriver BiDi (puppeteer-core), the unpacked Firefox build
 * installed as a temporary add-on, and every https hostname tunnelled by a local proxy to the
 * HTTPS fixture server, so https://www.twitch.tv/x reaches a fixture and match patterns fire as in the field.
 */
export async function launchFirefoxWithExtension(
  options: {
    extensionDir?: string;
    /**
     * Leave the install to a policies.json written beforehand (ExtensionSettings force_installed from a
     * local .xpi, see firefox-policy.ts): no temporary add-on, and unsigned packages allowed, which Firefox
     * ESR permits. Wait for the add-on with waitForPolicyInstall().
     */
    installedByPolicy?: boolean;
  } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = assertFirefox();
  const extensionDir = assertBuild(path.resolve(options.extensionDir ?? defaultFirefoxExtensionDir()));
  const addonId = geckoId(extensionDir);

  const server = await startServer();
  const proxy = await startConnectProxy(server.port);
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'streamwise-e2e-firefox-'));
  let browser: Browser | undefined;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await browser?.close().catch(() => undefined);
    await proxy.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      // Lets BiDi navigate a tab to moz-extension:// pages (popup.html, options.html, guide.html).
      args: ['--remote-allow-system-access'],
      // The fixture server's certificate is self-signed, made at test time.
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.proxy.type': 1, // manual proxy configuration
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
        ...(options.installedByPolicy ? { 'xpinstall.signatures.required': false } : {}),
      },
    });
    const installed = options.installedByPolicy ? addonId : await browser.installExtension(extensionDir);
    if (installed !== addonId) {
      throw new Error(`Firefox installed add-on ${installed}, expected ${addonId} from the manifest.`);
    }
    return {
      browser,
      addonId,
      extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      server,
      proxy,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
