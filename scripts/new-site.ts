// npm run new-site -- <id>: creates content/sites/<id>.ts and lists it in content/sites/index.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToIndex, renderScaffold } from '../utils/scaffold-site';

const id = process.argv[2] ?? '';
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error('Usage: npm run new-site -- <id>   (a lowercase slug of the platform name, e.g. "twitch")');
  process.exit(1);
}
const dir = join(import.meta.dirname, '..', 'content', 'sites');
const file = join(dir, `${id}.ts`);
if (existsSync(file)) {
  console.error(`${file} already exists`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, renderScaffold(id, today));
const index = join(dir, 'index.ts');
writeFileSync(index, addToIndex(readFileSync(index, 'utf8'), id));
console.log(
  `Created ${file} and listed it in content/sites/index.ts.\nFill it in, then run \`npm test\`: it names every field still missing.`,
);
