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
  /** The pointer, a touch or focus reached the chip: a click may follow, so the full panel can start loading. */
  onWarm: () => void;
}

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
  // The shield is drawn by chip.css (a clip-path): no SVG elements to set up in this world.
  const icon = document.createElement('span');
  icon.className = 'sw-icon';
  icon.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.setAttribute('aria-hidden', 'true');
  label.textContent = props.label;
  button.append(icon, label);
  if (props.live) {
    const dot = document.createElement('span');
    dot.className = 'sw-live-dot';
    dot.setAttribute('aria-hidden', 'true');
    button.append(dot);
  }
  button.addEventListener('click', props.onExpand);
  // A touch has no hover: its press comes a tap's length (~100 ms) before the click.
  for (const type of ['pointerenter', 'pointerdown', 'focus']) {
    button.addEventListener(type, props.onWarm, { once: true });
  }
  wrapper.append(button);
  frame.replaceChildren(wrapper);
  return button;
}
