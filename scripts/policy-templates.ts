// Writes the Windows administrative templates in docs/policy-templates/ from public/managed_schema.json
// (npm run policy:templates). For templates with your store ids instead of the placeholders:
//   npm run policy:templates -- --chrome-id <id> --edge-id <id> --out <folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CHROME,
  EDGE,
  TEMPLATE_SETS,
  generatePolicyTemplates,
  type SchemaNode,
  type TemplateBrowser,
} from '../utils/policy-templates';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'chrome-id': { type: 'string' },
    'edge-id': { type: 'string' },
    out: { type: 'string' },
  },
});
const ID = /^[a-p]{32}$/;
for (const flag of ['chrome-id', 'edge-id'] as const) {
  const id = values[flag];
  if (id !== undefined && !ID.test(id)) {
    console.error(`--${flag} must be a 32-letter extension id (letters a to p), not ${JSON.stringify(id)}`);
    process.exit(1);
  }
}
const withId = (browser: TemplateBrowser, id: string | undefined) =>
  id === undefined ? browser : { ...browser, extensionId: id };
const ids: Record<string, TemplateBrowser> = {
  [CHROME.id]: withId(CHROME, values['chrome-id']),
  [EDGE.id]: withId(EDGE, values['edge-id']),
};

const schema = JSON.parse(readFileSync(join(root, 'public', 'managed_schema.json'), 'utf8')) as SchemaNode;
const outDir = values.out ? resolve(values.out) : join(root, 'docs', 'policy-templates');
mkdirSync(join(outDir, 'en-US'), { recursive: true });
for (const set of TEMPLATE_SETS) {
  const { admx, adml } = generatePolicyTemplates(schema, {
    ...set,
    browsers: set.browsers.map((b) => ids[b.id] ?? b),
  });
  writeFileSync(join(outDir, `${set.baseName}.admx`), admx);
  writeFileSync(join(outDir, 'en-US', `${set.baseName}.adml`), adml);
  console.log(`wrote ${join(outDir, `${set.baseName}.admx`)} and en-US/${set.baseName}.adml`);
}
