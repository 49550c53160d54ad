import type { SiteEntry } from './registry-schema';
import type { SiteCardData } from './card-types';
import { siteFeatures } from './site-features';
import { stepIdsOf } from './checklist';

/**
 * The part of an entry a card needs (with its live patterns); hosts and test URLs stay behind. Call it on
 * the English entry: the checklist's step ids are made here, so a translated card keeps its ticks.
 */
export function toCardData(entry: SiteEntry): SiteCardData {
  const { hosts: _hosts, excludeHosts: _exclude, testUrls: _tests, ...card } = entry;
  return { ...card, features: siteFeatures(entry), stepIds: stepIdsOf(entry) };
}

/** A light shape check for card data read back from storage (the full schema runs at build). */
export function isCardData(value: unknown, id: string): value is SiteCardData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.id === id &&
    typeof v.name === 'string' &&
    typeof v.reporting === 'object' &&
    v.reporting !== null &&
    Array.isArray(v.sources) &&
    typeof v.reviewed === 'string'
  );
}
