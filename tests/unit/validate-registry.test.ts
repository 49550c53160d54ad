import { describe, expect, it } from 'vitest';
import { validateRegistry } from '../../utils/validate-registry';
import { validSite } from './fixtures/valid-site';

const today = new Date('2026-11-23T12:00:00Z');

function errorsFor(entry: unknown, others: unknown[] = []) {
  return validateRegistry([entry, ...others], today).errors;
}

describe('validateRegistry', () => {
  it('accepts a complete entry', () => {
    expect(validateRegistry([validSite()], today)).toMatchObject({ errors: [], warnings: [] });
  });

  it.each([
    [
      'a scheme in a host',
      { hosts: ['https://example-live.com'] },
      'example: hosts[0]: must be a bare hostname, without a scheme',
    ],
    [
      'a path in a host',
      { hosts: ['example-live.com/live'] },
      'example: hosts[0]: must be a bare hostname, without a path',
    ],
    ['a wildcard host', { hosts: ['*.example-live.com'] }, 'example: hosts[0]: must not contain a wildcard'],
    ['an IP host', { hosts: ['127.0.0.1'] }, 'example: hosts[0]: must not be an IP address'],
    ['a punycode host', { hosts: ['xn--exmple-cua.com'] }, 'example: hosts[0]: must not be punycode'],
    ['an uppercase host', { hosts: ['Example-Live.com'] }, 'example: hosts[0]: must be a lowercase hostname'],
    ['no hosts', { hosts: [] }, 'example: hosts: needs at least one host'],
    [
      'an http link',
      { reporting: { url: 'http://example-live.com/report' } },
      'example: reporting.url: must be an absolute https:// URL',
    ],
    [
      'a javascript link',
      { safetyCentreUrl: 'javascript:alert(1)' },
      'example: safetyCentreUrl: must be an absolute https:// URL',
    ],
    [
      'reporting with nothing in it',
      { reporting: {} },
      'example: reporting: needs a url, an in-app path, or a note',
    ],
    ['a future reviewed date', { reviewed: '2026-12-01' }, 'example: reviewed: 2026-12-01 is in the future'],
    ['a malformed reviewed date', { reviewed: '23/11/2026' }, 'example: reviewed: must be an ISO date'],
    ['no sources', { sources: [] }, 'example: sources: needs at least one source'],
    ['a bad id', { id: 'Example Live' }, 'Example Live: id: must be a lowercase slug'],
    ['an unknown field', { colour: 'red' }, 'example: (entry): Unrecognized key'],
    [
      'an unanchored live pattern',
      { live: [{ path: '/live/' }] },
      'example: live[0].path: must be a valid regular expression',
    ],
    [
      'a broken live pattern',
      { live: [{ path: '^/live/($' }] },
      'example: live[0].path: must be a valid regular expression',
    ],
    ['an empty step', { privacySteps: [{ text: '  ' }] }, 'example: privacySteps[0].text: must not be empty'],
    ['an unknown confidence', { confidence: 'sure' }, 'example: confidence:'],
    [
      'a link to a domain the entry does not own',
      { reporting: { url: 'https://elsewhere.example/report' } },
      'example: reporting.url: link host elsewhere.example is neither',
    ],
    [
      'an excluded host outside the entry',
      { excludeHosts: ['player.other.com'] },
      'example: excludeHosts[0]: player.other.com is not a subdomain',
    ],
    [
      'a live test URL that is not live',
      { testUrls: { live: ['https://example-live.com/about'] } },
      'example: testUrls.live: https://example-live.com/about is not detected as live',
    ],
  ])('rejects %s, naming the site and field', (_name, overrides, message) => {
    const errors = errorsFor(validSite(overrides as never));
    expect(errors.some((e) => e.startsWith(message))).toBe(true);
  });

  it('rejects two entries with the same id', () => {
    const errors = errorsFor(validSite(), [
      validSite({ hosts: ['other.com'], testUrls: undefined, live: undefined, excludeHosts: undefined }),
    ]);
    expect(errors).toContain('example: id: used by more than one entry');
  });

  it('rejects a host claimed by two entries, including as a subdomain', () => {
    const other = validSite({
      id: 'other',
      hosts: ['www.example-live.com'],
      excludeHosts: undefined,
      live: undefined,
      testUrls: undefined,
      reporting: { path: 'Report' },
      safetyCentreUrl: undefined,
      sources: [{ url: 'https://help-example.org/x', title: 'x', official: false }],
    });
    const errors = errorsFor(validSite(), [other]);
    expect(errors).toContain('other: hosts[0]: www.example-live.com is already matched by example');
  });

  it('warns, without failing, on an entry reviewed more than 12 months ago', () => {
    const result = validateRegistry([validSite({ reviewed: '2025-10-01' })], today);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'example: reviewed 2025-10-01, more than 12 months ago; check its facts again',
    ]);
  });
});
