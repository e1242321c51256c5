import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../config.ts';
import {
  clearProfileTokenCache,
  deleteAvatar,
  getAvatar,
  getProfile,
  PROFILE_SCOPE,
  setDisplayName,
  uploadAvatar,
} from './profile.ts';
import {
  AUTH,
  installTestServer,
  PROFILE,
  SESSION_TOKEN,
  server,
  verifyHawkRequest,
} from './test-server.testutil.ts';

installTestServer();
afterEach(() => vi.useRealTimers());

/** /oauth/token that hands out access tokens t1, t2, … and records the requests. */
function tokenEndpoint(expiresIn = 3600, checkHawk = true) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${AUTH}/oauth/token`, async ({ request }) => {
      if (checkHawk) await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
      bodies.push(await request.json());
      return HttpResponse.json({
        access_token: `t${bodies.length}`,
        token_type: 'bearer',
        scope: PROFILE_SCOPE,
        expires_in: expiresIn,
      });
    }),
  );
  return bodies;
}

function profileEndpoint(validTokens: () => string[]) {
  const seen: string[] = [];
  server.use(
    http.get(`${PROFILE}/profile`, ({ request }) => {
      const auth = request.headers.get('authorization') ?? '';
      seen.push(auth);
      if (!validTokens().includes(auth.replace(/^Bearer /, ''))) {
        return HttpResponse.json(
          { code: 401, errno: 100, error: 'Unauthorized', message: 'Unauthorized' },
          { status: 401 },
        );
      }
      return HttpResponse.json({
        email: 'a@b.c',
        displayName: 'Andre',
        avatar: 'https://x/a.png',
        avatarDefault: false,
      });
    }),
  );
  return seen;
}

describe('profile access token', () => {
  it('gets one fxa-credentials token for the content client and reuses it from memory', async () => {
    const tokenBodies = tokenEndpoint();
    const seen = profileEndpoint(() => ['t1']);
    server.use(http.post(`${PROFILE}/display_name`, () => HttpResponse.json({})));
    expect(await getProfile(SESSION_TOKEN)).toMatchObject({ displayName: 'Andre' });
    await getProfile(SESSION_TOKEN);
    await setDisplayName(SESSION_TOKEN, 'Bob');
    expect(tokenBodies).toEqual([
      {
        grant_type: 'fxa-credentials',
        client_id: DEFAULT_CONFIG.oauthClientId,
        scope: PROFILE_SCOPE,
      },
    ]);
    expect(seen).toEqual(['Bearer t1', 'Bearer t1']);
  });

  it('concurrent callers share one token request', async () => {
    const tokenBodies = tokenEndpoint();
    profileEndpoint(() => ['t1']);
    await Promise.all([
      getProfile(SESSION_TOKEN),
      getProfile(SESSION_TOKEN),
      getProfile(SESSION_TOKEN),
    ]);
    expect(tokenBodies).toHaveLength(1);
  });

  it('a 401 from the profile server gets a fresh token once, then gives up', async () => {
    const tokenBodies = tokenEndpoint();
    let valid = ['t2'];
    const seen = profileEndpoint(() => valid);
    await getProfile(SESSION_TOKEN);
    expect(seen).toEqual(['Bearer t1', 'Bearer t2']);
    valid = [];
    await expect(getProfile(SESSION_TOKEN)).rejects.toMatchObject({ code: 401, errno: 100 });
    expect(tokenBodies).toHaveLength(3);
  });

  it('renews shortly before expiry, and after clearProfileTokenCache', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // The hawk package captured the real Date.now at load, so skip its check while Date is faked.
    const tokenBodies = tokenEndpoint(3600, false);
    profileEndpoint(() => ['t1', 't2', 't3']);
    await getProfile(SESSION_TOKEN);
    vi.setSystemTime(Date.now() + 3500 * 1000);
    await getProfile(SESSION_TOKEN);
    expect(tokenBodies).toHaveLength(1);
    vi.setSystemTime(Date.now() + 60 * 1000);
    await getProfile(SESSION_TOKEN);
    expect(tokenBodies).toHaveLength(2);
    clearProfileTokenCache();
    await getProfile(SESSION_TOKEN);
    expect(tokenBodies).toHaveLength(3);
  });

  it('an invalid session (110 from /oauth/token) propagates and is not cached', async () => {
    let n = 0;
    server.use(
      http.post(`${AUTH}/oauth/token`, () => {
        n++;
        return HttpResponse.json(
          { code: 401, errno: 110, message: 'Invalid authentication token' },
          { status: 401 },
        );
      }),
    );
    await expect(getProfile(SESSION_TOKEN)).rejects.toMatchObject({ errno: 110 });
    await expect(getProfile(SESSION_TOKEN)).rejects.toMatchObject({ errno: 110 });
    expect(n).toBe(2);
  });
});

describe('profile writes', () => {
  it('setDisplayName posts JSON with the access token', async () => {
    tokenEndpoint();
    let body: unknown;
    let auth: string | null = null;
    server.use(
      http.post(`${PROFILE}/display_name`, async ({ request }) => {
        auth = request.headers.get('authorization');
        body = await request.json();
        return HttpResponse.json({});
      }),
    );
    await setDisplayName(SESSION_TOKEN, 'Zoë');
    expect(auth).toBe('Bearer t1');
    expect(body).toEqual({ displayName: 'Zoë' });
  });

  it('uploadAvatar sends the raw bytes with their content type', async () => {
    tokenEndpoint();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    let received: Uint8Array | undefined;
    let contentType: string | null = null;
    server.use(
      http.post(`${PROFILE}/avatar/upload`, async ({ request }) => {
        expect(request.headers.get('authorization')).toBe('Bearer t1');
        contentType = request.headers.get('content-type');
        received = new Uint8Array(await request.arrayBuffer());
        return HttpResponse.json({ id: 'a'.repeat(32), url: 'https://x/a.png' }, { status: 201 });
      }),
    );
    expect(await uploadAvatar(SESSION_TOKEN, png, 'image/png')).toEqual({
      id: 'a'.repeat(32),
      url: 'https://x/a.png',
    });
    expect(contentType).toBe('image/png');
    expect(received).toEqual(png);
  });

  it('getAvatar and deleteAvatar hit /avatar and DELETE /avatar/:id', async () => {
    tokenEndpoint();
    let deleted = '';
    server.use(
      http.get(`${PROFILE}/avatar`, () =>
        HttpResponse.json({ id: 'b'.repeat(32), url: 'https://x/b.png' }),
      ),
      http.delete(`${PROFILE}/avatar/:id`, ({ params }) => {
        deleted = String(params.id);
        return HttpResponse.json({});
      }),
    );
    const avatar = await getAvatar(SESSION_TOKEN);
    await deleteAvatar(SESSION_TOKEN, avatar.id);
    expect(deleted).toBe('b'.repeat(32));
    let bare = false;
    server.use(
      http.delete(`${PROFILE}/avatar`, () => {
        bare = true;
        return HttpResponse.json({});
      }),
    );
    await deleteAvatar(SESSION_TOKEN);
    expect(bare).toBe(true);
  });
});
