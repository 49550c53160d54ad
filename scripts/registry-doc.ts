// Writes docs/REGISTRY.md from the registry (npm run registry:doc).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../content/sites/index';
import { renderRegistryDoc } from '../utils/registry-doc';

const target = join(import.meta.dirname, '..', 'docs', 'REGISTRY.md');
writeFileSync(target, renderRegistryDoc(registry));
console.log(`wrote ${target} (${registry.length} platforms)`);
