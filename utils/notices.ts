/**
 * Notices: one problem with one key, worded for the options page. The stored-settings reader, the import
 * file reader and the policy reader all speak them, and describe untrusted values with these helpers.
 */

/** One problem with one key: `{ key: 'panelMode', message: '… ignored' }`. */
export interface Notice {
  key: string;
  message: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `constructor`, `toString` and `__proto__` never come from the prototype. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A short, safe rendering of a value for a message; long strings are cut. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A key name from untrusted input, cut to a length a message can show; an empty or blank name is quoted. */
export function describeKey(key: string): string {
  if (key.trim() === '') return JSON.stringify(key);
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

/** `a, b, c and 4 more`. */
export function listForMessage(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export function formatNotice(notice: Notice): string {
  return `${notice.key}: ${notice.message}`;
}
