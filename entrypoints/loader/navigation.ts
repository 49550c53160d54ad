/**
 * Calls `onChange` when a single-page app changes the URL without a page load.
 * The Navigation API reports same-document navigations where the browser has it (Chromium 102+).
 * Elsewhere (Firefox ESR) the isolated world cannot hook the page's own `history.pushState`, so the URL
 * is compared once a second while the tab is visible: a string comparison, no DOM observer.
 */
export function watchUrl(onChange: (href: string) => void): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = setInterval(() => document.hidden || check(), 1000);
  window.addEventListener('popstate', check);
  return () => {
    clearInterval(timer);
    window.removeEventListener('popstate', check);
  };
}
