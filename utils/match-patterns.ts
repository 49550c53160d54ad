import type { SiteIndexEntry } from './site-index';

/** Manifest match patterns for the registry: each host and its subdomains, any scheme Chrome allows. */
export function registryMatchPatterns(index: readonly Pick<SiteIndexEntry, 'hosts'>[]): string[] {
  const patterns = index.flatMap(({ hosts }) => hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]));
  return [...new Set(patterns)].sort();
}

/** Patterns for subdomains the registry excludes (embeds, help centres), so nothing is injected there. */
export function registryExcludePatterns(index: readonly Pick<SiteIndexEntry, 'excludeHosts'>[]): string[] {
  const patterns = index.flatMap(({ excludeHosts }) =>
    (excludeHosts ?? []).flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]),
  );
  return [...new Set(patterns)].sort();
}
