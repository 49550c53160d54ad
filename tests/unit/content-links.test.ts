// Every address written in content/ (sites, reporting lines, tips), checked offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { extractUrls, hostAllowed, urlProblems } from '../../utils/link-check';
import { shownLinks } from '../../utils/validate-registry';

const contentDir = join(import.meta.dirname, '..', '..', 'content');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// Site entries are checked as data, without their testUrls (never shown; they exercise URL matching).
const files = sourceFiles(contentDir).filter((f) => !relative(contentDir, f).startsWith('sites'));
const siteUrls = (site: (typeof registry)[number]): string[] => {
  const { testUrls: _tests, ...shown } = site;
  return extractUrls(JSON.stringify(shown));
};

describe('addresses in content/', () => {
  it('finds the files and their addresses', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(registry.flatMap(siteUrls).length).toBeGreaterThan(300);
  });

  it.each(files.map((f) => [relative(contentDir, f), f] as const))(
    '%s: https, no tracking parameters, no comment/forum/archive/mirror pages',
    (_name, file) => {
      const problems = extractUrls(readFileSync(file, 'utf8')).flatMap((url) =>
        urlProblems(url).map((p) => `${url} ${p}`),
      );
      expect(problems).toEqual([]);
    },
  );

  it.each(registry.map((s) => [s.id, s] as const))(
    '%s: https, no tracking parameters, no comment/forum/archive/mirror pages',
    (_id, site) => {
      expect(siteUrls(site).flatMap((url) => urlProblems(url).map((p) => `${url} ${p}`))).toEqual([]);
    },
  );

  it.each(registry.map((s) => [s.id, s] as const))(
    '%s: every link a card shows is on its own hosts or linkDomains',
    (_id, site) => {
      const allowed = [...site.hosts, ...(site.linkDomains ?? [])];
      const outside = shownLinks(site)
        .map(({ field, url }) => ({ field, host: new URL(url).hostname }))
        .filter(({ host }) => !hostAllowed(host, allowed));
      expect(outside).toEqual([]);
    },
  );
});
