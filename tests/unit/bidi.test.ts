import { describe, expect, it } from 'vitest';
import { arrowsFor, isolationDirection, messageParts, screenCorner, textDirection } from '../../utils/bidi';
import { translatorFor } from '../../utils/translate';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

describe('textDirection: the first strong letter decides', () => {
  it.each([
    ['Twitch', 'ltr'],
    ['X (Twitter)', 'ltr'],
    ['Żółw', 'ltr'],
    ['إعدادات الخصوصية', 'rtl'],
    ['(Settings) الإعدادات', 'ltr'],
    ['«الإعدادات» Settings', 'rtl'],
    ['0800 1111', null],
    ['+20 2 1234 5678', null],
    ['١٢٣', null],
    ['', null],
  ] as const)('%j → %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});

describe('isolationDirection', () => {
  it('isolates numbers left to right, so "116 111" never reads "111 116" in Arabic', () => {
    expect(isolationDirection('116 111')).toBe('ltr');
    expect(isolationDirection('133 / 112')).toBe('ltr');
  });

  it('follows the text otherwise', () => {
    expect(isolationDirection('Childline')).toBe('ltr');
    expect(isolationDirection('خط نجدة الطفل 16000')).toBe('rtl');
  });
});

describe('arrowsFor', () => {
  it('points menu steps leftward in right-to-left text', () => {
    expect(arrowsFor('الإعدادات → الخصوصية → الرسائل', 'rtl')).toBe('الإعدادات ← الخصوصية ← الرسائل');
  });

  it('leaves left-to-right text as written', () => {
    expect(arrowsFor('Settings → Privacy', 'ltr')).toBe('Settings → Privacy');
  });
});

describe('messageParts: a filled message split around its values', () => {
  it('finds each value where the catalogue puts it', () => {
    const t = translatorFor(en);
    expect(messageParts((...m) => t('phone', ...m), 1)).toEqual(['Phone: ', { value: 0 }]);
    const arabic = translatorFor(ar);
    const parts = messageParts((...m) => arabic('emergency', ...m), 1);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toEqual({ value: 0 });
    expect(parts.join('')).not.toMatch(/\uE000/);
  });

  it('keeps words only when the message has no placeholder', () => {
    const t = translatorFor(en);
    expect(messageParts((...m) => t('collapse', ...m), 1)).toEqual([t('collapse')]);
  });

  it('splits several values in the order the message gives them', () => {
    const fill = (a = '', b = '') => `${b} then ${a}`;
    expect(messageParts(fill, 2)).toEqual([{ value: 1 }, ' then ', { value: 0 }]);
  });
});

describe('screenCorner: corners follow the reading direction', () => {
  it.each([
    ['bottom-right', 'ltr', 'bottom-right'],
    ['bottom-left', 'ltr', 'bottom-left'],
    ['bottom-right', 'rtl', 'bottom-left'],
    ['bottom-left', 'rtl', 'bottom-right'],
    ['top-right', 'rtl', 'top-left'],
    ['top-left', 'rtl', 'top-right'],
  ] as const)('%s in %s shows at %s', (corner, direction, screen) => {
    expect(screenCorner(corner, direction)).toBe(screen);
  });
});
