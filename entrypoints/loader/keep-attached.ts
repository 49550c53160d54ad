/**
 * Some pages remove elements they do not know. Put the panel back, at most `limit` times per page
 * (reset on SPA navigation), then stop quietly rather than fight the page. Watches only the direct
 * children of <html>, where the panel lives; never the whole document.
 */
export function keepAttached(options: {
  host: () => Element | undefined;
  wanted: () => boolean;
  reattach: () => void;
  limit?: number;
}): { reset: () => void; stop: () => void } {
  const limit = options.limit ?? 3;
  let count = 0;
  const observer = new MutationObserver(() => {
    const host = options.host();
    if (!host || host.isConnected || !options.wanted()) return;
    if (count >= limit) {
      observer.disconnect();
      return;
    }
    count += 1;
    options.reattach();
  });
  const watch = () => observer.observe(document.documentElement, { childList: true });
  watch();
  return {
    reset: () => {
      count = 0;
      observer.disconnect();
      watch();
    },
    stop: () => observer.disconnect(),
  };
}
