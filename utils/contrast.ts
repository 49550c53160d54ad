/** WCAG 2.2 contrast arithmetic over the colours `getComputedStyle` reports, for tests and tools. */

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

const clampByte = (n: number) => Math.min(255, Math.max(0, n));

/**
 * Parses `rgb()`/`rgba()` (comma or space syntax, alpha as number or %) and `#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`, and `transparent`. Anything else is undefined: a caller must not guess a colour.
 */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const bytes = full.match(/../g)!.map((h) => parseInt(h, 16));
    return [bytes[0]!, bytes[1]!, bytes[2]!, bytes.length === 4 ? bytes[3]! / 255 : 1];
  }
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(text)?.[1];
  if (!fn) return undefined;
  const parts = fn.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const channels = parts.slice(0, 3).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : Number(p)));
  const alphaText = parts[3];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : Number(alphaText);
  if ([...channels, alpha].some((n) => !Number.isFinite(n))) return undefined;
  return [
    clampByte(channels[0]!),
    clampByte(channels[1]!),
    clampByte(channels[2]!),
    Math.min(1, Math.max(0, alpha)),
  ];
}

/** `top` painted over `bottom` (source-over); the result is opaque when `bottom` is. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/**
 * Layers listed from the front (the element's own) to the back, painted over `base` (the page colour
 * when every layer lets it through).
 */
export function flatten(layers: readonly Rgba[], base: Rgba = [255, 255, 255, 1]): Rgba {
  return layers.reduceRight((below, layer) => composite(layer, below), base);
}

/** WCAG relative luminance of an sRGB colour (alpha ignored: flatten first). */
export function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
