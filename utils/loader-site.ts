import type { SiteEntry } from './registry-schema';
import type { SiteIndexEntry } from './site-index';

/** What the loader needs of a site beyond its hosts: its name (the chip's label) and live patterns. */
export interface LoaderSite {
  name: string;
  live?: NonNullable<SiteIndexEntry['live']>;
}

export function toLoaderSite({ name, live }: SiteEntry): LoaderSite {
  return { name, ...(live?.length ? { live: live.map((p) => ({ ...p })) } : {}) };
}

/** A light check of the stored value; anything else counts as missing (not live, the id as name). */
export function parseLoaderSite(value: unknown, fallbackName: string): LoaderSite {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  // The patterns themselves are checked where they are used: isLivePath treats a bad one as not live.
  return {
    name: typeof v.name === 'string' ? v.name : fallbackName,
    live: Array.isArray(v.live) ? (v.live as LoaderSite['live']) : [],
  };
}
