import type { Page, Request } from '@playwright/test';
import { CLIENT_IDS, RELIER_CALLBACK_PATHS } from '../../mocks/emulator/seed';
import { createAccount, type SeededAccount } from './emulator';
import { appOrigin, emulatorOrigin, relierOrigin } from './ports';

// OAuth e2e helpers: the seeded reliers as the demo relier (relier/) serves them, authorization
// URLs built by hand for the bad-parameter cases, and a watch on where the browser goes.

export const RELIERS = {
  pocket: {
    clientId: CLIENT_IDS.pocketDemo,
    home: `${relierOrigin}/`,
    redirectUri: `${relierOrigin}${RELIER_CALLBACK_PATHS.pocketDemo}`,
    title: 'Pocket (demo)',
  },
  trusted: {
    clientId: CLIENT_IDS.trustedRelier,
    home: `${relierOrigin}/123done/`,
    redirectUri: `${relierOrigin}${RELIER_CALLBACK_PATHS.trustedRelier}`,
    title: '123done',
  },
  untrusted: {
    clientId: CLIENT_IDS.untrustedRelier,
    home: `${relierOrigin}/321done/`,
    redirectUri: `${relierOrigin}${RELIER_CALLBACK_PATHS.untrustedRelier}`,
    title: '321done',
  },
} as const;

/** RFC 7636 Appendix B's S256 challenge: 43 base64url characters. */
export const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

/**
 * `/authorization?…` for the trusted confidential relier (123done) unless overridden; a value of
 * `undefined` drops a default parameter. Arrays repeat a parameter.
 */
export function authorizationPath(
  params: Record<string, string | string[] | undefined> = {},
): string {
  const all: Record<string, string | string[] | undefined> = {
    client_id: RELIERS.trusted.clientId,
    redirect_uri: RELIERS.trusted.redirectUri,
    state: 'st4te-from-relier',
    scope: 'profile openid',
    ...params,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  }
  return `/authorization?${q.toString()}`;
}

/**
 * Every request the page makes to an origin other than the app's and the emulator's: where the
 * browser was sent (navigations, images, anything). Read it at the end of a test.
 */
export function watchForeignRequests(page: Page): () => Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin !== appOrigin && origin !== emulatorOrigin) seen.push(request);
  });
  return () => seen;
}

/** The next navigation of the page to the relier, as the URL the browser asked for. */
export async function nextRelierNavigation(page: Page, action: () => Promise<unknown>) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest() && r.url().startsWith(relierOrigin)),
    action(),
  ]);
  return new URL(request.url());
}

/** An account with a verified session, as the simulated (or real) Firefox would hold it. */
export async function firefoxAccount(
  label: string,
): Promise<SeededAccount & { sessionToken: string }> {
  const account = await createAccount({
    email: `${label}.${crypto.randomUUID().slice(0, 8)}@example.com`,
    session: { verified: true },
  });
  if (!account.sessionToken) throw new Error('the emulator gave no session');
  return account as SeededAccount & { sessionToken: string };
}

export const deviceUser = (a: SeededAccount & { sessionToken: string }) => ({
  email: a.email,
  uid: a.uid,
  sessionToken: a.sessionToken,
  verified: true,
});
