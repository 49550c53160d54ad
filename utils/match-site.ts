import type { SiteIndexEntry } from './site-index';

export interface SiteMatch {
  id: string;
  isLive: boolean;
}

/** True when `hostname` is `host` itself or one of its subdomains. */
export function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/**
 * A parsed hostname (URL's or `location`'s: lowercased and punycoded already) as the registry names
 * hosts: without a trailing dot, which names the same host; undefined for IP literals, which never
 * belong to a platform.
 */
export function normaliseHostname(parsed: string): string | undefined {
  const hostname = parsed.endsWith('.') ? parsed.slice(0, -1) : parsed;
  if (hostname.startsWith('[') || /^\d+(\.\d+){3}$/.test(hostname)) return undefined;
  return hostname;
}

/**
 * The registry site a hostname belongs to, or null. For the loader, which reads `location.hostname`
 * rather than parse its own URL again (a URL object is one more interface to set up in its world).
 */
export function siteForHostname(parsed: string, index: readonly SiteIndexEntry[]): SiteIndexEntry | null {
  const hostname = normaliseHostname(parsed);
  if (!hostname) return null;
  for (const entry of index) {
    if (!entry.hosts.some((h) => hostMatches(hostname, h))) continue;
    return entry.excludeHosts?.some((h) => hostMatches(hostname, h)) ? null : entry;
  }
  return null;
}

/**
 * Whether a page is live by the site's own patterns. The loader's patterns come from storage: one that is
 * damaged (not an object, a path that is no regular expression) counts as not matching, never as an error.
 */
export function isLivePath(entry: Pick<SiteIndexEntry, 'live'>, hostname: string, pathname: string): boolean {
  return (entry.live ?? []).some((pattern) => {
    try {
      return (
        (!pattern.hosts || pattern.hosts.some((h) => hostMatches(hostname, h))) &&
        new RegExp(pattern.path, 'i').test(pathname)
      );
    } catch {
      return false;
    }
  });
}

/** URL → the registry site it belongs to (and whether it is a live page), or null. */
export function matchSite(href: string, index: readonly SiteIndexEntry[]): SiteMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const entry = siteForHostname(url.hostname, index);
  if (!entry) return null;
  return { id: entry.id, isLive: isLivePath(entry, normaliseHostname(url.hostname) ?? '', url.pathname) };
}
