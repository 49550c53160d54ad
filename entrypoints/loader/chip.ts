import { directionOf } from '../../utils/languages';
import type { PanelCorner } from '../../utils/settings-model';

export interface ChipProps {
  siteId: string;
  live: boolean;
  corner: PanelCorner;
  /** The language of the label: the chip's `lang`, and `dir` (Arabic mirrors it into the other corner). */
  language: string;
  label: string;
  /** The button's accessible name ("Show safety tips for Twitch"). */
  expandLabel: string;
  onExpand: () => void;
}

const SVG = 'http://www.w3.org/2000/svg';
const SHIELD =
  'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6Z';

function set(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
}

/** The collapsed panel, drawn without a framework: text only, never HTML. Returns its button. */
export function drawChip(frame: HTMLElement, props: ChipProps): HTMLButtonElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'sw-panel sw-collapsed';
  set(wrapper, {
    'data-testid': 'panel',
    'data-state': 'collapsed',
    'data-live': String(props.live),
    'data-site': props.siteId,
    'data-corner': props.corner,
    lang: props.language,
    dir: directionOf(props.language),
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sw-chip';
  set(button, { 'data-action': 'expand', 'aria-expanded': 'false', 'aria-label': props.expandLabel });
  const svg = document.createElementNS(SVG, 'svg');
  set(svg, { class: 'sw-icon', viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true' });
  const path = document.createElementNS(SVG, 'path');
  set(path, { fill: 'currentColor', d: SHIELD });
  svg.append(path);
  const label = document.createElement('span');
  label.setAttribute('aria-hidden', 'true');
  label.textContent = props.label;
  button.append(svg, label);
  if (props.live) {
    const dot = document.createElement('span');
    dot.className = 'sw-live-dot';
    dot.setAttribute('aria-hidden', 'true');
    button.append(dot);
  }
  button.addEventListener('click', props.onExpand);
  wrapper.append(button);
  frame.replaceChildren(wrapper);
  return button;
}
