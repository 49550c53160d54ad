import type { SiteEntry } from './registry-schema';

/** What the content script needs to recognise a page: no card text, so the bundle stays small. */
export interface SiteIndexEntry {
  id: string;
  hosts: string[];
  excludeHosts?: string[];
  live?: { path: string; hosts?: string[] }[];
}

export function buildSiteIndex(registry: readonly SiteEntry[]): SiteIndexEntry[] {
  return registry.map(({ id, hosts, excludeHosts, live }) => ({
    id,
    hosts: [...hosts],
    ...(excludeHosts?.length ? { excludeHosts: [...excludeHosts] } : {}),
    ...(live?.length ? { live: live.map((p) => ({ ...p })) } : {}),
  }));
}

/**
 * Hosts only, for the content-script bundle: live patterns come with the site's card from storage, and
 * excluded subdomains never get the script (the manifest's exclude_matches come from the same registry).
 */
export function buildHostIndex(registry: readonly SiteEntry[]): SiteIndexEntry[] {
  return buildSiteIndex(registry).map(({ live: _live, excludeHosts: _x, ...hosts }) => hosts);
}
