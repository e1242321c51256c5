import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePainted } from './use-painted';

describe('usePainted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  it('stays false while not ready, however long', () => {
    const { result } = renderHook(() => usePainted(false));
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });

  it('turns true only after a frame and a task once ready, and stays true', () => {
    const { result, rerender } = renderHook(({ ready }) => usePainted(ready), {
      initialProps: { ready: false },
    });
    rerender({ ready: true });
    expect(result.current).toBe(false); // the render with the content is not the one with the date
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(false);
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(true);
    rerender({ ready: false });
    expect(result.current).toBe(true);
  });
});
