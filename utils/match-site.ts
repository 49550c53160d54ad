import type { SiteIndexEntry } from './site-index';

export interface SiteMatch {
  id: string;
  isLive: boolean;
}

/** True when `hostname` is `host` itself or one of its subdomains. */
export function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

function normalisedHostname(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // The URL parser lowercases and punycodes; a trailing dot names the same host.
  const hostname = url.hostname.replace(/\.$/, '');
  // IP literals never belong to a platform.
  if (hostname.startsWith('[') || /^\d+(\.\d+){3}$/.test(hostname)) return undefined;
  return hostname;
}

export function isLivePath(entry: Pick<SiteIndexEntry, 'live'>, hostname: string, pathname: string): boolean {
  return (entry.live ?? []).some(
    (pattern) =>
      (!pattern.hosts || pattern.hosts.some((h) => hostMatches(hostname, h))) &&
      new RegExp(pattern.path, 'i').test(pathname),
  );
}

/** URL → the registry site it belongs to (and whether it is a live page), or null. */
export function matchSite(href: string, index: readonly SiteIndexEntry[]): SiteMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const hostname = normalisedHostname(url);
  if (!hostname) return null;
  for (const entry of index) {
    if (!entry.hosts.some((h) => hostMatches(hostname, h))) continue;
    if (entry.excludeHosts?.some((h) => hostMatches(hostname, h))) return null;
    return { id: entry.id, isLive: isLivePath(entry, hostname, url.pathname) };
  }
  return null;
}

/** Whether a URL is a live page by the site's own patterns (see the entry's `live`). */
export function isLiveUrl(href: string, site: Pick<SiteIndexEntry, 'live'>): boolean {
  try {
    const url = new URL(href);
    return isLivePath(site, normalisedHostname(url) ?? '', url.pathname);
  } catch {
    return false;
  }
}
