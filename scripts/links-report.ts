// Lists every address in content/ with its host and where it is used (npm run links:report), so a
// reviewer can click through them before a release. Site entries are read as data, without testUrls.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { registry } from '../content/sites/index';
import { linksReport, urlProblems, urlsInText, urlsInValue, type UrlUse } from '../utils/link-check';

const contentDir = join(import.meta.dirname, '..', 'content');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const siteUses: UrlUse[] = registry.flatMap(({ testUrls: _tests, ...site }) =>
  urlsInValue(site).map((use) => ({ ...use, where: `${site.id}: ${use.where}` })),
);
const otherUses: UrlUse[] = sourceFiles(contentDir)
  .map((file) => relative(contentDir, file))
  .filter((name) => !name.startsWith('sites'))
  .flatMap((name) => urlsInText(readFileSync(join(contentDir, name), 'utf8'), name));

const lines = linksReport([...siteUses, ...otherUses]);
console.log('host\taddress\tused in');
for (const line of lines) console.log(line);
const flagged = [...new Set([...siteUses, ...otherUses].map((u) => u.url))].flatMap((url) =>
  urlProblems(url).map((p) => `${url} ${p}`),
);
console.log(`\n${lines.length} addresses in content/ (testUrls left out).`);
if (flagged.length > 0) {
  console.log(`${flagged.length} problems:\n${flagged.join('\n')}`);
  process.exitCode = 1;
}
