// Real-Firefox pairing: an account whose keys the test knows, a Firefox that can act as the
// authority, a phone (the supplicant) in Chromium, and the final check of the Sync key it got.
// Every precondition and fact: ../../../shared/reference/pairing.md (§2.2 preconditions, §7 recipe).
import { createHash, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import {
  chromium,
  type Browser as PlaywrightBrowser,
  type Page as PlaywrightPage,
} from '@playwright/test';
import { CLIENT_IDS } from '../../mocks/emulator/seed';
import {
  onepwV1,
  pkceS256,
  tokenCreds,
  unbundle,
  xorHex,
} from '../../mocks/emulator/testing/node-crypto.testutil';
import { createAccount, uniqueEmail, waitForCode } from './emulator';
import type { FirefoxDevice } from './firefox-device';
import type { PrefValue } from './firefox-prefs';
import { appOrigin, channelOrigin, emulatorOrigin } from './ports';

export const OLDSYNC = 'https://identity.mozilla.com/apps/oldsync';
const PASSWORD = 'correct horse battery';

const bearer = (token: string, kind: 'sessionToken' | 'keyFetchToken') =>
  `Bearer ${kind === 'sessionToken' ? 'fxs' : 'fxk'}_${tokenCreds(token, kind).id}`;

async function api(path: string, init: { body?: unknown; auth?: string } = {}) {
  const res = await fetch(`${emulatorOrigin}/v1${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.auth ? { authorization: init.auth } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

type KeyedLogin = { uid: string; sessionToken: string; keyFetchToken: string; unwrapBKey: string };

/** login?keys=true plus the emailed code: a verified session and an unspent keyFetchToken. */
async function loginWithKeys(
  email: string,
  lastCode?: string,
): Promise<KeyedLogin & { code: string }> {
  const { authPW, unwrapBKey } = onepwV1(email, PASSWORD);
  const login = await api('/account/login?keys=true', { body: { email, authPW } });
  const sessionToken = String(login.sessionToken);
  const code = await waitForCode(email, lastCode);
  await api('/session/verify_code', { body: { code }, auth: bearer(sessionToken, 'sessionToken') });
  return {
    uid: String(login.uid),
    sessionToken,
    keyFetchToken: String(login.keyFetchToken),
    unwrapBKey,
    code,
  };
}

export type KeyedAccount = {
  email: string;
  uid: string;
  /** The account's kB, learnt by the test with a login of its own. */
  kB: string;
  /** A second login for Firefox to hold: its keyFetchToken is still unspent. */
  firefox: KeyedLogin;
};

export async function createAccountWithKeys(label: string): Promise<KeyedAccount> {
  const email = uniqueEmail(label);
  await createAccount({ email, password: PASSWORD });
  const mine = await loginWithKeys(email);
  const { bundle } = await api('/account/keys', {
    auth: bearer(mine.keyFetchToken, 'keyFetchToken'),
  });
  const { wrapKB } = unbundle(String(bundle), mine.keyFetchToken);
  const kB = xorHex(wrapKB, mine.unwrapBKey);
  const { code: _, ...firefox } = await loginWithKeys(email, mine.code);
  return { email, uid: mine.uid, kB, firefox };
}

/** Sync's scoped key as Firefox derives it from kB (FxAccountsKeys _deriveLegacyScopedKey). */
export async function expectedSyncKey(account: KeyedAccount) {
  const data = await api('/account/scoped-key-data', {
    body: { client_id: CLIENT_IDS.referenceBrowser, scope: OLDSYNC },
    auth: bearer(account.firefox.sessionToken, 'sessionToken'),
  });
  const timestamp = (data[OLDSYNC] as { keyRotationTimestamp: number }).keyRotationTimestamp;
  const kB = Buffer.from(account.kB, 'hex');
  const hash = createHash('sha256').update(kB).digest().subarray(0, 16);
  const k = Buffer.from(
    hkdfSync('sha256', kB, Buffer.alloc(0), 'identity.mozilla.com/picl/v1/oldsync', 64),
  );
  return {
    kty: 'oct',
    scope: OLDSYNC,
    kid: `${timestamp}-${hash.toString('base64url')}`,
    k: k.toString('base64url'),
  };
}

/** User prefs a pairing authority needs on top of the usual local ones (§2.2). */
export const pairingPrefs = (): Record<string, PrefValue> => ({
  'identity.fxaccounts.allowHttp': true,
  'identity.fxaccounts.remote.pairing.uri': channelOrigin,
  // Not `services.sync.username`: with it Sync signs in at startup, before Firefox has the keys,
  // records "login rejected", and the UI state (STATUS_LOGIN_FAILED) then keeps about:preferences
  // from opening the pairing dialog. Sync's service is started in chrome scope instead.
});

/**
 * Gives Firefox the keys the way fxaccounts:login would (keyFetchToken and unwrapBKey are
 * login-manager fields, so signedInUser.json cannot carry them), lets it derive Sync's key, waits
 * for Sync's clients engine, and records every QR-code URI its pairing dialog shows (§2.1).
 */
export async function primeFirefoxForPairing(firefox: FirefoxDevice, account: KeyedAccount) {
  const { uid, keyFetchToken, unwrapBKey } = account.firefox;
  const ready = await firefox.evaluate(`
    const { getFxAccountsSingleton } =
      ChromeUtils.importESModule('resource://gre/modules/FxAccounts.sys.mjs');
    const fxa = getFxAccountsSingleton();
    await fxa._internal.updateUserAccountData(${JSON.stringify({ uid, keyFetchToken, unwrapBKey })});
    await fxa.keys.getKeyForScope(${JSON.stringify(OLDSYNC)});
    // pair:supp:request reads Sync's clients engine: start the service and wait for it (§2.2).
    const { Weave } = ChromeUtils.importESModule('resource://services-sync/main.sys.mjs');
    for (let i = 0; i < 200 && !Weave.Service.clientsEngine; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const mod = ChromeUtils.importESModule('resource://gre/modules/FxAccountsPairing.sys.mjs');
    const flow = mod.FxAccountsPairingFlow;
    if (!flow.__recorded) {
      const start = flow.start;
      const uris = [];
      flow.start = async function (options) {
        const uri = await start.call(this, options);
        uris.push(uri);
        return uri;
      };
      flow.__recorded = uris;
    }
    return !!Weave.Service.clientsEngine;
  `);
  if (ready !== true) throw new Error('Firefox’s Sync service did not start');
}

/** The QR-code URI of the pairing dialog's flow number `index` (0-based), once it is shown. */
export async function pairingUri(firefox: FirefoxDevice, index: number): Promise<string | null> {
  const uri = await firefox.evaluate(`
    const mod = ChromeUtils.importESModule('resource://gre/modules/FxAccountsPairing.sys.mjs');
    return mod.FxAccountsPairingFlow.__recorded?.[${index}] ?? null;
  `);
  return typeof uri === 'string' ? uri : null;
}

/** Whether Firefox still has a pairing flow for the channel (it forgets it once finished). */
export async function firefoxHasFlow(firefox: FirefoxDevice, channelId: string): Promise<boolean> {
  return (
    (await firefox.evaluate(`
      const mod = ChromeUtils.importESModule('resource://gre/modules/FxAccountsPairing.sys.mjs');
      return !!mod.FxAccountsPairingFlow.get(${JSON.stringify(channelId)});
    `)) === true
  );
}

/** What a mobile app keeps to itself: its PKCE verifier and the private half of keys_jwk. */
export function phoneRequest() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const redirectUri = `${appOrigin}/oauth/success/${CLIENT_IDS.referenceBrowser}`;
  const query = new URLSearchParams({
    client_id: CLIENT_IDS.referenceBrowser,
    redirect_uri: redirectUri,
    scope: `profile ${OLDSYNC}`,
    state,
    code_challenge: pkceS256(verifier),
    code_challenge_method: 'S256',
    keys_jwk: Buffer.from(JSON.stringify({ kty, crv, x, y })).toString('base64url'),
    access_type: 'offline',
  });
  return {
    verifier,
    state,
    privateKey,
    redirectUri,
    /** The supplicant page for the QR code `uri` (its hash is the channel). */
    url: (uri: string) => `${appOrigin}/pair/supp?${query}${new URL(uri).hash}`,
  };
}

/** The phone's code exchange, as the app does it (pairing.md §5). */
export async function exchangeCode(code: string, verifier: string) {
  return api('/oauth/token', {
    body: {
      client_id: CLIENT_IDS.referenceBrowser,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
    },
  });
}

export async function launchPhoneBrowser(): Promise<PlaywrightBrowser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}

/** A phone page whose console errors are collected (they fail the test, as in fixtures.ts). */
export async function openPhone(browser: PlaywrightBrowser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page: PlaywrightPage = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}
