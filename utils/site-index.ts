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
