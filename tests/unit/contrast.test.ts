import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, flatten, parseColor, relativeLuminance } from '../../utils/contrast';

describe('parseColor', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(11, 92, 173, 0.5)', [11, 92, 173, 0.5]],
    ['rgb(11 92 173 / 50%)', [11, 92, 173, 0.5]],
    ['rgb(100%, 0%, 0%)', [255, 0, 0, 1]],
    ['#0b5cad', [11, 92, 173, 1]],
    ['#FFF', [255, 255, 255, 1]],
    ['#00000080', [0, 0, 0, 128 / 255]],
    ['transparent', [0, 0, 0, 0]],
  ])('%s', (text, expected) => {
    expect(parseColor(text)).toEqual(expected);
  });

  it.each(['Canvas', 'oklch(0.5 0.1 200)', 'rgb(1, 2)', 'rgb(a, b, c)', '#12345', ''])(
    'does not guess at %j',
    (text) => {
      expect(parseColor(text)).toBeUndefined();
    },
  );
});

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself, either way round', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255, 1], [0, 0, 0, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([87, 96, 106, 1], [87, 96, 106, 1])).toBe(1);
  });

  it('matches published figures: #767676 on white is 4.54:1, #d0d7de on white 1.45:1', () => {
    expect(contrastRatio(parseColor('#767676')!, parseColor('#ffffff')!)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColor('#d0d7de')!, parseColor('#ffffff')!)).toBeCloseTo(1.45, 2);
  });

  it('white has luminance 1 and black 0', () => {
    expect(relativeLuminance([255, 255, 255, 1])).toBeCloseTo(1, 10);
    expect(relativeLuminance([0, 0, 0, 1])).toBe(0);
  });
});

describe('composite and flatten', () => {
  it('half-transparent black over white is mid grey', () => {
    expect(composite([0, 0, 0, 0.5], [255, 255, 255, 1])).toEqual([127.5, 127.5, 127.5, 1]);
  });

  it('a transparent layer lets the one below through', () => {
    expect(composite([9, 9, 9, 0], [20, 30, 40, 1])).toEqual([20, 30, 40, 1]);
  });

  it('flattens front-first layers over the base, white by default', () => {
    expect(flatten([])).toEqual([255, 255, 255, 1]);
    expect(
      flatten([
        [0, 0, 0, 0.5],
        [255, 0, 0, 1],
      ]),
    ).toEqual([127.5, 0, 0, 1]);
    expect(flatten([[0, 0, 0, 0.5]], [0, 0, 255, 1])).toEqual([0, 0, 127.5, 1]);
  });
});
