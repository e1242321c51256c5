import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePainted, usePaintedOnce } from './use-painted';

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

describe('usePaintedOnce', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  it('waits for a paint on the first mount only: a later mount is painted from its first render', () => {
    const seen = { painted: false };
    const first = renderHook(() => usePaintedOnce(seen));
    expect(first.result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(first.result.current).toBe(true);
    first.unmount();

    const again = renderHook(() => usePaintedOnce(seen));
    expect(again.result.current).toBe(true);
  });

  it('a mount that leaves before its paint leaves the next one waiting too', () => {
    const seen = { painted: false };
    renderHook(() => usePaintedOnce(seen)).unmount();
    act(() => vi.runAllTimers());
    const next = renderHook(() => usePaintedOnce(seen));
    expect(next.result.current).toBe(false);
  });
});
