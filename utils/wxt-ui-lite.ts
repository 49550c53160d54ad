/**
 * The content-script build's stand-in for WXT 0.20's `content-script-ui/shared.mjs` (see wxt.config.ts):
 * the same mount and remove for an inline UI anchored to an element, without `autoMount` and XPath
 * anchors, which Streamwise never uses. `createShadowRootUi` itself is WXT's, unchanged.
 */
interface LiteOptions {
  position: string;
  anchor?: Element | string | null | (() => Element | string | null | undefined);
  append?: string | ((anchor: Element, ui: Element) => void);
}

function anchorOf(options: LiteOptions): Element | null | undefined {
  const anchor = typeof options.anchor === 'function' ? options.anchor() : options.anchor;
  if (anchor == null) return document.body;
  return typeof anchor === 'string' ? document.querySelector(anchor) : anchor;
}

export function mountUi(root: Element, options: LiteOptions): void {
  const anchor = anchorOf(options);
  if (!anchor) throw new Error('Failed to mount content script UI: could not find anchor element');
  if (typeof options.append === 'function') options.append(anchor, root);
  else if (options.append === 'first') anchor.prepend(root);
  else anchor.append(root);
}

export function applyPosition(
  _root: HTMLElement,
  _positioned: HTMLElement | null,
  options: LiteOptions,
): void {
  if (options.position !== 'inline') throw new Error('Streamwise mounts its panel inline only');
}

export function createMountFunctions(base: { mount: () => void; remove: () => void }) {
  return {
    mount: base.mount,
    remove: base.remove,
    autoMount: () => {
      throw new Error('autoMount is not used by Streamwise');
    },
  };
}
