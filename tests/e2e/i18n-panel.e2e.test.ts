import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths';
import { fillMessage, type CatalogEntry } from '../../utils/translate';
import { useExtensionBrowser } from './harness/suite';

/**
 * The panel never calls i18n.getMessage (its first call costs a synchronous catalogue load): it fills the
 * catalogue the worker stored with our own `fillMessage`. Every message with a placeholder must come out
 * exactly as the browser's own i18n.getMessage makes it. Headless Chromium serves getMessage from the
 * default (English) catalogue whatever the locale (getUILanguage follows the locale, getMessage does not:
 * seen in Chromium 156), so the browser comparison runs for English; tests/unit/translate.test.ts checks
 * the other catalogues' substitutions.
 */

declare const chrome: {
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const LOCALES = readdirSync(path.join(repoRoot, 'public', '_locales')).filter((l) => l === 'en');
const SUBSTITUTIONS = ['Twitch', '0800 1111', 'third'];

for (const language of LOCALES) {
  describe(`interface strings in ${language}`, () => {
    const suite = useExtensionBrowser({ locale: language });

    it('the stored catalogue, filled as the panel fills it, equals i18n.getMessage for every placeholder message', async () => {
      const page = await suite.open(`chrome-extension://${suite.browser().extensionId}/options.html`);
      expect(await page.evaluate(() => chrome.i18n.getUILanguage()), 'premise: the browser language').toMatch(
        new RegExp(`^${language}`),
      );
      const key = `messages:${language}`;
      await expect
        .poll(async () => (await page.evaluate((k) => chrome.storage.local.get(k), key))[key] !== undefined, {
          timeout: 10_000,
          message: 'the worker stored the catalogue',
        })
        .toBe(true);
      const stored = (await page.evaluate((k) => chrome.storage.local.get(k), key))[key] as Record<
        string,
        CatalogEntry
      >;
      const source = JSON.parse(
        readFileSync(path.join(repoRoot, 'public', '_locales', language, 'messages.json'), 'utf8'),
      ) as Record<string, CatalogEntry>;
      const withPlaceholders = Object.keys(source).filter((k) => /\$/.test(source[k]!.message));
      expect(withPlaceholders.length).toBeGreaterThan(0);
      const browser = await page.evaluate(
        ({ keys, subs }) => Object.fromEntries(keys.map((k) => [k, chrome.i18n.getMessage(k, subs)])),
        { keys: withPlaceholders, subs: SUBSTITUTIONS },
      );
      for (const name of withPlaceholders) {
        expect(stored[name], `${name} stored`).toBeDefined();
        expect(fillMessage(stored[name]!, SUBSTITUTIONS), `${language} ${name}`).toBe(browser[name]);
      }
    });
  });
}
