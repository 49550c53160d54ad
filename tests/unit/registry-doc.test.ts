import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { LEFT_OUT, missingFields, renderRegistryDoc, sectionCounts } from '../../utils/registry-doc';
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

describe('sectionCounts', () => {
  it('counts the sections an entry fills, official unless marked third-party', () => {
    // validSite fills ages, privacy, familyTools and reporting; no live facts.
    expect(sectionCounts([validSite()])).toEqual({ official: 4, thirdParty: 0 });
    expect(
      sectionCounts([validSite({ thirdPartySections: ['privacy', 'live'], liveNotes: ['Live is 18+.'] })]),
    ).toEqual({ official: 3, thirdParty: 2 });
  });

  it('is reported in the doc, with the platforms left out and why', () => {
    const doc = renderRegistryDoc(registry);
    const { official, thirdParty } = sectionCounts(registry);
    expect(doc).toContain(`${official + thirdParty} sections`);
    for (const name of ['Omegle', 'Trovo']) expect(LEFT_OUT.map((p) => p.name)).toContain(name);
    for (const p of LEFT_OUT) expect(doc).toContain(`**${p.name}**`);
  });
});
