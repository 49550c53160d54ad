/**
 * Runs `task` once the browser has painted the next frame: from a requestAnimationFrame callback, a
 * zero-delay timeout lands after that frame's style, layout and paint. Work that reads layout (moving
 * focus does) then finds it clean instead of forcing a synchronous layout of the whole host page.
 * In a hidden tab no frame comes until the tab is shown; the task waits for it.
 */
export function afterNextPaint(
  task: () => void,
  frame: (callback: () => void) => unknown = (callback) => requestAnimationFrame(callback),
  later: (callback: () => void) => unknown = (callback) => setTimeout(callback, 0),
): void {
  frame(() => later(task));
}
