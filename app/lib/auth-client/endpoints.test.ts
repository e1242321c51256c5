// Every session-authenticated endpoint: right method and path, exact JSON body, a Hawk signature
// that the hawk package accepts, and the response passed back.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { attachedClientDestroy, attachedClients } from './attached-clients.ts';
import {
  recoveryEmailCreate,
  recoveryEmailDestroy,
  recoveryEmailSecondaryResendCode,
  recoveryEmailSecondaryVerifyCode,
  recoveryEmailSetPrimary,
  recoveryEmails,
  recoveryEmailVerifyCode,
} from './emails.ts';
import { mfaOtpRequest, mfaOtpVerify } from './mfa.ts';
import { createOAuthCode, createOAuthToken, getOAuthClient, getScopedKeyData } from './oauth.ts';
import {
  recoveryEmailStatus,
  sessionDestroy,
  sessionResendCode,
  sessionStatus,
  sessionVerifyCode,
} from './session.ts';
import {
  AUTH,
  installTestServer,
  SESSION_TOKEN,
  server,
  verifyHawkRequest,
} from './test-server.testutil.ts';

installTestServer();

const UID = 'aeaa1725c7a24ff983c6295725d5fc9b';
const SECOND = 'second@example.org';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6WyJtZmE6ZW1haWwiXX0.c2lnbmF0dXJl';

interface Case {
  name: string;
  method: 'get' | 'post';
  path: string;
  signed: boolean;
  /** A step-up JWT the request must carry as `Authorization: Bearer` (instead of Hawk). */
  jwt?: string;
  body?: unknown;
  reply: unknown;
  call: () => Promise<unknown>;
  expected?: unknown;
}

const client = {
  clientId: null,
  deviceId: 'd'.repeat(32),
  sessionTokenId: null,
  refreshTokenId: null,
  isCurrentSession: false,
  deviceType: 'desktop',
  name: 'Firefox',
  scope: null,
  createdTime: 1,
  lastAccessTime: 2,
  location: null,
  userAgent: '',
  os: 'Linux',
};

const cases: Case[] = [
  {
    name: 'session status',
    method: 'get',
    path: '/session/status',
    signed: true,
    reply: { state: 'unverified', uid: UID },
    call: () => sessionStatus(SESSION_TOKEN),
  },
  {
    name: 'session destroy',
    method: 'post',
    path: '/session/destroy',
    signed: true,
    body: {},
    reply: {},
    call: () => sessionDestroy(SESSION_TOKEN),
    expected: undefined,
  },
  {
    name: 'session verify_code',
    method: 'post',
    path: '/session/verify_code',
    signed: true,
    body: { code: '123456', service: 'sync' },
    reply: {},
    call: () => sessionVerifyCode(SESSION_TOKEN, '123456', { service: 'sync' }),
    expected: undefined,
  },
  {
    name: 'session resend_code',
    method: 'post',
    path: '/session/resend_code',
    signed: true,
    body: {},
    reply: {},
    call: () => sessionResendCode(SESSION_TOKEN),
    expected: undefined,
  },
  {
    name: 'recovery_email status',
    method: 'get',
    path: '/recovery_email/status',
    signed: true,
    reply: { email: 'a@b.c', verified: true },
    call: () => recoveryEmailStatus(SESSION_TOKEN),
  },
  {
    name: 'recovery_emails list',
    method: 'get',
    path: '/recovery_emails',
    signed: true,
    reply: [{ email: 'a@b.c', isPrimary: true, verified: true }],
    call: () => recoveryEmails(SESSION_TOKEN),
  },
  {
    name: 'mfa otp request',
    method: 'post',
    path: '/mfa/otp/request',
    signed: true,
    body: { action: 'email' },
    reply: { status: 'success' },
    call: () => mfaOtpRequest(SESSION_TOKEN, 'email'),
    expected: undefined,
  },
  {
    name: 'mfa otp verify',
    method: 'post',
    path: '/mfa/otp/verify',
    signed: true,
    body: { code: '123456', action: 'password' },
    reply: { accessToken: JWT },
    call: () => mfaOtpVerify(SESSION_TOKEN, 'password', '123456'),
    expected: JWT,
  },
  {
    name: 'recovery_email create (step-up JWT)',
    method: 'post',
    path: '/mfa/recovery_email',
    signed: false,
    jwt: JWT,
    body: { email: SECOND },
    reply: {},
    call: () => recoveryEmailCreate(JWT, SECOND),
    expected: undefined,
  },
  {
    name: 'recovery_email destroy (step-up JWT)',
    method: 'post',
    path: '/mfa/recovery_email/destroy',
    signed: false,
    jwt: JWT,
    body: { email: SECOND },
    reply: {},
    call: () => recoveryEmailDestroy(JWT, SECOND),
    expected: undefined,
  },
  {
    name: 'recovery_email set_primary (step-up JWT)',
    method: 'post',
    path: '/mfa/recovery_email/set_primary',
    signed: false,
    jwt: JWT,
    body: { email: SECOND },
    reply: {},
    call: () => recoveryEmailSetPrimary(JWT, SECOND),
    expected: undefined,
  },
  {
    name: 'recovery_email verify_code (primary, unauthenticated)',
    method: 'post',
    path: '/recovery_email/verify_code',
    signed: false,
    body: { uid: UID, code: 'f'.repeat(32), service: 'sync' },
    reply: {},
    call: () => recoveryEmailVerifyCode(UID, 'f'.repeat(32), { service: 'sync' }),
    expected: undefined,
  },
  {
    name: 'recovery_email secondary verify_code (step-up JWT)',
    method: 'post',
    path: '/mfa/recovery_email/secondary/verify_code',
    signed: false,
    jwt: JWT,
    body: { email: SECOND, code: '654321' },
    reply: {},
    call: () => recoveryEmailSecondaryVerifyCode(JWT, SECOND, '654321'),
    expected: undefined,
  },
  {
    name: 'recovery_email secondary resend_code (step-up JWT)',
    method: 'post',
    path: '/mfa/recovery_email/secondary/resend_code',
    signed: false,
    jwt: JWT,
    body: { email: SECOND },
    reply: {},
    call: () => recoveryEmailSecondaryResendCode(JWT, SECOND),
    expected: undefined,
  },
  {
    name: 'attached_clients list',
    method: 'get',
    path: '/account/attached_clients',
    signed: true,
    reply: [client],
    call: () => attachedClients(SESSION_TOKEN),
  },
  {
    name: 'attached_client destroy (null ids dropped)',
    method: 'post',
    path: '/account/attached_client/destroy',
    signed: true,
    body: { deviceId: 'd'.repeat(32) },
    reply: {},
    call: () => attachedClientDestroy(SESSION_TOKEN, client),
    expected: undefined,
  },
  {
    name: 'oauth client info (unauthenticated)',
    method: 'get',
    path: '/oauth/client/dcdb5ae7add825d2',
    signed: false,
    reply: {
      id: 'dcdb5ae7add825d2',
      name: '123Done',
      trusted: true,
      redirect_uri: 'http://127.0.0.1:8080/api/oauth',
    },
    call: () => getOAuthClient('dcdb5ae7add825d2'),
  },
  {
    name: 'oauth authorization',
    method: 'post',
    path: '/oauth/authorization',
    signed: true,
    body: {
      client_id: 'dcdb5ae7add825d2',
      state: 'st',
      scope: 'profile openid',
      response_type: 'code',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    },
    reply: {
      code: 'c'.repeat(64),
      state: 'st',
      redirect: 'http://127.0.0.1:8080/api/oauth?code=cc&state=st',
      scope: 'profile openid',
    },
    call: () =>
      createOAuthCode(SESSION_TOKEN, {
        client_id: 'dcdb5ae7add825d2',
        state: 'st',
        scope: 'profile openid',
        response_type: 'code',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }),
  },
  {
    name: 'oauth token (fxa-credentials)',
    method: 'post',
    path: '/oauth/token',
    signed: true,
    body: {
      grant_type: 'fxa-credentials',
      client_id: 'ea3ca969f8c6bb0d',
      scope: 'profile',
      ttl: 60,
    },
    reply: { access_token: 'a'.repeat(64), token_type: 'bearer', scope: 'profile', expires_in: 60 },
    call: () =>
      createOAuthToken(SESSION_TOKEN, { clientId: 'ea3ca969f8c6bb0d', scope: 'profile', ttl: 60 }),
  },
  {
    name: 'scoped-key-data',
    method: 'post',
    path: '/account/scoped-key-data',
    signed: true,
    body: { client_id: 'dcdb5ae7add825d2', scope: 'https://identity.mozilla.com/apps/oldsync' },
    reply: {
      'https://identity.mozilla.com/apps/oldsync': {
        identifier: 'https://identity.mozilla.com/apps/oldsync',
        keyRotationSecret: '0'.repeat(64),
        keyRotationTimestamp: 1510726317123,
      },
    },
    call: () =>
      getScopedKeyData(
        SESSION_TOKEN,
        'dcdb5ae7add825d2',
        'https://identity.mozilla.com/apps/oldsync',
      ),
  },
];

describe('endpoints', () => {
  it.each(cases)('$name', async (c) => {
    let hit = false;
    server.use(
      http[c.method](`${AUTH}${c.path}`, async ({ request }) => {
        hit = true;
        if (c.signed) await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        else if (c.jwt) expect(request.headers.get('authorization')).toBe(`Bearer ${c.jwt}`);
        else expect(request.headers.get('authorization')).toBeNull();
        const text = await request.text();
        if (c.body === undefined) expect(text).toBe('');
        else expect(JSON.parse(text)).toEqual(c.body);
        return HttpResponse.json(c.reply as object);
      }),
    );
    const result = await c.call();
    expect(hit).toBe(true);
    expect(result).toEqual('expected' in c ? c.expected : c.reply);
  });

  it('an unknown OAuth client surfaces the server errno', async () => {
    server.use(
      http.get(`${AUTH}/oauth/client/:id`, () =>
        HttpResponse.json(
          { code: 400, errno: 162, error: 'Bad Request', message: 'Unknown client_id' },
          { status: 400 },
        ),
      ),
    );
    await expect(getOAuthClient('0000000000000000')).rejects.toMatchObject({ errno: 162 });
  });

  it('an authorization answer without a code is rejected as 999', async () => {
    server.use(
      http.post(`${AUTH}/oauth/authorization`, () => HttpResponse.json({ redirect: 'x' })),
    );
    await expect(
      createOAuthCode(SESSION_TOKEN, { client_id: 'a', state: 'b' }),
    ).rejects.toMatchObject({ errno: 999 });
  });
});
