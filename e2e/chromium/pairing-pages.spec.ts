// The pairing pages a user can reach without a second device (the whole flow runs with real
// Firefox in e2e/firefox/pairing.spec.ts): /pair with and without a Firefox that can pair, the
// phone's page with a bad link, and the failure page. Axe-clean, keyboard-usable, 360 px wide.
import { expectNoA11yViolations } from '../support/a11y';
import { browserUser, expect, test } from '../support/fixtures';

const noSideScroll = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('pairing pages: unsupported browser, Firefox’s QR dialog by keyboard, bad links, failure', async ({
  page,
  device,
  sentMessages,
  browser,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });

  // Not Firefox: /pair says what to use instead (also what a phone camera opens from the QR).
  await page.goto('/pair');
  await expect(page).toHaveURL(/\/pair\/unsupported$/);
  await expect(page.getByRole('heading', { name: 'Connect another device' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download Firefox' })).toBeVisible();
  await expectNoA11yViolations(page);

  // The phone's page with a client that may not pair, and with a link missing its key.
  await page.goto('/pair/supp?client_id=dcdb5ae7add825d2&state=s#channel_id=x');
  await expect(page.getByRole('alert')).toHaveText('Invalid pairing client');
  await expectNoA11yViolations(page);
  const jwk = Buffer.from(
    JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) }),
  ).toString('base64url');
  await page.goto(
    `/pair/supp?client_id=3c49430b43dfba77&redirect_uri=${encodeURIComponent('http://localhost/x')}&scope=profile&state=s&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256&keys_jwk=${jwk}`,
  );
  await expect(page.getByRole('alert')).toHaveText(
    'This pairing link is incomplete. Scan the code again.',
  );

  // A desktop tab that lands on the failure page with no flow behind it.
  await page.goto('/pair/failure');
  await expect(page.getByRole('heading', { name: 'Pairing didn’t work' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Firefox signed in, with the pairing capability: the card, a QR code, and the button that
  // asks Firefox for its own QR dialog, reached and pressed with the keyboard alone.
  await device({ signedInUser: browserUser });
  await page.goto('/pair');
  await expect(page.getByRole('heading', { name: 'Connect another device' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'QR code to download Firefox for your phone' }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  expect(await noSideScroll(page)).toBe(true);
  const ready = page.getByRole('button', { name: 'Ready to scan' });
  for (let i = 0; i < 10 && !(await ready.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(ready).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await sentMessages()).map((m) => m.command))
    .toContain('fxaccounts:pair_preferences');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // French and Arabic (right to left): the failure page and the unsupported page, nothing in English.
  for (const [locale, heading, unsupported] of [
    ['fr', 'L’association n’a pas abouti', 'Télécharger Firefox'],
    ['ar', 'لم ينجح الاقتران', 'نزّل Firefox'],
  ] as const) {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
    const localized = await context.newPage();
    const errors: string[] = [];
    localized.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await localized.goto('/pair/failure');
    await expect(localized.getByRole('heading', { name: heading })).toBeVisible();
    await expect(localized.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expectNoA11yViolations(localized);
    await localized.goto('/pair');
    await expect(localized.getByRole('link', { name: unsupported })).toBeVisible();
    expect(errors, `${locale} console errors`).toEqual([]);
    await context.close();
  }
});
