import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TabIcon } from './tab-icon';

describe('TabIcon', () => {
  let link: HTMLLinkElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    // index.html's placeholder.
    link = document.createElement('link');
    link.rel = 'icon';
    link.href = 'data:,';
    document.head.append(link);
  });
  afterEach(() => {
    link.remove();
    vi.useRealTimers();
  });

  it('keeps the empty icon until the page has painted, then shows the real one', () => {
    render(<TabIcon />);
    expect(link.getAttribute('href')).toBe('data:,');
    act(() => vi.advanceTimersToNextFrame());
    expect(link.getAttribute('href')).toBe('data:,');
    act(() => vi.runOnlyPendingTimers());
    expect(link.getAttribute('href')).toBe('/favicon.png');
    expect(link.type).toBe('image/png');
  });
});
