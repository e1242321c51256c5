import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bundleKeyFetchResponse, KeyBundleError } from '../crypto/key-bundle.ts';
import {
  createClientSaltV2,
  deriveCredentialsV1,
  deriveCredentialsV2,
  kbFromWrapKb,
} from '../crypto/onepw.ts';
import {
  accountDestroy,
  accountKeys,
  accountProfile,
  accountStatus,
  credentialsStatus,
  signIn,
  signUp,
} from './account.ts';
import { getAccount } from './account-data';
import { AuthServerError } from './errors.ts';
import {
  AUTH,
  installTestServer,
  SESSION_TOKEN,
  server,
  verifyHawkRequest,
} from './test-server.testutil.ts';

installTestServer();

const EMAIL = 'andré@example.org';
const PASSWORD = 'pässwörd';
// Published onepw v1 values for EMAIL/PASSWORD (protocol.md §6.1).
const V1 = {
  authPW: '247b675ffb4c46310bc87e26d712153abe5e1c90ef00a4784594f97ef54f2375',
  unwrapBKey: 'de6a2648b78284fcb9ffa81ba95803309cfba7af583c01a8a1a63e567234dd28',
};
const V2_SALT = createClientSaltV2('0123456789abcdef0123456789abcdef');
const V2 = {
  authPW: 'd278c764bd1852a14bfc4e9d8c1682b4f1a57edb9a9372bf8c370cc41592155b',
  unwrapBKey: '616616095eff30032abf6a47df30d9a3fc799d8af5e8519905c1601170553493',
};
const UID = 'aeaa1725c7a24ff983c6295725d5fc9b';
const KFT = '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f';
const KFT2 = '909192939495969798999a9b9c9d9e9f808182838485868788898a8b8c8d8e8f';

type Body = Record<string, unknown>;
const loginOk = (extra: Body = {}) =>
  HttpResponse.json({
    uid: UID,
    sessionToken: SESSION_TOKEN,
    authAt: 1700000000,
    verified: true,
    ...extra,
  });
const bad = (errno: number, extra: Body = {}) =>
  HttpResponse.json(
    { code: 400, errno, error: 'Bad Request', message: `errno ${errno}`, ...extra },
    { status: 400 },
  );

describe('signIn (v1 default)', () => {
  it('posts the published v1 authPW, asks for keys, and returns the pairing unwrapBKey', async () => {
    let body: Body = {};
    let url = '';
    server.use(
      http.post(`${AUTH}/account/credentials/status`, () => {
        throw new Error('v1 mode must not negotiate');
      }),
      http.post(`${AUTH}/account/login`, async ({ request }) => {
        url = request.url;
        body = (await request.json()) as Body;
        return loginOk({ keyFetchToken: KFT, sessionVerified: true });
      }),
    );
    const res = await signIn(EMAIL, PASSWORD, {
      keys: true,
      service: 'sync',
      verificationMethod: 'email-otp',
    });
    expect(url).toBe(`${AUTH}/account/login?keys=true`);
    expect(body).toEqual({
      email: EMAIL,
      authPW: V1.authPW,
      service: 'sync',
      verificationMethod: 'email-otp',
    });
    expect(res).toMatchObject({
      uid: UID,
      sessionToken: SESSION_TOKEN,
      keyFetchToken: KFT,
      unwrapBKey: V1.unwrapBKey,
      verified: true,
      sessionVerified: true,
      email: EMAIL,
      keyStretchVersion: 1,
    });
  });

  it('without keys: no ?keys=true, no keyFetchToken or unwrapBKey in the result', async () => {
    let url = '';
    server.use(
      http.post(`${AUTH}/account/login`, ({ request }) => {
        url = request.url;
        return loginOk({ keyFetchToken: KFT });
      }),
    );
    const res = await signIn(EMAIL, PASSWORD);
    expect(url).toBe(`${AUTH}/account/login`);
    expect(res.keyFetchToken).toBeUndefined();
    expect(res.unwrapBKey).toBeUndefined();
  });

  it('errno 120: retries once with the canonical email (re-derived authPW) and originalLoginEmail', async () => {
    const typed = 'ANDRÉ@example.org';
    const bodies: Body[] = [];
    server.use(
      http.post(`${AUTH}/account/login`, async ({ request }) => {
        const body = (await request.json()) as Body;
        bodies.push(body);
        return body.email === EMAIL ? loginOk() : bad(120, { email: EMAIL });
      }),
    );
    const res = await signIn(typed, PASSWORD);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({
      email: typed,
      authPW: (await deriveCredentialsV1(typed, PASSWORD)).authPW,
    });
    expect(bodies[1]).toEqual({ email: EMAIL, authPW: V1.authPW, originalLoginEmail: typed });
    expect(res.email).toBe(EMAIL);
  });

  it('errno 120 is retried only once', async () => {
    let n = 0;
    server.use(
      http.post(`${AUTH}/account/login`, () => {
        n++;
        return bad(120, { email: n === 1 ? 'b@example.org' : 'c@example.org' });
      }),
    );
    await expect(signIn('a@example.org', PASSWORD)).rejects.toMatchObject({ errno: 120 });
    expect(n).toBe(2);
  });

  it('passes other errors through typed (103 incorrect password)', async () => {
    server.use(http.post(`${AUTH}/account/login`, () => bad(103, { email: EMAIL })));
    const err = await signIn(EMAIL, 'wrong').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthServerError);
    expect(err).toMatchObject({ errno: 103, code: 400, email: EMAIL });
  });

  it('rejects a success body without a proper sessionToken as 999', async () => {
    server.use(
      http.post(`${AUTH}/account/login`, () =>
        HttpResponse.json({ uid: UID, sessionToken: 'nope' }),
      ),
    );
    await expect(signIn(EMAIL, PASSWORD)).rejects.toMatchObject({ errno: 999 });
  });
});

describe('signIn with key stretching v2 negotiation', () => {
  it('an account with v2 credentials signs in with the v2 authPW; keyFetchTokenVersion2 pairs with the v2 key', async () => {
    const logins: Body[] = [];
    server.use(
      http.post(`${AUTH}/account/credentials/status`, async ({ request }) => {
        expect(await request.json()).toEqual({ email: EMAIL });
        return HttpResponse.json({
          upgradeNeeded: false,
          currentVersion: 'v2',
          clientSalt: V2_SALT,
        });
      }),
      http.post(`${AUTH}/account/login`, async ({ request }) => {
        logins.push((await request.json()) as Body);
        return loginOk({ keyFetchTokenVersion2: KFT2 });
      }),
    );
    const res = await signIn(EMAIL, PASSWORD, { keys: true }, { keyStretchVersion: 2 });
    expect(logins).toEqual([{ email: EMAIL, authPW: V2.authPW }]);
    expect(res).toMatchObject({
      keyFetchToken: KFT2,
      unwrapBKey: V2.unwrapBKey,
      keyStretchVersion: 2,
    });
    expect(res).not.toHaveProperty('keyFetchTokenVersion2');
  });

  it('an unknown account (errno 102 from status) falls back to v1 and surfaces the login error', async () => {
    const logins: Body[] = [];
    server.use(
      http.post(`${AUTH}/account/credentials/status`, () => bad(102)),
      http.post(`${AUTH}/account/login`, async ({ request }) => {
        logins.push((await request.json()) as Body);
        return bad(102);
      }),
    );
    await expect(signIn(EMAIL, PASSWORD, {}, { keyStretchVersion: 2 })).rejects.toMatchObject({
      errno: 102,
    });
    expect(logins).toEqual([{ email: EMAIL, authPW: V1.authPW }]);
  });

  it('a v1 account needing an upgrade signs in with v1 and keeps v1 when told to skip the upgrade', async () => {
    server.use(
      http.post(`${AUTH}/account/credentials/status`, () =>
        HttpResponse.json({ upgradeNeeded: true, currentVersion: 'v1' }),
      ),
      http.post(`${AUTH}/account/login`, async ({ request }) => {
        expect(((await request.json()) as Body).authPW).toBe(V1.authPW);
        return loginOk({ keyFetchToken: KFT });
      }),
    );
    const res = await signIn(
      EMAIL,
      PASSWORD,
      { keys: true, skipPasswordUpgrade: true },
      { keyStretchVersion: 2 },
    );
    expect(res).toMatchObject({
      keyFetchToken: KFT,
      unwrapBKey: V1.unwrapBKey,
      keyStretchVersion: 1,
    });
  });

  it('a failed upgrade never fails the sign-in', async () => {
    server.use(
      http.post(`${AUTH}/account/credentials/status`, () =>
        HttpResponse.json({ upgradeNeeded: true, currentVersion: 'v1' }),
      ),
      http.post(`${AUTH}/account/login`, () => loginOk()),
      http.post(`${AUTH}/password/change/start`, () => HttpResponse.error()),
    );
    const res = await signIn(EMAIL, PASSWORD, {}, { keyStretchVersion: 2 });
    expect(res).toMatchObject({ sessionToken: SESSION_TOKEN, keyStretchVersion: 1 });
  });

  it('credentialsStatus maps errno 102 to "no upgrade" and passes other errors', async () => {
    server.use(http.post(`${AUTH}/account/credentials/status`, () => bad(102)));
    expect(await credentialsStatus(EMAIL)).toEqual({ upgradeNeeded: false });
    server.use(http.post(`${AUTH}/account/credentials/status`, () => bad(125)));
    await expect(credentialsStatus(EMAIL)).rejects.toMatchObject({ errno: 125 });
  });
});

describe('signUp', () => {
  it('v1: create?keys=true with authPW and options; returns unwrapBKey', async () => {
    let url = '';
    let body: Body = {};
    server.use(
      http.post(`${AUTH}/account/create`, async ({ request }) => {
        url = request.url;
        body = (await request.json()) as Body;
        return HttpResponse.json({
          uid: UID,
          sessionToken: SESSION_TOKEN,
          keyFetchToken: KFT,
          authAt: 1,
        });
      }),
    );
    const res = await signUp(EMAIL, PASSWORD, {
      keys: true,
      service: 'sync',
      atLeast18AtReg: true,
    });
    expect(url).toBe(`${AUTH}/account/create?keys=true`);
    expect(body).toEqual({
      email: EMAIL,
      authPW: V1.authPW,
      service: 'sync',
      atLeast18AtReg: true,
    });
    expect(res).toMatchObject({
      uid: UID,
      keyFetchToken: KFT,
      unwrapBKey: V1.unwrapBKey,
      keyStretchVersion: 1,
    });
  });

  it('v2: sends both credential sets wrapping the same kB', async () => {
    let body: Body = {};
    server.use(
      http.post(`${AUTH}/account/create`, async ({ request }) => {
        body = (await request.json()) as Body;
        return HttpResponse.json({
          uid: UID,
          sessionToken: SESSION_TOKEN,
          keyFetchTokenVersion2: KFT2,
          authAt: 1,
        });
      }),
    );
    const res = await signUp(EMAIL, PASSWORD, { keys: true }, { keyStretchVersion: 2 });
    const clientSalt = body.clientSalt as string;
    const v2 = await deriveCredentialsV2(clientSalt, PASSWORD);
    expect(body.authPW).toBe(V1.authPW);
    expect(body.authPWVersion2).toBe(v2.authPW);
    expect(kbFromWrapKb(body.wrapKb as string, V1.unwrapBKey)).toBe(
      kbFromWrapKb(body.wrapKbVersion2 as string, v2.unwrapBKey),
    );
    expect(res).toMatchObject({
      keyFetchToken: KFT2,
      unwrapBKey: v2.unwrapBKey,
      keyStretchVersion: 2,
    });
  });
});

describe('keys', () => {
  const kA = '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f';
  const wrapKB = '7effe354abecbcb234a8dfc2d7644b4ad339b525589738f2d27341bb8622ecd8';

  it('GET /account/keys with the keyFetchToken (Hawk), unwraps kB with unwrapBKey', async () => {
    server.use(
      http.get(`${AUTH}/account/keys`, async ({ request }) => {
        await verifyHawkRequest(request, KFT, 'keyFetchToken');
        return HttpResponse.json({ bundle: await bundleKeyFetchResponse({ kA, wrapKB }, KFT) });
      }),
    );
    expect(await accountKeys(KFT, V1.unwrapBKey)).toEqual({
      kA,
      wrapKB,
      kB: 'a095c51c1c6e384e8d5777d97e3c487a4fc2128a00ab395a73d57fedf41631f0',
    });
  });

  it('uses Bearer fxk_ in Bearer mode and throws on a bundle with a bad MAC', async () => {
    server.use(
      http.get(`${AUTH}/account/keys`, async ({ request }) => {
        expect(request.headers.get('authorization')).toMatch(/^Bearer fxk_[0-9a-f]{64}$/);
        const bundle = await bundleKeyFetchResponse({ kA, wrapKB }, KFT);
        return HttpResponse.json({ bundle: `${bundle.slice(0, -2)}00` });
      }),
    );
    await expect(accountKeys(KFT, V1.unwrapBKey, { tokenAuth: 'bearer' })).rejects.toThrow(
      KeyBundleError,
    );
  });
});

describe('other account endpoints', () => {
  it('accountStatus posts the email', async () => {
    server.use(
      http.post(`${AUTH}/account/status`, async ({ request }) => {
        expect(await request.json()).toEqual({ email: EMAIL, thirdPartyAuthStatus: true });
        return HttpResponse.json({ exists: true, hasPassword: true });
      }),
    );
    expect(await accountStatus(EMAIL, { thirdPartyAuthStatus: true })).toEqual({
      exists: true,
      hasPassword: true,
    });
  });

  it('accountDestroy is session-signed, sends authPW and retries errno 120', async () => {
    const bodies: Body[] = [];
    server.use(
      http.post(`${AUTH}/account/destroy`, async ({ request }) => {
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        const body = (await request.json()) as Body;
        bodies.push(body);
        return body.email === EMAIL ? HttpResponse.json({}) : bad(120, { email: EMAIL });
      }),
    );
    await accountDestroy('ANDRÉ@example.org', PASSWORD, SESSION_TOKEN);
    expect(bodies[1]).toEqual({ email: EMAIL, authPW: V1.authPW });
  });

  it('GET /account and GET /account/profile are session-signed', async () => {
    server.use(
      http.get(`${AUTH}/account`, async ({ request }) => {
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        return HttpResponse.json({
          emails: [{ email: EMAIL, isPrimary: true, verified: true }],
          hasPassword: true,
        });
      }),
      http.get(`${AUTH}/account/profile`, async ({ request }) => {
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        return HttpResponse.json({
          email: EMAIL,
          authenticationMethods: ['pwd', 'email'],
          authenticatorAssuranceLevel: 1,
        });
      }),
    );
    expect((await getAccount(SESSION_TOKEN)).emails[0]?.email).toBe(EMAIL);
    expect(await accountProfile(SESSION_TOKEN)).toMatchObject({
      email: EMAIL,
      authenticatorAssuranceLevel: 1,
    });
  });
});
