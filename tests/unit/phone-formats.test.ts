import { describe, expect, it } from 'vitest';
import { regions } from '../../content/regions/index';
import { REGION_CODES } from '../../utils/region';
import { checkRegionNumbers, nationalDigits, numbersIn, PHONE_FORMATS } from '../../utils/phone-formats';

describe('phone formats', () => {
  it('has a format for every region except INTL', () => {
    expect(Object.keys(PHONE_FORMATS).sort()).toEqual(REGION_CODES.filter((c) => c !== 'INTL').sort());
  });

  it.each(regions.map((r) => [r.code, r] as const))('every number in %s fits its format', (_code, region) => {
    expect(checkRegionNumbers(region)).toEqual([]);
  });

  it.each([
    ['0808 800 5000', 'GB', '08088005000'],
    ['1-800-CALL-FBI', 'US', '18002255324'],
    ['+31 (0)6 428 346 35', 'NL', '0642834635'],
    ['+44 808 800 5000', 'GB', '08088005000'],
    ['+1 800 843 5678', 'US', '18008435678'],
    ['+49 800 111 0 550', 'NL', '+498001110550'],
  ] as const)('%s in %s dials as %s', (phone, code, digits) => {
    expect(nationalDigits(phone, PHONE_FORMATS[code])).toBe(digits);
  });

  it('finds each number in an emergency or text instruction', () => {
    expect(numbersIn('17 or 112')).toEqual(['17', '112']);
    expect(numbersIn('Text CONNECT to 686868')).toEqual(['686868']);
    expect(numbersIn('WhatsApp 900 116 117')).toEqual(['900 116 117']);
  });

  it.each([
    ['GB', '0800 111', 'a digit short'],
    ['GB', '0808 800 50000', 'a digit long'],
    ['US', '1-800-843-567', 'a digit short'],
    ['AU', '1800 55 180', 'a digit short'],
    ['DE', '0800 111 0 55', 'a digit short'],
    ['ES', '900 20 20 1', 'a digit short'],
    ['NL', '0800-043', 'a digit short'],
    ['FR', '30180', 'not a short number'],
    ['IE', '+44 800 1111', "another country's code"],
  ] as const)('%s rejects %s (%s)', (code, phone, _why) => {
    const region = { code, emergency: PHONE_FORMATS[code].emergency[0] ?? '', lines: [{ phone }] };
    expect(checkRegionNumbers(region)).toHaveLength(1);
  });

  it('checks numbers written in a description too, and leaves years alone', () => {
    const region = (description: string) => ({ code: 'NL', emergency: '112', lines: [{ description }] });
    expect(checkRegionNumbers(region('Call 0900-8844; reported in 2023.'))).toEqual([]);
    expect(checkRegionNumbers(region('Call 0900-884.'))).toEqual([
      'lines[0].description: 0900-884 does not fit the NL number format',
    ]);
  });

  it('lets the international fallback name only 116 111', () => {
    const intl = (phone: string) => ({
      code: 'INTL',
      emergency: 'your local emergency number',
      lines: [{ phone }],
    });
    expect(checkRegionNumbers(intl('116 111'))).toEqual([]);
    expect(checkRegionNumbers(intl('0800 1111'))).toHaveLength(1);
  });
});
