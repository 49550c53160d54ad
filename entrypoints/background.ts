import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registry } from '../content/sites/index';
import { regions } from '../content/regions/index';
import * as tips from '../content/tips';
import chipCss from '../components/chip.css?inline';
import { buildSeedData } from '../utils/seed-data';
import { catalogs } from '../utils/catalogs';
import { translations } from '../content/localized';
import { startWorker } from '../utils/worker';

// The bundled content, seeded into storage.local so the in-page script reads one site's text without bundling all.
// Built once per worker start (about 0.1 s with every language), then reused for a reseed or a page's request.
let seed: Record<string, unknown> | undefined;

export default defineBackground(() =>
  startWorker(browser, {
    siteIds: registry.map((entry) => entry.id),
    seed: () => (seed ??= buildSeedData(registry, tips, regions, chipCss, catalogs, translations)),
    regions,
    catalogs,
  }),
);
