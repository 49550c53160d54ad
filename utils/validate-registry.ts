import { siteSchema, type Site, type SiteEntry } from './registry-schema';
import { hostMatches, matchSite } from './match-site';
import { buildSiteIndex } from './site-index';

export interface RegistryReport {
  errors: string[];
  warnings: string[];
  sites: Site[];
}

const STALE_AFTER_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Every link a card shows for this entry. */
export function shownLinks(site: SiteEntry): { field: string; url: string }[] {
  return [
    ...(site.reporting.url ? [{ field: 'reporting.url', url: site.reporting.url }] : []),
    ...(site.safetyCentreUrl ? [{ field: 'safetyCentreUrl', url: site.safetyCentreUrl }] : []),
    ...(site.familyTools ?? []).flatMap((tool, i) =>
      tool.url ? [{ field: `familyTools[${i}].url`, url: tool.url }] : [],
    ),
    ...site.sources.flatMap((s, i) => (s.official ? [{ field: `sources[${i}].url`, url: s.url }] : [])),
  ];
}

function checkEntry(site: Site, today: Date): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const err = (field: string, message: string) => errors.push(`${site.id}: ${field}: ${message}`);

  const reviewed = Date.parse(`${site.reviewed}T00:00:00Z`);
  if (reviewed > today.getTime()) err('reviewed', `${site.reviewed} is in the future`);
  else if (today.getTime() - reviewed > STALE_AFTER_DAYS * DAY_MS) {
    warnings.push(`${site.id}: reviewed ${site.reviewed}, more than 12 months ago; check its facts again`);
  }

  for (const [i, h] of (site.excludeHosts ?? []).entries()) {
    if (!site.hosts.some((host) => h !== host && hostMatches(h, host))) {
      err(`excludeHosts[${i}]`, `${h} is not a subdomain of this entry's hosts`);
    }
  }

  const allowed = [...site.hosts, ...(site.linkDomains ?? [])];
  for (const { field, url } of shownLinks(site)) {
    const host = new URL(url).hostname;
    if (!allowed.some((a) => hostMatches(host, a))) {
      err(field, `link host ${host} is neither one of the entry's hosts nor listed in linkDomains`);
    }
  }

  const index = buildSiteIndex([site]);
  for (const [kind, urls, expected] of [
    ['testUrls.live', site.testUrls?.live ?? [], true],
    ['testUrls.notLive', site.testUrls?.notLive ?? [], false],
  ] as const) {
    for (const url of urls) {
      const match = matchSite(url, index);
      if (!match) err(kind, `${url} does not match this entry's hosts`);
      else if (match.isLive !== expected)
        err(kind, `${url} is ${match.isLive ? '' : 'not '}detected as live`);
    }
  }
  return { errors, warnings };
}

/** Validate the whole registry; every message names the site and the field. */
export function validateRegistry(entries: readonly unknown[], today = new Date()): RegistryReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const sites: Site[] = [];

  entries.forEach((entry, i) => {
    const id =
      typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : `entry #${i}`;
    const parsed = siteSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(`${id}: ${fieldPath(issue.path) || '(entry)'}: ${issue.message}`);
      return;
    }
    const checked = checkEntry(parsed.data, today);
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
    sites.push(parsed.data);
  });

  const owners = new Map<string, string>();
  for (const site of sites) {
    if (owners.has(`id:${site.id}`)) errors.push(`${site.id}: id: used by more than one entry`);
    owners.set(`id:${site.id}`, site.id);
  }
  for (const site of sites) {
    for (const [i, host] of site.hosts.entries()) {
      const other = sites.find((o) => o !== site && o.hosts.some((h) => hostMatches(host, h)));
      if (other) errors.push(`${site.id}: hosts[${i}]: ${host} is already matched by ${other.id}`);
    }
  }
  return { errors, warnings, sites };
}
