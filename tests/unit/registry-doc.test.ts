import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { missingFields, renderRegistryDoc } from '../../utils/registry-doc';
import { validSite } from './fixtures/valid-site';

describe('docs/REGISTRY.md', () => {
  it('is current (run `npm run registry:doc` after changing the registry)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'REGISTRY.md'), 'utf8');
    expect(committed).toBe(renderRegistryDoc(registry));
  });

  it('lists every platform once', () => {
    const doc = renderRegistryDoc(registry);
    for (const site of registry) expect(doc).toContain(`(\`${site.id}\`)`);
  });
});

describe('missingFields', () => {
  it('names what an entry lacks', () => {
    expect(missingFields(validSite())).toEqual(['go-live age']);
    expect(
      missingFields(validSite({ familyTools: undefined, safetyCentreUrl: undefined, live: undefined })),
    ).toEqual(['family tools', 'safety centre']);
  });
});
