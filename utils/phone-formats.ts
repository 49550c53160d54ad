import type { RegionCode } from './region';

/**
 * What a phone number may look like in each region, so a mistyped digit or a number copied into
 * the wrong country fails the tests and the build (`validate-content.ts`). Patterns match the
 * number's digits only: spaces, hyphens and brackets are dropped, vanity letters become keypad
 * digits (1-800-CALL-FBI → 18002255324), and an international prefix (+44, +31 (0)6 …) becomes
 * the national form. The table is deliberately tight: a new kind of number means a new pattern,
 * added with the source that shows it.
 */
export interface PhoneFormat {
  /** Country calling code, without the +. */
  callingCode: string;
  /** The national trunk prefix a number starts with after the calling code is dropped ('0', or '' where none). */
  trunk: string;
  /** Emergency numbers in use: the region's `emergency` text may name only these. */
  emergency: readonly string[];
  /** Numbers a line may show under `phone`. */
  phone: readonly RegExp[];
  /** Numbers a `text` (SMS or messaging) instruction may name. */
  sms: readonly RegExp[];
}

/** North American Numbering Plan, written with the leading 1: 1-800-843-5678. */
const NANP = /^1[2-9]\d{2}[2-9]\d{6}$/;

export const PHONE_FORMATS: Readonly<Record<Exclude<RegionCode, 'INTL'>, PhoneFormat>> = {
  GB: {
    callingCode: '44',
    trunk: '0',
    emergency: ['999', '112'],
    // 0808 800 5000 (11 digits); Childline's 0800 1111 is one of the few 8-digit 0800 numbers.
    phone: [/^0[1-9]\d{9}$/, /^0800\d{4}$/, /^116\d{3}$/],
    sms: [/^\d{5}$/],
  },
  US: {
    callingCode: '1',
    trunk: '1',
    emergency: ['911'],
    phone: [NANP],
    sms: [NANP, /^\d{5,6}$/],
  },
  CA: {
    callingCode: '1',
    trunk: '1',
    emergency: ['911'],
    phone: [NANP],
    sms: [NANP, /^\d{5,6}$/],
  },
  AU: {
    callingCode: '61',
    trunk: '0',
    emergency: ['000', '112'],
    // 1800 55 1800 (freecall), 13 numbers, and 10-digit geographic or mobile numbers.
    phone: [/^1[38]00\d{6}$/, /^13\d{4}$/, /^0[23478]\d{8}$/],
    sms: [/^\d{4,8}$/],
  },
  NZ: {
    callingCode: '64',
    trunk: '0',
    emergency: ['111'],
    // 0800 942 8787, 0508 638 723, Police non-emergency 105.
    phone: [/^0(?:800|508)\d{6,7}$/, /^0[34679]\d{7}$/, /^02\d{7,9}$/, /^105$/],
    sms: [/^\d{3,4}$/],
  },
  IE: {
    callingCode: '353',
    trunk: '0',
    emergency: ['112', '999'],
    phone: [/^1800\d{6}$/, /^0[1-9]\d{7,8}$/, /^116\d{3}$/],
    sms: [/^5\d{4}$/],
  },
  DE: {
    callingCode: '49',
    trunk: '0',
    emergency: ['110', '112'],
    // 0800 111 0 550 and 0800 22 55 530: 0800 plus 7 digits; 116 111; the police on 110.
    phone: [/^0800\d{7}$/, /^116\d{3}$/, /^0(?!800)[1-9]\d{6,10}$/, /^110$/],
    sms: [],
  },
  FR: {
    callingCode: '33',
    trunk: '0',
    emergency: ['17', '112', '15', '18'],
    // 3018 (4-digit short number), 119, and 10-digit numbers.
    phone: [/^3\d{3}$/, /^119$/, /^0[1-9]\d{8}$/],
    sms: [/^\d{5}$/],
  },
  ES: {
    callingCode: '34',
    trunk: '',
    emergency: ['112'],
    // 900 20 20 10 and 600 50 51 52: 9 digits; INCIBE's 017.
    phone: [/^[6789]\d{8}$/, /^01[67]$/],
    sms: [/^[6789]\d{8}$/],
  },
  NL: {
    callingCode: '31',
    trunk: '0',
    emergency: ['112'],
    // 0800-0432, 0900-8844 (0800/0900 plus 4 or 7 digits) and 10-digit numbers such as 020 261 52 75.
    phone: [/^0[89]00\d{4}$/, /^0[89]00\d{7}$/, /^0[1-9]\d{8}$/],
    sms: [],
  },
  IN: {
    callingCode: '91',
    trunk: '0',
    emergency: ['112'],
    // Short helplines: 1098, 1930.
    phone: [/^1\d{3}$/, /^1800\d{7}$/],
    sms: [],
  },
  PL: {
    callingCode: '48',
    trunk: '',
    emergency: ['112', '997'],
    // 116 111; 800 100 100 (800 plus 6 digits); 9-digit numbers.
    phone: [/^116\d{3}$/, /^800\d{6}$/, /^[1-9]\d{8}$/],
    sms: [],
  },
  AT: {
    callingCode: '43',
    trunk: '0',
    emergency: ['133', '112', '122', '144'],
    // 147 Rat auf Draht; the police on 133.
    phone: [/^14[27]$/, /^133$/, /^116\d{3}$/, /^0800\d{6}$/],
    sms: [],
  },
  CH: {
    callingCode: '41',
    trunk: '0',
    emergency: ['117', '112', '118', '144'],
    // 147 Pro Juventute; 058 261 61 61 (10 digits); the police on 117.
    phone: [/^147$/, /^117$/, /^0[1-9]\d{8}$/, /^0800\d{6}$/],
    sms: [/^147$/],
  },
  BE: {
    callingCode: '32',
    trunk: '0',
    emergency: ['112', '101', '100'],
    // Child Focus 116 000; Awel 102 and Écoute-Enfants 103; the police on 101.
    phone: [/^116\d{3}$/, /^10[1-3]$/, /^0800\d{5}$/, /^0[1-9]\d{7,8}$/],
    sms: [],
  },
  ZA: {
    callingCode: '27',
    trunk: '0',
    emergency: ['10111', '112'],
    // Childline 116; SAPS 10111; 10-digit numbers.
    phone: [/^116$/, /^10111$/, /^0[1-9]\d{8}$/],
    sms: [],
  },
  SG: {
    callingCode: '65',
    trunk: '',
    emergency: ['999', '995'],
    // 1800 2744 788 (1800 plus 7 digits); 8-digit numbers; the police on 999.
    phone: [/^1800\d{7}$/, /^[689]\d{7}$/, /^999$/],
    sms: [],
  },
  PH: {
    callingCode: '63',
    trunk: '0',
    emergency: ['911'],
    // Short helplines (163, 1383) and 911.
    phone: [/^1\d{2,3}$/, /^911$/, /^09\d{9}$/],
    sms: [],
  },
  AR: {
    callingCode: '54',
    trunk: '0',
    emergency: ['911'],
    // Short lines (102, 137); 0800 222 1717; 10-digit numbers such as 11 3133-1000.
    phone: [/^1\d{2}$/, /^0800\d{7}$/, /^0?[1-9]\d{9}$/],
    sms: [/^0?[1-9]\d{9}$/],
  },
  EG: {
    callingCode: '20',
    trunk: '0',
    emergency: ['122', '123'],
    // 5-digit national hotlines such as the Child Helpline 16000; the police on 122.
    phone: [/^1\d{4}$/, /^12[23]$/],
    sms: [],
  },
  AE: {
    callingCode: '971',
    trunk: '0',
    emergency: ['999', '998', '997'],
    // The child protection hotline 116111; 800 toll-free numbers; the police on 999.
    phone: [/^116\d{3}$/, /^999$/, /^800\d{3,7}$/],
    sms: [],
  },
  SA: {
    callingCode: '966',
    trunk: '0',
    emergency: ['911', '999', '997', '998'],
    // The child helpline 116111; the police on 911 or 999; 800 toll-free numbers.
    phone: [/^116\d{3}$/, /^9(?:11|99)$/, /^800\d{7}$/],
    sms: [],
  },
};

const KEYPAD: Readonly<Record<string, string>> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((l) => [l, String(i + 2)]),
  ),
);

/** The digits a number is dialled with in its own country: `+31 (0)6 428 346 35` → `0642834635`. */
export function nationalDigits(phone: string, format: Pick<PhoneFormat, 'callingCode' | 'trunk'>): string {
  let text = phone.trim().toUpperCase();
  let international = false;
  if (text.startsWith('+')) {
    international = true;
    text = text.slice(1).replace(/\(0\)/g, '');
  }
  const digits = [...text]
    .map((c) => KEYPAD[c] ?? c)
    .join('')
    .replace(/[^\d]/g, '');
  if (!international) return digits;
  if (!digits.startsWith(format.callingCode)) return `+${digits}`; // another country's number: matches nothing
  const rest = digits.slice(format.callingCode.length);
  return format.trunk === '1' ? `1${rest}` : `${format.trunk}${rest}`;
}

/** Every run of digits in a text such as "17 or 112" or "Text CONNECT to 686868". */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\+?\d[\d ()-]*\d|\d/g)].map((m) => m[0].trim());
}

/** Numbers in running text that could be dialled: 3 or more digits, leaving out years (2023). */
function phoneLike(text: string): string[] {
  return numbersIn(text).filter((n) => /\d{3}/.test(n) && !/^(?:19|20)\d{2}$/.test(n));
}

const fits = (digits: string, format: PhoneFormat) =>
  format.emergency.includes(digits) || [...format.phone, ...format.sms].some((p) => p.test(digits));

/** Problems with a region's numbers, each naming the field; empty when every number fits. */
export function checkRegionNumbers(region: {
  code: string;
  emergency: string;
  lines: readonly { phone?: string; text?: string; description?: string }[];
}): string[] {
  const problems: string[] = [];
  if (region.code === 'INTL') {
    if (/\d/.test(region.emergency)) problems.push('emergency: INTL must not name a national number');
    // The fallback may name only the Europe-wide child helpline number, 116 111.
    region.lines.forEach((line, i) => {
      for (const [field, value] of [
        ['phone', line.phone],
        ['description', line.description],
      ] as const) {
        for (const n of phoneLike(value ?? '')) {
          if (n.replace(/\D/g, '') !== '116111')
            problems.push(`lines[${i}].${field}: ${n} is a national number; INTL names only 116 111`);
        }
      }
    });
    return problems;
  }
  const format = PHONE_FORMATS[region.code as keyof typeof PHONE_FORMATS] as PhoneFormat | undefined;
  if (!format) return [`${region.code}: no phone format for this region in utils/phone-formats.ts`];

  const emergency = numbersIn(region.emergency);
  if (emergency.length === 0) problems.push('emergency: names no number');
  for (const n of emergency) {
    if (!format.emergency.includes(n.replace(/\D/g, '')))
      problems.push(`emergency: ${n} is not an emergency number of ${region.code}`);
  }
  region.lines.forEach((line, i) => {
    if (line.phone !== undefined) {
      const digits = nationalDigits(line.phone, format);
      if (!format.phone.some((p) => p.test(digits)))
        problems.push(`lines[${i}].phone: ${line.phone} does not fit the ${region.code} number format`);
    }
    for (const n of phoneLike(line.description ?? '')) {
      const digits = nationalDigits(n, format);
      if (!fits(digits, format))
        problems.push(`lines[${i}].description: ${n} does not fit the ${region.code} number format`);
    }
    if (line.text !== undefined) {
      for (const n of numbersIn(line.text)) {
        const digits = nationalDigits(n, format);
        if (![...format.sms, ...format.phone].some((p) => p.test(digits)))
          problems.push(`lines[${i}].text: ${n} does not fit the ${region.code} number format`);
      }
    }
  });
  return problems;
}
