// The auth, OAuth and profile endpoints both apps call while loading, answered from memory.
// Both apps get the same answers from the same code at the same (zero) delay, so API latency is
// equal and the requests are countable. The floor calls `/auth/v1/account`,
// `/auth/v1/account/attached_clients` and `/oauth/v1/client/:id` on its own origin; our app is
// built for the bench with its auth/OAuth server at `<origin>/auth/v1` and its profile server at
// `<origin>/profile/v1` (bench/build.ts), so it lands here too. Shapes follow upstream's JSON
// closely enough for a settings page; an unknown endpoint answers 404 and is reported by the bench,
// so a new call shows up instead of silently skewing the figures.
// TODO(bench): once the auth emulator (mocks/emulator) can be started in-process with a seeded
// account, serve it here instead so the app's real client code (Hawk, errors) runs unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { benchPorts } from './ports.ts';

export const BENCH_USER = {
  email: 'bench.user@example.com',
  uid: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0',
  sessionToken: 'c3'.repeat(32),
  verified: true,
};

const NOW = 1_750_000_000_000;
const DAY = 86_400_000;

const account = {
  email: BENCH_USER.email,
  displayName: 'Bench User',
  createdAt: NOW - 400 * DAY,
  passwordCreatedAt: NOW - 300 * DAY,
  metricsEnabled: true,
  emails: [
    { email: BENCH_USER.email, verified: true, isPrimary: true },
    { email: 'alt@example.com', verified: true, isPrimary: false },
  ],
  totp: { exists: true, verified: true },
  backupCodes: { hasBackupCodes: true, count: 8 },
  recoveryKey: { exists: false },
  recoveryPhone: { exists: false, phoneNumber: null, available: false },
  linkedAccounts: [],
  securityEvents: [],
  subscriptions: [],
};

const attachedClients = Array.from({ length: 5 }, (_, i) => ({
  clientId: null,
  deviceId: `d${i}`.padEnd(32, '0'),
  sessionTokenId: `5${i}`.padEnd(64, '0'),
  refreshTokenId: null,
  isCurrentSession: i === 0,
  deviceType: 'desktop',
  name: `Device ${i}`,
  scope: null,
  location: { city: 'Berlin', country: 'Germany', countryCode: 'DE' },
  userAgent: 'Firefox 153',
  os: 'Linux',
  createdTime: NOW - (i + 10) * DAY,
  lastAccessTime: NOW - i * DAY,
  lastAccessTimeFormatted: `${i} days ago`,
}));

const profile = {
  uid: BENCH_USER.uid,
  email: BENCH_USER.email,
  displayName: 'Bench User',
  locale: 'en-US',
  amrValues: ['pwd', 'otp'],
  twoFactorAuthentication: true,
  avatar: 'https://profile.example/a/default.png',
  avatarDefault: true,
  metricsEnabled: true,
};

/** The OAuth one-click's relier: a trusted client whose callback the bench serves (bench/oauth.ts). */
export const BENCH_CLIENT_ID = 'b3c4b3c4b3c4b3c4';
export const relierCallback = () => `http://localhost:${benchPorts().relier}/callback`;

const client = (id: string) => ({
  id,
  name: 'Example RP',
  redirect_uri: relierCallback(),
  trusted: true,
  image_uri: '',
});

/** POST /v1/oauth/authorization: a code for the state the page sent (it checks the echo). */
function authorizationCode(body: unknown): Answer {
  const params = (body ?? {}) as { state?: unknown; redirect_uri?: unknown };
  if (typeof params.state !== 'string' || typeof params.redirect_uri !== 'string') {
    return { status: 400, body: { code: 400, errno: 107, error: 'Bad Request', message: 'bench' } };
  }
  const code = 'c0de'.repeat(16);
  const redirect = new URL(params.redirect_uri);
  redirect.searchParams.set('code', code);
  redirect.searchParams.set('state', params.state);
  return { status: 200, body: { code, state: params.state, redirect: redirect.toString() } };
}

type Answer = { status: number; body: unknown };

/** The answer for an API request, or undefined when the path is not an API path. */
export function answerApi(method: string, pathname: string, body?: unknown): Answer | undefined {
  const auth = pathname.match(/^\/auth\/v1(\/.*)$/)?.[1];
  const prof = pathname.match(/^\/profile\/v1(\/.*)$/)?.[1];
  const oauthClient = pathname.match(/^\/(?:oauth\/v1|auth\/v1\/oauth)\/client\/([^/]+)$/)?.[1];
  if (oauthClient) return { status: 200, body: client(decodeURIComponent(oauthClient)) };
  if (auth) {
    if (auth === '/account') return { status: 200, body: account };
    if (auth === '/account/attached_clients') return { status: 200, body: attachedClients };
    // The two-step section (after the first paint) asks these.
    if (auth === '/totp/exists') return { status: 200, body: { exists: true, verified: true } };
    if (auth === '/recoveryCodes/exists')
      return { status: 200, body: { hasBackupCodes: true, count: 8 } };
    if (auth === '/session/status')
      return { status: 200, body: { state: 'verified', uid: BENCH_USER.uid } };
    if (auth === '/recovery_email/status')
      return {
        status: 200,
        body: {
          email: BENCH_USER.email,
          verified: true,
          sessionVerified: true,
          emailVerified: true,
        },
      };
    if (auth === '/oauth/authorization' && method === 'POST') return authorizationCode(body);
    if (auth === '/oauth/token' && method === 'POST')
      return {
        status: 200,
        body: {
          access_token: 'a7'.repeat(32),
          token_type: 'bearer',
          scope: 'profile',
          expires_in: 3600,
        },
      };
  }
  if (prof) {
    if (prof === '/profile') return { status: 200, body: profile };
    if (prof === '/avatar')
      return { status: 200, body: { id: 'default', avatar: profile.avatar, avatarDefault: true } };
  }
  if (auth !== undefined || prof !== undefined || pathname.startsWith('/oauth/v1/')) {
    return {
      status: 404,
      body: { code: 404, errno: 999, error: 'Not Found', message: `bench fake API: ${pathname}` },
    };
  }
  return undefined;
}

/** Same-origin for both apps, but CORS is answered anyway in case an app is pointed elsewhere. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-max-age': '600',
};

export function isApiPath(pathname: string): boolean {
  return /^\/(auth|profile|oauth)\/v1\//.test(pathname);
}

/** The request's JSON body (undefined when there is none or it is not JSON). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

export async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<Answer> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return { status: 204, body: null };
  }
  // The whole body is read before answering, like any real server.
  const body = await readJson(req);
  const answer = answerApi(req.method ?? 'GET', pathname, body) ?? { status: 404, body: {} };
  res.writeHead(answer.status, {
    ...CORS,
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(answer.body));
  return answer;
}
