import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUrl } from '../../entrypoints/loader/navigation';

describe('watchUrl without the Navigation API (Firefox ESR)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a pushState change within a second, once, and stops when asked', () => {
    expect(
      (window as { navigation?: unknown }).navigation,
      'premise: happy-dom has no Navigation API',
    ).toBeUndefined();
    const seen: string[] = [];
    const stop = watchUrl((href) => seen.push(new URL(href).pathname));
    history.pushState({}, '', '/somechannel');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['/somechannel']);
    stop();
    history.pushState({}, '', '/another');
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual(['/somechannel']);
  });

  it('reports back/forward through popstate at once', () => {
    const seen: string[] = [];
    const stop = watchUrl((href) => seen.push(new URL(href).pathname));
    history.pushState({}, '', '/popped');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/popped']);
    stop();
  });
});

describe('watchUrl with the Navigation API', () => {
  it('listens to currententrychange and removes its listener on stop', () => {
    const target = new EventTarget();
    const add = vi.spyOn(target, 'addEventListener');
    const remove = vi.spyOn(target, 'removeEventListener');
    (window as { navigation?: EventTarget }).navigation = target;
    try {
      const seen: string[] = [];
      const stop = watchUrl((href) => seen.push(new URL(href).pathname));
      history.pushState({}, '', '/via-navigation');
      target.dispatchEvent(new Event('currententrychange'));
      expect(seen).toEqual(['/via-navigation']);
      stop();
      expect(add).toHaveBeenCalledWith('currententrychange', expect.any(Function));
      expect(remove).toHaveBeenCalledWith('currententrychange', add.mock.calls[0]![1]);
    } finally {
      delete (window as { navigation?: EventTarget }).navigation;
    }
  });
});
