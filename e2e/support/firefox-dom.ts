// What a user sees, read through puppeteer (the real Firefox is not a Playwright page). Selectors
// follow getByRole/getByTestId: ARIA queries go through Firefox's accessibility tree
// (BiDi browsingContext.locateNodes). Each reader returns null while the element is absent, so
// tests poll them with Playwright's `expect.poll`.
import type { Page } from 'puppeteer-core';

export const byTestId = (id: string) => `[data-testid="${id}"]`;
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

async function read<T>(page: Page, selector: string, fn: (el: Element) => T): Promise<T | null> {
  // A CSS selector is read in one script call, without an element handle: a handle that a
  // navigation detaches fails inside puppeteer ("no such node") where no catch here reaches it.
  if (!selector.startsWith('::-p-')) {
    const script = `(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      return el ? (${fn.toString()})(el) : null;
    })()`;
    try {
      return (await page.evaluate(script)) as T | null;
    } catch {
      return null; // the page navigated while reading: the next poll reads again
    }
  }
  try {
    const handle = await page.$(selector);
    if (!handle) return null;
    try {
      return await handle.evaluate(fn);
    } finally {
      await handle.dispose();
    }
  } catch {
    return null; // detached by a re-render or a navigation: the next poll reads again
  }
}

export const textOf = (page: Page, selector: string) =>
  read(page, selector, (el) => el.textContent ?? '');

export const inputValueOf = (page: Page, selector: string) =>
  read(page, selector, (el) => (el as HTMLInputElement).value);

/** True when the element exists and is rendered (not display:none / visibility:hidden / empty box). */
export async function isVisible(page: Page, selector: string): Promise<boolean> {
  return (
    (await read(page, selector, (el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    })) === true
  );
}

/** The path and query the user is on, e.g. `/?redirect_to=%2Fsettings`. */
export const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** Whether a checkbox is ticked (null while it is absent). */
export const isChecked = (page: Page, selector: string) =>
  read(page, selector, (el) => (el as HTMLInputElement).checked);

/** Whether a button or field can be used: present and not disabled. */
export async function isEnabled(page: Page, selector: string): Promise<boolean> {
  return (await read(page, selector, (el) => !(el as HTMLButtonElement).disabled)) === true;
}
