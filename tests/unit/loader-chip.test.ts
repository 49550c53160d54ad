import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawChip } from '../../entrypoints/loader/chip';
import { counterPageZoom, createHost } from '../../entrypoints/loader/host';

afterEach(() =>
  document.documentElement.querySelectorAll('[id^=fx], streamwise-panel').forEach((n) => n.remove()),
);

const props = {
  siteId: 'twitch',
  live: false,
  corner: 'bottom-left' as const,
  language: 'en',
  label: 'Safety tips',
  expandLabel: 'Show safety tips for Twitch',
  onWarm: () => undefined,
};

describe('drawChip', () => {
  it('warms the full panel when the pointer, a touch or focus reaches the chip (once each), before any click', () => {
    const frame = document.createElement('div');
    const onWarm = vi.fn();
    const onExpand = vi.fn();
    const button = drawChip(frame, { ...props, onExpand, onWarm });
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('pointerdown'));
    button.dispatchEvent(new Event('focus'));
    button.dispatchEvent(new Event('focus'));
    expect(onWarm).toHaveBeenCalledTimes(3);
    expect(onExpand).not.toHaveBeenCalled();
  });

  it('draws its icon as a plain element styled by chip.css, hidden from screen readers', () => {
    const frame = document.createElement('div');
    drawChip(frame, { ...props, onExpand: () => undefined });
    const icon = frame.querySelector('.sw-icon');
    expect(icon?.tagName).toBe('SPAN');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(frame.querySelector('svg')).toBeNull();
  });

  it('draws one labelled button, as text, and calls back on click', () => {
    const frame = document.createElement('div');
    const onExpand = vi.fn();
    const button = drawChip(frame, { ...props, label: '<b>x</b>', onExpand });
    expect(frame.children).toHaveLength(1);
    const wrapper = frame.firstElementChild!;
    expect(wrapper.getAttribute('data-state')).toBe('collapsed');
    expect(wrapper.getAttribute('data-corner')).toBe('bottom-left');
    expect(button.getAttribute('aria-label')).toBe('Show safety tips for Twitch');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.querySelector('span:not(.sw-icon)')?.textContent).toBe('<b>x</b>');
    expect(button.querySelector('b')).toBeNull();
    button.click();
    expect(onExpand).toHaveBeenCalledTimes(1);
  });

  it('shows the live dot only on live pages, and replaces what the frame held', () => {
    const frame = document.createElement('div');
    drawChip(frame, { ...props, onExpand: () => undefined });
    expect(frame.querySelector('.sw-live-dot')).toBeNull();
    drawChip(frame, { ...props, live: true, onExpand: () => undefined });
    expect(frame.children).toHaveLength(1);
    expect(frame.querySelector('.sw-live-dot')).not.toBeNull();
    expect(frame.firstElementChild?.getAttribute('data-live')).toBe('true');
  });
});

describe('the chip’s language', () => {
  it('carries lang, and dir="rtl" for Arabic', () => {
    const frame = document.createElement('div');
    drawChip(frame, { ...props, onExpand: () => undefined });
    expect(frame.firstElementChild?.getAttribute('lang')).toBe('en');
    expect(frame.firstElementChild?.getAttribute('dir')).toBe('ltr');
    drawChip(frame, { ...props, language: 'ar', label: 'نصائح', onExpand: () => undefined });
    expect(frame.firstElementChild?.getAttribute('lang')).toBe('ar');
    expect(frame.firstElementChild?.getAttribute('dir')).toBe('rtl');
  });

  it('the stored text in that language, else English', async () => {
    const { chipTextIn } = await import('../../entrypoints/loader/storage');
    const chips = {
      'chipText:en': { label: 'Safety tips', expand: 'Show safety tips for {site}' },
      'chipText:pl': { label: 'Bezpieczeństwo', expand: 'Pokaż wskazówki: {site}' },
    };
    expect(chipTextIn(chips, 'pl').label).toBe('Bezpieczeństwo');
    expect(chipTextIn(chips, 'de').label).toBe('Safety tips');
    expect(chipTextIn({ ...chips, 'chipText:pl': { label: 7 } }, 'pl').label).toBe('Safety tips');
  });
});

describe('createHost', () => {
  it('makes a <streamwise-panel> with no attributes and a closed root holding the styles', () => {
    const { host, root, frame } = createHost(':host{all:initial}');
    expect(host.localName).toBe('streamwise-panel');
    expect(host.attributes).toHaveLength(0);
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelector('style')?.textContent).toBe(':host{all:initial}');
    expect(frame.parentNode).toBe(root);
  });

  it('takes a unique name when the page already owns ours', () => {
    class Squatter extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    }
    customElements.define('streamwise-panel', Squatter);
    const { host } = createHost('');
    expect(host.localName).toMatch(/^streamwise-panel-[a-z0-9]+$/);
  });
});

describe('counterPageZoom', () => {
  it('leaves the frame alone at zoom 1', () => {
    const frame = document.createElement('div');
    counterPageZoom(frame);
    expect(frame.style.zoom).toBe('');
  });
});

describe('drawChip: the reader’s language and direction', () => {
  it('marks the chip with its language, right-to-left for Arabic', () => {
    const frame = document.createElement('div');
    drawChip(frame, { ...props, language: 'ar', label: 'نصائح الأمان', onExpand: () => undefined });
    expect(frame.firstElementChild?.getAttribute('lang')).toBe('ar');
    expect(frame.firstElementChild?.getAttribute('dir')).toBe('rtl');
    drawChip(frame, { ...props, language: 'pl', onExpand: () => undefined });
    expect(frame.firstElementChild?.getAttribute('dir')).toBe('ltr');
  });
});
