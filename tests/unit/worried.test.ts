import { describe, expect, it } from 'vitest';
import { regions } from '../../content/regions/index';
import { registry } from '../../content/sites/index';
import { worriedAvailable, worriedSteps } from '../../utils/worried';
import { isWorriedReply, isWorriedRequest } from '../../utils/worried-message';

const region = (code: string) => regions.find((r) => r.code === code)!;
const twitch = registry.find((s) => s.id === 'twitch')!;
const contact = { name: 'Ms Patel, safeguarding lead', phone: '01632 960000' };

describe('worriedAvailable', () => {
  it('is on for young people, off for parents unless they opt in', () => {
    expect(worriedAvailable('young-person')).toBe(true);
    expect(worriedAvailable('parent')).toBe(false);
    expect(worriedAvailable('parent', true)).toBe(true);
  });
});

describe('worriedSteps', () => {
  it('puts the organisation contact first, then a trusted adult, helplines, the platform, the national line, emergency', () => {
    const steps = worriedSteps({ site: twitch, region: region('GB'), contact });
    expect(steps.map((s) => s.kind)).toEqual([
      'contact',
      'adult',
      'helplines',
      'platform',
      'national',
      'emergency',
    ]);
    expect(steps[0]).toEqual({ kind: 'contact', contact });
  });

  it('without a policy contact it starts with a trusted adult', () => {
    const steps = worriedSteps({ site: twitch, region: region('GB') });
    expect(steps[0]?.kind).toBe('adult');
    expect(steps.some((s) => s.kind === 'contact')).toBe(false);
  });

  it("lists only the region's children's helplines, with phone, text and web page", () => {
    const us = worriedSteps({ region: region('US') }).find((s) => s.kind === 'helplines');
    expect(us).toEqual({
      kind: 'helplines',
      lines: [
        {
          name: 'Childhelp National Child Abuse Hotline',
          url: 'https://childhelphotline.org/how-it-works',
          phone: '1-800-422-4453',
          text: 'Text 1-800-422-4453',
        },
      ],
    });
    const gb = worriedSteps({ region: region('GB') }).find((s) => s.kind === 'helplines');
    expect(gb).toEqual({ kind: 'helplines', lines: [{ name: 'Childline (NSPCC)', phone: '0800 1111' }] });
  });

  it('every shipped region has a national line and an emergency number; most have a children’s helpline', () => {
    for (const r of regions) {
      const kinds = worriedSteps({ region: r }).map((s) => s.kind);
      expect(kinds, r.code).toContain('national');
      expect(kinds, r.code).toContain('emergency');
    }
    const withHelpline = regions.filter((r) => r.lines.some((l) => l.kind === 'helpline-children'));
    for (const r of withHelpline) {
      expect(
        worriedSteps({ region: r }).map((s) => s.kind),
        r.code,
      ).toContain('helplines');
    }
  });

  it("takes the platform's reporting link and path from its card", () => {
    const platform = worriedSteps({ site: twitch }).find((s) => s.kind === 'platform');
    expect(platform).toEqual({
      kind: 'platform',
      platform: { name: 'Twitch', url: twitch.reporting.url, path: twitch.reporting.path },
    });
  });

  it('the national line is the region’s first line (where to report)', () => {
    const national = worriedSteps({ region: region('GB') }).find((s) => s.kind === 'national');
    expect(national).toMatchObject({ line: { name: 'CEOP Safety Centre (National Crime Agency)' } });
  });

  it('without a site or region it still says "tell an adult"', () => {
    expect(worriedSteps({})).toEqual([{ kind: 'adult' }]);
  });

  it('drops a link that is not https', () => {
    const steps = worriedSteps({
      site: { name: 'X', reporting: { url: 'http://x.example/report', path: 'Menu → Report' } },
    });
    expect(steps.find((s) => s.kind === 'platform')).toEqual({
      kind: 'platform',
      platform: { name: 'X', path: 'Menu → Report' },
    });
  });
});

describe('worried messages', () => {
  it('accepts only the exact request and a boolean reply', () => {
    expect(isWorriedRequest({ type: 'streamwise:worried' })).toBe(true);
    expect(isWorriedRequest({ type: 'streamwise:worried', extra: 1 })).toBe(false);
    expect(isWorriedRequest({ type: 'streamwise:which-site' })).toBe(false);
    expect(isWorriedRequest(null)).toBe(false);
    expect(isWorriedReply({ opened: true })).toBe(true);
    expect(isWorriedReply({ opened: 'yes' })).toBe(false);
    expect(isWorriedReply(undefined)).toBe(false);
  });
});
