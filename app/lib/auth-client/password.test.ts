// Password change round trip against a small stateful fake of the auth server that checks every
// token's Hawk signature (or Bearer prefix), the old authPW, and that the new wrapKb still wraps kB.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { randomHex } from '../crypto/bytes.ts';
import { bundleKeyFetchResponse } from '../crypto/key-bundle.ts';
import {
  deriveCredentialsV1,
  deriveCredentialsV2,
  kbFromWrapKb,
  wrapKbFromKb,
} from '../crypto/onepw.ts';
import {
  BEARER_PREFIX,
  deriveTokenCredentials,
  type TokenKind,
} from '../crypto/token-credentials.ts';
import { signIn } from './account.ts';
import { passwordChange } from './password.ts';
import {
  AUTH,
  installTestServer,
  SESSION_ID,
  SESSION_TOKEN,
  server,
  verifyHawkRequest,
} from './test-server.testutil.ts';

installTestServer();

const EMAIL = 'andré@example.org';
const OLD = 'pässwörd';
const NEW = 'correct horse battery staple';
const UID = 'aeaa1725c7a24ff983c6295725d5fc9b';
type Body = Record<string, unknown>;

async function checkAuth(request: Request, token: string, kind: TokenKind): Promise<void> {
  const header = request.headers.get('authorization') ?? '';
  if (header.startsWith('Bearer ')) {
    const { id } = await deriveTokenCredentials(token, kind);
    if (header !== `Bearer ${BEARER_PREFIX[kind]}_${id}`) throw new Error(`bad bearer for ${kind}`);
  } else {
    await verifyHawkRequest(request, token, kind);
  }
}

/** A v1 account with a known kB, and the routes a password change walks through. */
async function fakeAccount(opts: { clientSalt?: string } = {}) {
  const kA = randomHex(32);
  const kB = randomHex(32);
  const v1 = await deriveCredentialsV1(EMAIL, OLD);
  const state = {
    authPW: v1.authPW,
    wrapKb: wrapKbFromKb(kB, v1.unwrapBKey),
    v2: undefined as { authPW: string; wrapKb: string; clientSalt: string } | undefined,
    keyFetchToken: '',
    passwordChangeToken: '',
    newSessionToken: randomHex(32),
    newKeyFetchToken: randomHex(32),
    finishUrl: '',
    finishBody: {} as Body,
    calls: [] as string[],
  };
  server.use(
    http.post(`${AUTH}/account/credentials/status`, () =>
      HttpResponse.json(
        opts.clientSalt
          ? { upgradeNeeded: false, currentVersion: 'v2', clientSalt: opts.clientSalt }
          : { upgradeNeeded: true, currentVersion: 'v1' },
      ),
    ),
    http.post(`${AUTH}/password/change/start`, async ({ request }) => {
      state.calls.push('start');
      await checkAuth(request, SESSION_TOKEN, 'sessionToken');
      const body = (await request.json()) as Body;
      if (body.email !== EMAIL) {
        return HttpResponse.json({ code: 400, errno: 120, email: EMAIL }, { status: 400 });
      }
      if (body.oldAuthPW !== state.authPW) {
        return HttpResponse.json(
          { code: 400, errno: 103, message: 'Incorrect password' },
          { status: 400 },
        );
      }
      state.keyFetchToken = randomHex(32);
      state.passwordChangeToken = randomHex(32);
      return HttpResponse.json({
        keyFetchToken: state.keyFetchToken,
        passwordChangeToken: state.passwordChangeToken,
        verified: true,
      });
    }),
    http.get(`${AUTH}/account/keys`, async ({ request }) => {
      state.calls.push('keys');
      await checkAuth(request, state.keyFetchToken, 'keyFetchToken');
      return HttpResponse.json({
        bundle: await bundleKeyFetchResponse({ kA, wrapKB: state.wrapKb }, state.keyFetchToken),
      });
    }),
    http.post(`${AUTH}/password/change/finish`, async ({ request }) => {
      state.calls.push('finish');
      await checkAuth(request, state.passwordChangeToken, 'passwordChangeToken');
      state.finishUrl = request.url;
      const body = (await request.json()) as Body;
      state.finishBody = body;
      state.authPW = body.authPW as string;
      state.wrapKb = body.wrapKb as string;
      if (body.authPWVersion2) {
        state.v2 = {
          authPW: body.authPWVersion2 as string,
          wrapKb: body.wrapKbVersion2 as string,
          clientSalt: body.clientSalt as string,
        };
      }
      const keys = new URL(request.url).searchParams.get('keys') === 'true';
      return HttpResponse.json({
        uid: UID,
        sessionToken: state.newSessionToken,
        verified: true,
        authAt: 1700000001,
        ...(keys ? { keyFetchToken: state.newKeyFetchToken } : {}),
      });
    }),
  );
  return { kA, kB, state };
}

describe('passwordChange (v1)', () => {
  it('start → keys → finish rewraps kB under the new password and returns the new session', async () => {
    const { kB, state } = await fakeAccount();
    const res = await passwordChange({
      email: EMAIL,
      oldPassword: OLD,
      newPassword: NEW,
      sessionToken: SESSION_TOKEN,
      keys: true,
    });
    const next = await deriveCredentialsV1(EMAIL, NEW);
    expect(state.calls).toEqual(['start', 'keys', 'finish']);
    expect(state.finishUrl).toBe(`${AUTH}/password/change/finish?keys=true`);
    expect(state.finishBody).toEqual({
      authPW: next.authPW,
      wrapKb: state.wrapKb,
      sessionToken: SESSION_ID,
    });
    expect(state.authPW).toBe(next.authPW);
    // The point of the rewrap: the new password unwraps the SAME kB.
    expect(kbFromWrapKb(state.wrapKb, next.unwrapBKey)).toBe(kB);
    expect(res).toEqual({
      uid: UID,
      sessionToken: state.newSessionToken,
      verified: true,
      authAt: 1700000001,
      email: EMAIL,
      keyFetchToken: state.newKeyFetchToken,
      unwrapBKey: next.unwrapBKey,
    });
  });

  it('a wrong old password stops at start with errno 103', async () => {
    const { state } = await fakeAccount();
    await expect(
      passwordChange({
        email: EMAIL,
        oldPassword: 'nope',
        newPassword: NEW,
        sessionToken: SESSION_TOKEN,
      }),
    ).rejects.toMatchObject({ errno: 103 });
    expect(state.calls).toEqual(['start']);
  });

  it('errno 120 at start retries with the canonical email, whose salt the new password then uses', async () => {
    const { kB, state } = await fakeAccount();
    const res = await passwordChange({
      email: 'ANDRÉ@example.org',
      oldPassword: OLD,
      newPassword: NEW,
      sessionToken: SESSION_TOKEN,
    });
    expect(state.calls).toEqual(['start', 'start', 'keys', 'finish']);
    expect(kbFromWrapKb(state.wrapKb, (await deriveCredentialsV1(EMAIL, NEW)).unwrapBKey)).toBe(kB);
    expect(res.email).toBe(EMAIL);
    expect(res.keyFetchToken).toBeUndefined();
  });

  it('works in Bearer mode (fxs_, fxk_, fxpc_)', async () => {
    const { kB, state } = await fakeAccount();
    await passwordChange(
      { email: EMAIL, oldPassword: OLD, newPassword: NEW, sessionToken: SESSION_TOKEN },
      { tokenAuth: 'bearer' },
    );
    expect(kbFromWrapKb(state.wrapKb, (await deriveCredentialsV1(EMAIL, NEW)).unwrapBKey)).toBe(kB);
  });
});

describe('passwordChange (v2) and the v1 → v2 upgrade at sign-in', () => {
  it('v2 mode adds authPWVersion2 / wrapKbVersion2 / clientSalt wrapping the same kB', async () => {
    const clientSalt =
      'identity.mozilla.com/picl/v1/quickStretchV2:0123456789abcdef0123456789abcdef';
    const { kB, state } = await fakeAccount({ clientSalt });
    await passwordChange(
      { email: EMAIL, oldPassword: OLD, newPassword: NEW, sessionToken: SESSION_TOKEN },
      { keyStretchVersion: 2 },
    );
    const v2 = await deriveCredentialsV2(clientSalt, NEW);
    expect(state.v2).toEqual({ authPW: v2.authPW, wrapKb: state.v2?.wrapKb, clientSalt });
    expect(kbFromWrapKb(state.v2?.wrapKb ?? '', v2.unwrapBKey)).toBe(kB);
    expect(kbFromWrapKb(state.wrapKb, (await deriveCredentialsV1(EMAIL, NEW)).unwrapBKey)).toBe(kB);
  });

  it('signIn in v2 mode upgrades a v1 account by changing the password to itself', async () => {
    const { kB, state } = await fakeAccount();
    const loginKeyFetchToken = randomHex(32);
    server.use(
      http.post(`${AUTH}/account/login`, () =>
        HttpResponse.json({
          uid: UID,
          sessionToken: SESSION_TOKEN,
          verified: true,
          authAt: 1,
          keyFetchToken: loginKeyFetchToken,
        }),
      ),
    );
    const res = await signIn(EMAIL, OLD, { keys: true }, { keyStretchVersion: 2 });
    expect(state.calls).toEqual(['start', 'keys', 'finish']);
    const salt = state.v2?.clientSalt ?? '';
    expect(salt).toMatch(/^identity\.mozilla\.com\/picl\/v1\/quickStretchV2:[0-9a-f]{32}$/);
    expect(
      kbFromWrapKb(state.v2?.wrapKb ?? '', (await deriveCredentialsV2(salt, OLD)).unwrapBKey),
    ).toBe(kB);
    // An upgrade keeps the sessions (upstream isPasswordUpgrade): the sign-in's own session and
    // key pair stand, as upstream's client keeps them; the finish asked for no keys.
    expect(res).toMatchObject({
      sessionToken: SESSION_TOKEN,
      keyFetchToken: loginKeyFetchToken,
      unwrapBKey: (await deriveCredentialsV1(EMAIL, OLD)).unwrapBKey,
      keyStretchVersion: 1,
      email: EMAIL,
    });
    expect(new URL(state.finishUrl).search).toBe('');
  });

  it('does not try to upgrade an unverified session', async () => {
    const { state } = await fakeAccount();
    server.use(
      http.post(`${AUTH}/account/login`, () =>
        HttpResponse.json({ uid: UID, sessionToken: SESSION_TOKEN, verified: false, authAt: 1 }),
      ),
    );
    const res = await signIn(EMAIL, OLD, {}, { keyStretchVersion: 2 });
    expect(state.calls).toEqual([]);
    expect(res).toMatchObject({
      sessionToken: SESSION_TOKEN,
      verified: false,
      keyStretchVersion: 1,
    });
  });
});
