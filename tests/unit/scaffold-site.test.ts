import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToIndex, renderScaffold, scaffoldEntry } from '../../utils/scaffold-site';
import { validateRegistry } from '../../utils/validate-registry';

const today = new Date('2026-11-23T12:00:00Z');

describe('the new-site scaffold', () => {
  it('fails validation, naming each field to fill in', () => {
    const { errors } = validateRegistry([scaffoldEntry('newsite', '2026-11-23')], today);
    for (const field of [
      'name',
      'hosts[0]',
      'reporting.url',
      'confidence',
      'sources',
      'privacySteps[0].text',
    ]) {
      expect(errors.some((e) => e.startsWith(`newsite: ${field}:`))).toBe(true);
    }
  });

  it('passes once filled in', () => {
    const filled = {
      ...scaffoldEntry('newsite', '2026-11-23'),
      name: 'New Site',
      hosts: ['newsite.com'],
      privacySteps: [{ text: 'Make the account private.', path: 'Settings → Privacy' }],
      reporting: { url: 'https://newsite.com/report' },
      confidence: 'official',
      sources: [{ url: 'https://newsite.com/report', title: 'Reporting', official: true }],
    };
    expect(validateRegistry([filled], today).errors).toEqual([]);
  });

  it('renders a TypeScript module exporting the entry', () => {
    const text = renderScaffold('new-site', '2026-11-23');
    expect(text).toContain("import type { SiteEntry } from '../../utils/registry-schema';");
    expect(text).toContain("id: 'new-site'".replace(/'/g, '"'));
    expect(text).toContain('export default {');
  });

  it('adds the import and the list item to the index in order', () => {
    const index = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sites', 'index.ts'), 'utf8');
    const out = addToIndex(index, 'new-site');
    expect(out).toContain("import newSite from './new-site';");
    const list = out.slice(out.indexOf('= ['));
    expect(list.indexOf('  minecraft,')).toBeLessThan(list.indexOf('  newSite,'));
    expect(list.indexOf('  newSite,')).toBeLessThan(list.indexOf('  ometv,'));
    expect(() => addToIndex(out, 'new-site')).toThrow('already in the registry index');
  });
});
