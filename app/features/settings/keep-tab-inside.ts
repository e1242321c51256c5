import type { KeyboardEvent } from 'react';

/**
 * Tab and Shift+Tab wrap around inside the dialog (its buttons, fields and links). showModal makes the page inert, but Tab past
 * the last button still leaves for the browser's own toolbar; a modal keeps it in (WAI-ARIA APG
 * dialog pattern).
 */
export function keepTabInside(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return;
  const items = [
    ...e.currentTarget.querySelectorAll<HTMLElement>(
      'button:not(:disabled), input:not(:disabled), a[href]',
    ),
  ];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
