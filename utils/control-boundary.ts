import { contrastRatio, flatten, parseColor, type Rgba } from './contrast';

/** One border side or the outline, as `getComputedStyle` reports it. */
export interface EdgeStyle {
  style: string;
  width: string;
  color: string;
}

/** What a page reports about one form control, unfocused (raw computed strings, measured in the browser). */
export interface ControlSample {
  /** The control's own background colour. */
  background: string;
  /** Background colours of its ancestors, nearest first, up to the first opaque one. */
  behind: readonly string[];
  borders: readonly EdgeStyle[];
  outline: EdgeStyle;
  width: number;
  height: number;
}

export interface BoundaryVerdict {
  /** The best contrast a boundary of this control has against the colour behind it (0: no boundary). */
  ratio: number;
  /** Which part draws that boundary. */
  source: 'border' | 'outline' | 'background' | 'none';
  /** The flattened colour behind the control, as rgb(). */
  against: string;
  /** Why the control fails 1.4.11 (3:1) or 2.5.8 (24 × 24); empty when it passes both. */
  problems: string[];
}

export const MIN_BOUNDARY_CONTRAST = 3;
export const MIN_TARGET_SIZE = 24;

const visible = (edge: EdgeStyle) =>
  edge.style !== 'none' && edge.style !== 'hidden' && parseFloat(edge.width) >= 1;

const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;

function color(value: string): Rgba {
  const parsed = parseColor(value);
  if (!parsed) throw new Error(`Cannot read the colour "${value}"`);
  return parsed;
}

/**
 * Whether a control can be seen as a control (WCAG 2.2 1.4.11: a border, outline or fill with at least
 * 3:1 against what is behind it) and is big enough to hit (2.5.8: at least 24 × 24 CSS px).
 * Borders count only when every visible side passes, so a faint side is not hidden by a strong one.
 */
export function judgeControl(sample: ControlSample): BoundaryVerdict {
  const behind = flatten(sample.behind.map(color));
  const own = flatten([color(sample.background)], behind);
  const candidates: { source: BoundaryVerdict['source']; ratio: number }[] = [];
  const sides = sample.borders.filter(visible);
  if (sides.length > 0) {
    const ratios = sides.map((side) => contrastRatio(flatten([color(side.color)], own), behind));
    candidates.push({ source: 'border', ratio: Math.min(...ratios) });
  }
  if (visible(sample.outline)) {
    candidates.push({
      source: 'outline',
      ratio: contrastRatio(flatten([color(sample.outline.color)], behind), behind),
    });
  }
  candidates.push({ source: 'background', ratio: contrastRatio(own, behind) });
  const best = candidates.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const hasBoundary = best.ratio > 1;
  const problems: string[] = [];
  if (best.ratio < MIN_BOUNDARY_CONTRAST) {
    problems.push(
      hasBoundary
        ? `boundary (${best.source}) ${best.ratio.toFixed(2)}:1 against ${rgb(behind)}, below ${MIN_BOUNDARY_CONTRAST}:1`
        : `no visible boundary against ${rgb(behind)}`,
    );
  }
  if (sample.width < MIN_TARGET_SIZE || sample.height < MIN_TARGET_SIZE) {
    problems.push(
      `target ${Math.round(sample.width * 10) / 10} × ${Math.round(sample.height * 10) / 10} px, below ${MIN_TARGET_SIZE} × ${MIN_TARGET_SIZE}`,
    );
  }
  return {
    ratio: hasBoundary ? Math.round(best.ratio * 100) / 100 : 0,
    source: hasBoundary ? best.source : 'none',
    against: rgb(behind),
    problems,
  };
}
