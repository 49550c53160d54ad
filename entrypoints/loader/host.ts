export interface PanelHost {
  host: HTMLElement;
  /** Closed: the page's `host.shadowRoot` is null. Only this script holds the reference. */
  root: ShadowRoot;
  /** Where the chip or the panel is drawn; carries the counter-zoom. */
  frame: HTMLElement;
}

function attach(name: string, css: string): PanelHost {
  const host = document.createElement(name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const frame = document.createElement('div');
  root.append(style, frame);
  return { host, root, frame };
}

/**
 * One host element with no attributes and a closed shadow root. A page that defined
 * <streamwise-panel> itself (and attached its own root) gets a unique name instead.
 */
export function createHost(css: string): PanelHost {
  try {
    return attach('streamwise-panel', css);
  } catch {
    return attach(`streamwise-panel-${Math.random().toString(36).slice(2, 8)}`, css);
  }
}

/** A page that zooms <html> would zoom the panel too: undo it inside our own root. */
export function counterPageZoom(frame: HTMLElement): void {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  frame.style.zoom = zoom === 1 ? '' : String(1 / zoom);
}

/**
 * Reads the page's zoom once the browser has laid out the frame with our host in it. A ResizeObserver
 * runs right after layout, when style is clean, so the read costs almost nothing; read any earlier and it
 * forces a style pass over the whole page, which would be charged to every page load.
 */
export function counterPageZoomAfterLayout(frame: HTMLElement): void {
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    counterPageZoom(frame);
  });
  observer.observe(frame);
}
