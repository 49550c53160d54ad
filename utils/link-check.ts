/**
 * Offline checks for the addresses in content/: https only, no tracking parameters, and no comment,
 * forum, archive or mirror pages. Pure functions; tests/unit/content-links.test.ts applies them.
 */

/** Query parameters that track a click or a session rather than name a page. */
const TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/i,
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'igsh',
  'igshid',
  'helpref',
  'search_session_id',
  'sr',
  'cms_platform',
  'ref_topic',
  'mc_cid',
  'mc_eid',
  'si',
];

/** Pages that are not a publisher's own: user comments, forums, archives, mirrors and proxies. */
const DENIED: readonly { why: string; test: (url: URL) => boolean }[] = [
  { why: 'a comment thread', test: (u) => /\/comments?\//i.test(u.pathname) },
  {
    why: 'a forum page',
    test: (u) => /\/forums?(?:\/|$)/i.test(u.pathname) || /^forums?\./i.test(u.hostname),
  },
  {
    why: 'an archived copy',
    test: (u) => /(?:^|\.)(?:archive\.(?:is|ph|today|org|fo|li|md|vn))$/i.test(u.hostname),
  },
  { why: 'a Netlify-hosted proxy', test: (u) => /\.netlify\.app$/i.test(u.hostname) },
  { why: 'a Reddit mirror', test: (u) => /(?:^|\.)(?:redlib|libreddit|teddit)\b/i.test(u.hostname) },
  { why: 'a proxied page', test: (u) => /\/proxy\b/i.test(u.pathname) && u.searchParams.has('url') },
];

/** Every http(s) address written in a piece of source text, in order, without trailing punctuation. */
export function extractUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s'"`<>)\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

/** The tracking parameters an address carries. */
export function trackingParams(url: URL): string[] {
  return [...url.searchParams.keys()].filter((key) =>
    TRACKING_PARAMS.some((p) => (typeof p === 'string' ? p === key.toLowerCase() : p.test(key))),
  );
}

/** What is wrong with one address; empty when it may stay in content/. */
export function urlProblems(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return ['is not a valid address'];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push('is not https');
  if (url.username || url.password) problems.push('carries a user name or password');
  const tracking = trackingParams(url);
  if (tracking.length > 0) problems.push(`has tracking parameters (${tracking.join(', ')})`);
  for (const { why, test } of DENIED) if (test(url)) problems.push(`is ${why}`);
  return problems;
}

/** True when `host` is one of `allowed` or a subdomain of one. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}

export interface UrlUse {
  url: string;
  /** Where it is written, e.g. "kick: sources[0].url" or "tips.ts:177". */
  where: string;
}

/** Every address inside a data value, with the field path it sits at. */
export function urlsInValue(value: unknown, path = ''): UrlUse[] {
  if (typeof value === 'string') return extractUrls(value).map((url) => ({ url, where: path }));
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsInValue(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => urlsInValue(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Every address in source text, with its line number. */
export function urlsInText(text: string, name: string): UrlUse[] {
  return text
    .split('\n')
    .flatMap((line, i) => extractUrls(line).map((url) => ({ url, where: `${name}:${i + 1}` })));
}

/** One line per address, sorted by host then address, listing every place it is used. */
export function linksReport(uses: readonly UrlUse[]): string[] {
  const byUrl = new Map<string, string[]>();
  for (const { url, where } of uses) byUrl.set(url, [...(byUrl.get(url) ?? []), where]);
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '(invalid)';
    }
  };
  return [...byUrl.entries()]
    .sort(([a], [b]) => hostOf(a).localeCompare(hostOf(b)) || a.localeCompare(b))
    .map(([url, wheres]) => `${hostOf(url)}\t${url}\t${wheres.join('; ')}`);
}
