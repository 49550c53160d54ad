/**
 * Mixed-direction text. Arabic sentences quote facts that read left to right (phone numbers, emails,
 * site and product names, the apps' English menu paths), and English text may show in an Arabic card
 * where a translation is missing. Each such piece is isolated with its own direction, or the browser's
 * bidi algorithm reorders its edges: "X (Twitter)" in a right-to-left line shows as "(X (Twitter".
 */

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms, but
// not the Arabic-Indic digits (weak, like 0-9).
const RTL = /[\u0590-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Strong left-to-right letters (most scripts' letters; digits and punctuation are weak or neutral).
const LTR = /[A-Za-z\u00C0-\u02AF\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]/u;

/** The direction of the first strong letter, as HTML's dir="auto" finds it; null when there is none. */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl';
    if (LTR.test(char)) return 'ltr';
  }
  return null;
}

/**
 * The direction to isolate a piece of text with. Text without letters (a phone number, "133 / 112")
 * is left to right: in a right-to-left line, "116 111" would otherwise read "111 116".
 */
export const isolationDirection = (text: string): 'ltr' | 'rtl' => textDirection(text) ?? 'ltr';

/**
 * Arrows in "this → then that" steps point the way the text reads: in right-to-left text the next step
 * is on the left. The bidi algorithm does not mirror arrow glyphs, so they are swapped here.
 */
export function arrowsFor(text: string, direction: 'ltr' | 'rtl'): string {
  return direction === 'rtl' ? text.replace(/→/g, '←') : text;
}

/** A filled message split into its own words and the values put into it (by substitution index). */
export type MessagePart = string | { value: number };

// Private-use code points stand in for the values while the message is filled, then mark where they went.
const MARK_START = 0xe000;

/**
 * Fills a message with markers in place of its values and splits it there, so each value can be
 * rendered isolated. `fill` is `t` bound to a key; works with the browser's i18n and stored catalogues.
 */
export function messageParts(fill: (...substitutions: string[]) => string, count: number): MessagePart[] {
  const marks = Array.from({ length: count }, (_, i) => String.fromCharCode(MARK_START + i));
  const filled = fill(...marks);
  const parts: MessagePart[] = [];
  let text = '';
  for (const char of filled) {
    const index = char.charCodeAt(0) - MARK_START;
    if (char.length === 1 && index >= 0 && index < count) {
      if (text) parts.push(text);
      text = '';
      parts.push({ value: index });
    } else {
      text += char;
    }
  }
  if (text) parts.push(text);
  return parts;
}

type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/**
 * Where a corner setting puts the panel on screen. Corners are stored as a left-to-right reader sees
 * them and follow the reading direction like the rest of the layout: the default, bottom-right, is
 * bottom-left in Arabic. The options page names each choice by where it will show.
 */
export function screenCorner<C extends Corner>(corner: C, direction: 'ltr' | 'rtl'): Corner {
  if (direction === 'ltr') return corner;
  return corner.endsWith('right')
    ? (corner.replace('right', 'left') as Corner)
    : (corner.replace('left', 'right') as Corner);
}
