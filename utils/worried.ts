import type { SiteCardData } from './card-types';
import type { Region, ReportingLine } from './content-schema';
import type { PolicyContact } from './policy';

/**
 * "I'm worried": what the full-screen help shows, in which order. Pure, so the panel, the popup and
 * the tests agree. Order: the organisation's contact (when a policy sets one), a trusted adult, the
 * country's children's helplines, how to report the person on this platform, the national reporting
 * line, then the emergency number.
 */

/** Shown to the young-person audience, and to parents when the `worriedButton` setting or policy is on. */
export function worriedAvailable(audience: string, parentOptIn = false): boolean {
  return audience === 'young-person' || parentOptIn;
}

export interface WorriedLine {
  name: string;
  /** The line's https page (its web chat where it has one); shown as a link. */
  url?: string;
  /** Shown as text, never as a link. */
  phone?: string;
  text?: string;
}

export interface WorriedPlatform {
  name: string;
  url?: string;
  label?: string;
  path?: string;
}

export type WorriedStep =
  | { kind: 'contact'; contact: PolicyContact }
  | { kind: 'adult' }
  | { kind: 'helplines'; lines: WorriedLine[] }
  | { kind: 'platform'; platform: WorriedPlatform }
  | { kind: 'national'; line: WorriedLine }
  | { kind: 'emergency'; number: string };

export interface WorriedInput {
  site?: Pick<SiteCardData, 'name' | 'reporting'>;
  region?: Pick<Region, 'lines' | 'emergency'>;
  /** The organisation's contact from policy. */
  contact?: PolicyContact;
}

const asLine = (line: ReportingLine): WorriedLine => ({
  name: line.name,
  ...(line.url?.startsWith('https://') ? { url: line.url } : {}),
  ...(line.phone ? { phone: line.phone } : {}),
  ...(line.text ? { text: line.text } : {}),
});

export function worriedSteps({ site, region, contact }: WorriedInput): WorriedStep[] {
  const steps: WorriedStep[] = [];
  if (contact?.name) steps.push({ kind: 'contact', contact });
  steps.push({ kind: 'adult' });
  const children = region?.lines.filter((l) => l.kind === 'helpline-children').map(asLine) ?? [];
  if (children.length > 0) steps.push({ kind: 'helplines', lines: children });
  if (site) {
    const { url, label, path } = site.reporting;
    steps.push({
      kind: 'platform',
      platform: {
        name: site.name,
        ...(url?.startsWith('https://') ? { url } : {}),
        ...(label ? { label } : {}),
        ...(path ? { path } : {}),
      },
    });
  }
  // The first line of every region says where to report (the schema makes it "report" or "police").
  const national = region?.lines[0];
  if (national && (national.kind === 'report' || national.kind === 'police')) {
    steps.push({ kind: 'national', line: asLine(national) });
  }
  if (region?.emergency) steps.push({ kind: 'emergency', number: region.emergency });
  return steps;
}
