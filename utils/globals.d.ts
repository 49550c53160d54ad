import type { SiteIndexEntry } from './site-index';

declare global {
  /** Injected at build time from the registry (see wxt.config.ts). */
  const __STREAMWISE_SITE_INDEX__: SiteIndexEntry[];
}
