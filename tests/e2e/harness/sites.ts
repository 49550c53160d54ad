import type { SiteEntry } from '../../../utils/registry-schema';

/**
 * The contract's matching rules, written out independently of the extension's code so the
 * suite can choose URLs and state what the panel should show.
 */
export function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

export function isExcludedHost(entry: SiteEntry, hostname: string): boolean {
  return (entry.excludeHosts ?? []).some((host) => hostMatches(hostname, host));
}

/** The entry whose panel a URL should show, if any. */
export function entryForUrl(registry: readonly SiteEntry[], url: string): SiteEntry | undefined {
  const { hostname } = new URL(url);
  return registry.find(
    (entry) => entry.hosts.some((host) => hostMatches(hostname, host)) && !isExcludedHost(entry, hostname),
  );
}

/** Live by URL pattern only: a pathname regex, optionally limited to some hosts. */
export function isLiveUrl(entry: SiteEntry, url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return (entry.live ?? []).some(
    (pattern) =>
      (!pattern.hosts || pattern.hosts.some((host) => hostMatches(hostname, host))) &&
      new RegExp(pattern.path).test(pathname),
  );
}

/** Test URLs of the entry that should show its panel (not on an excluded host). */
export function panelTestUrls(entry: SiteEntry, kind: 'live' | 'notLive'): string[] {
  return (entry.testUrls?.[kind] ?? []).filter((url) => !isExcludedHost(entry, new URL(url).hostname));
}

/** Where to open an entry's panel: its first not-live test URL, else https://<hosts[0]>/. */
export function siteUrl(entry: SiteEntry): string {
  return panelTestUrls(entry, 'notLive')[0] ?? `https://${entry.hosts[0]}/`;
}

/** The same URL asking the harness server for a named fixture (the path stays as it is). */
export function withFixture(url: string, fixture: string): string {
  const u = new URL(url);
  u.searchParams.set('fixture', fixture);
  return u.toString();
}
