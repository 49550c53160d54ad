import { isSiteId } from './settings-model';
import { isContentLanguage, type ContentLanguage } from './languages';

/** Messages between the extension's own parts. Anything else is ignored. */

export interface PageSeenMessage {
  type: 'streamwise:page';
  siteId: string;
  isLive: boolean;
  /** Storage lacked the loader's data (just after install, or cleared): the worker seeds it again. */
  reseed?: true;
}

/** Asked only when storage lacks the panel's texts: the worker replies with them. */
export interface PageDataRequest {
  type: 'streamwise:page-data';
  siteId: string;
  /** The reader's content language; English when absent. */
  language?: ContentLanguage;
}

export function isPageDataRequest(value: unknown): value is PageDataRequest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).length;
  return (
    m.type === 'streamwise:page-data' &&
    isSiteId(m.siteId) &&
    (keys === 2 || (keys === 3 && isContentLanguage(m.language)))
  );
}

export function isPageSeenMessage(value: unknown): value is PageSeenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).length;
  return (
    m.type === 'streamwise:page' &&
    isSiteId(m.siteId) &&
    typeof m.isLive === 'boolean' &&
    (keys === 3 || (keys === 4 && m.reseed === true))
  );
}

/** Only the extension itself (not a web page, not another extension) may talk to the worker. */
export function isFromThisExtension(sender: { id?: string; url?: string }, ownId: string): boolean {
  return sender.id === ownId;
}

/** The popup asks the content script in the active tab which registry site it is on. */
export interface WhichSiteRequest {
  type: 'streamwise:which-site';
}

export interface WhichSiteReply {
  siteId: string;
  isLive: boolean;
}

export function isWhichSiteRequest(value: unknown): value is WhichSiteRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>).type === 'streamwise:which-site' &&
    Object.keys(value).length === 1
  );
}

export function isWhichSiteReply(value: unknown): value is WhichSiteReply {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return isSiteId(m.siteId) && typeof m.isLive === 'boolean';
}
