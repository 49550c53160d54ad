import { describeKey, describeValue, isRecord, listForMessage, ownValue, type Notice } from './notices';
import type { Contact } from './settings-model';

/**
 * The policy keys only an organisation sets (`contact`, `extraTips`, `siteNotes`): free text checked for
 * length and control characters, each key on its own with named notices. `policy.ts` reads the rest.
 */

export const CONTACT_FIELDS = ['name', 'url', 'phone', 'email'] as const;
export const MAX_CONTACT_TEXT = 120;
export const MAX_URL_LENGTH = 2048;
export const MAX_EXTRA_TIPS = 10;
export const MAX_TIP_LENGTH = 280;
export const MAX_SITE_NOTE_LENGTH = 500;
export const MAX_LIST_SCAN = 1000;

/** Whitespace runs (newlines included) become one space; other control characters make the text unusable. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' || value.length > max * 4) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  return [...text].length <= max ? text : undefined;
}

export function isHttpsUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export function parseContact(raw: unknown): { value?: Contact; notices: Notice[] } {
  const notices: Notice[] = [];
  if (!isRecord(raw)) {
    return {
      notices: [{ key: 'contact', message: `${describeValue(raw)} is not an object with a name; ignored` }],
    };
  }
  const name = cleanText(ownValue(raw, 'name'), MAX_CONTACT_TEXT);
  if (name === undefined) {
    return {
      notices: [
        {
          key: 'contact',
          message: `its name (${describeValue(ownValue(raw, 'name'))}) must be text of 1 to ${MAX_CONTACT_TEXT} characters; the contact is ignored`,
        },
      ],
    };
  }
  const contact: Contact = { name };

  const url = ownValue(raw, 'url');
  if (url !== undefined) {
    const text = typeof url === 'string' ? url.trim() : undefined;
    if (text !== undefined && isHttpsUrl(text)) contact.url = text;
    else {
      notices.push({
        key: 'contact.url',
        message: `${describeValue(url)} is not an https:// address; ignored, the rest of the contact is kept`,
      });
    }
  }
  for (const field of ['phone', 'email'] as const) {
    const value = ownValue(raw, field);
    if (value === undefined) continue;
    const text = cleanText(value, MAX_CONTACT_TEXT);
    if (text !== undefined) contact[field] = text;
    else {
      notices.push({
        key: `contact.${field}`,
        message: `${describeValue(value)} is not text of 1 to ${MAX_CONTACT_TEXT} characters; ignored, the rest of the contact is kept`,
      });
    }
  }
  const extra = Object.keys(raw).filter((k) => !(CONTACT_FIELDS as readonly string[]).includes(k));
  if (extra.length > 0) {
    notices.push({
      key: 'contact',
      message: `${listForMessage(extra.map(describeKey))} ${extra.length === 1 ? 'is not a contact field' : 'are not contact fields'} (${CONTACT_FIELDS.join(', ')}); ignored`,
    });
  }
  return { value: contact, notices };
}

export function parseExtraTips(raw: unknown): { value?: string[]; notices: Notice[] } {
  if (!Array.isArray(raw)) {
    return {
      notices: [{ key: 'extraTips', message: `${describeValue(raw)} is not a list of tips; ignored` }],
    };
  }
  const items = raw as unknown[];
  const tips: string[] = [];
  const bad: string[] = [];
  let overLimit = 0;
  items.slice(0, MAX_LIST_SCAN).forEach((item, index) => {
    const tip = cleanText(item, MAX_TIP_LENGTH);
    if (tip === undefined) bad.push(String(index + 1));
    else if (tips.length < MAX_EXTRA_TIPS) tips.push(tip);
    else overLimit += 1;
  });
  overLimit += Math.max(0, items.length - MAX_LIST_SCAN);
  const notices: Notice[] = [];
  if (bad.length > 0) {
    notices.push({
      key: 'extraTips',
      message: `${bad.length === 1 ? 'item' : 'items'} ${listForMessage(bad)} ${bad.length === 1 ? 'is' : 'are'} not text of 1 to ${MAX_TIP_LENGTH} characters; dropped, the others are kept`,
    });
  }
  if (overLimit > 0) {
    notices.push({
      key: 'extraTips',
      message: `only the first ${MAX_EXTRA_TIPS} tips are shown; ${overLimit} more ignored`,
    });
  }
  return { value: tips, notices };
}

/** `siteNotes`: `{ "<site id>": "text" }`. Unknown ids and unusable texts are dropped and named. */
export function parseSiteNotes(
  raw: unknown,
  known: ReadonlySet<string>,
): { value?: Record<string, string>; notices: Notice[] } {
  if (!isRecord(raw)) {
    return {
      notices: [
        {
          key: 'siteNotes',
          message: `${describeValue(raw)} is not an object of site ids and notes; ignored`,
        },
      ],
    };
  }
  const value: Record<string, string> = {};
  const unknownIds: string[] = [];
  const badTexts: string[] = [];
  for (const id of Object.keys(raw).slice(0, MAX_LIST_SCAN)) {
    if (!known.has(id)) {
      unknownIds.push(describeValue(id));
      continue;
    }
    const text = cleanText(raw[id], MAX_SITE_NOTE_LENGTH);
    if (text === undefined) badTexts.push(id);
    else
      Object.defineProperty(value, id, { value: text, enumerable: true, writable: true, configurable: true });
  }
  const notices: Notice[] = [];
  if (unknownIds.length > 0) {
    notices.push({
      key: 'siteNotes',
      message: `${listForMessage(unknownIds)} ${unknownIds.length === 1 ? 'is not a known site id' : 'are not known site ids'}; dropped, the others are kept`,
    });
  }
  if (badTexts.length > 0) {
    notices.push({
      key: 'siteNotes',
      message: `the ${badTexts.length === 1 ? 'note' : 'notes'} for ${listForMessage(badTexts)} ${badTexts.length === 1 ? 'is' : 'are'} not text of 1 to ${MAX_SITE_NOTE_LENGTH} characters; dropped, the others are kept`,
    });
  }
  return { value, notices };
}
