// B23 (../../../shared/reference/security-tests.md): the accounts pages refuse to render inside a
// cross-origin frame (clickjacking), through the production server's `frame-ancestors 'none'`
// and `X-Frame-Options: DENY`. The framing page comes from a second server on 127.0.0.1, a
// different origin from the app's `localhost`.
//
// This spec uses @playwright/test directly rather than ../support/fixtures: the refusal is itself
// reported as a console error, which those fixtures would fail on. It asserts that error instead,
// and that no other one appears.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { appOrigin } from '../support/ports';

const VICTIMS = [
  ['authorization', '/authorization?client_id=dcdb5ae7add825d2&state=abc&scope=profile'],
  ['sign-in', '/signin'],
  ['permissions', '/signin_permissions?client_id=325b4083e32fe8e7&state=abc&scope=profile:email'],
  ['bad-request', '/authorization?client_id=not-a-client&state=abc&scope=profile'],
  ['not-found', '/no/such/page'],
] as const;

const REFUSAL = /frame-ancestors 'none'/;
/** Keeps Chromium from fetching /favicon.ico, whose 404 would be a console error. */
const NO_FAVICON = '<link rel="icon" href="data:,">';

let framer: http.Server;
let framerOrigin: string;

test.beforeAll(async () => {
  // Fixed pages only: the harness never reflects its query into HTML.
  framer = http.createServer((req, res) => {
    const victim = VICTIMS.find(([name]) => req.url === `/frame/${name}`);
    const body =
      req.url === '/control'
        ? `<!doctype html>${NO_FAVICON}<title>control</title><h1>Control frame</h1>`
        : victim
          ? `<!doctype html>${NO_FAVICON}<title>framer</title>
             <iframe id="control" src="/control"></iframe>
             <iframe id="victim" src="${appOrigin}${victim[1]}"
               onload="document.body.dataset.victimLoaded = 'yes'"></iframe>`
          : undefined;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  framerOrigin = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  framer.closeAllConnections();
  await new Promise<void>((resolve) => framer.close(() => resolve()));
});

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const [name, path] of VICTIMS) {
  test(`the ${name} page does not render in a cross-origin iframe`, async ({ page }) => {
    const errors = collectConsoleErrors(page);

    // Control 1: at top level the page renders, so "no heading in the frame" below means refused.
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto(`${framerOrigin}/frame/${name}`);
    // Control 2: frames do render in this harness.
    await expect(page.frameLocator('#control').getByRole('heading')).toHaveText('Control frame');
    // The victim frame has finished loading (a refused frame still fires load, on an error page).
    await expect(page.locator('body')).toHaveAttribute('data-victim-loaded', 'yes');

    const frame = await (await page.locator('#victim').elementHandle())?.contentFrame();
    expect(frame, 'the iframe has a browsing context').toBeTruthy();
    // None of the app's document reached the frame: not its URL, not its markup.
    expect(frame?.url()).not.toContain(appOrigin);
    await expect(page.frameLocator('#victim').locator('#root')).toHaveCount(0);
    await expect(page.frameLocator('#victim').getByRole('heading')).toHaveCount(0);

    // And the browser says why: the CSP refusal, and no other error.
    await expect.poll(() => errors.filter((e) => REFUSAL.test(e)).length).toBe(1);
    expect(errors.filter((e) => !REFUSAL.test(e))).toEqual([]);
  });
}
