import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../utils/after-next-paint';

describe('afterNextPaint', () => {
  it('runs the task in a task queued from the next animation frame, not before', () => {
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    const task = vi.fn();
    afterNextPaint(
      task,
      (cb) => frames.push(cb),
      (cb) => tasks.push(cb),
    );
    expect(task).not.toHaveBeenCalled();
    expect(tasks).toHaveLength(0);
    frames.shift()?.();
    expect(task).not.toHaveBeenCalled();
    tasks.shift()?.();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('uses requestAnimationFrame and a zero timeout by default', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      afterNextPaint(task);
      expect(task).not.toHaveBeenCalled();
      vi.advanceTimersByTime(50);
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
