import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuthServerError, isInvalidTokenError, NetworkError } from './errors.ts';
import { apiRequest, cleanStringify, getClockOffsetMs, parseRetryAfter } from './http.ts';
import { sessionDestroy, sessionStatus } from './session.ts';
import {
  AUTH,
  installTestServer,
  SESSION_ID,
  SESSION_TOKEN,
  server,
  verifyHawkRequest,
} from './test-server.testutil.ts';

installTestServer();

const UID = '0123456789abcdef0123456789abcdef';
const error = (status: number, body: object, headers?: Record<string, string>) =>
  HttpResponse.json(body, { status, headers });

describe('Hawk on the wire', () => {
  it('signs a POST with the exact JSON body hashed (verified by the hawk package)', async () => {
    let seen: { id: string } | undefined;
    let body = '';
    server.use(
      http.post(`${AUTH}/session/destroy`, async ({ request }) => {
        seen = await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        body = await request.text();
        return HttpResponse.json({});
      }),
    );
    await sessionDestroy(SESSION_TOKEN, { customSessionToken: 'ff'.repeat(32) });
    expect(seen?.id).toBe(SESSION_ID);
    expect(JSON.parse(body)).toEqual({ customSessionToken: 'ff'.repeat(32) });
  });

  it('signs a bodiless GET with the empty-payload hash and a JSON content type', async () => {
    server.use(
      http.get(`${AUTH}/session/status`, async ({ request }) => {
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        expect(request.headers.get('authorization')).toContain(
          'hash="NVuBm+XMyya3Tq4EhpZ0cQWjVUyIA8sKnySkKDOIM4M="',
        );
        return HttpResponse.json({ state: 'verified', uid: UID });
      }),
    );
    expect(await sessionStatus(SESSION_TOKEN)).toEqual({ state: 'verified', uid: UID });
  });

  it('signs the query string too (the hawk package rejects a header made for another path)', async () => {
    server.use(
      http.post(`${AUTH}/x`, async ({ request }) => {
        const forged = new Request(`${AUTH}/x?keys=true`, {
          method: 'POST',
          headers: request.headers,
          body: await request.text(),
        });
        await expect(verifyHawkRequest(forged, SESSION_TOKEN, 'sessionToken')).rejects.toThrow(
          'Bad mac',
        );
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken');
        return HttpResponse.json({ ok: true });
      }),
    );
    await apiRequest({
      method: 'POST',
      path: '/x',
      body: {},
      auth: { token: SESSION_TOKEN, kind: 'sessionToken' },
    });
  });
});

describe('Bearer mode', () => {
  it('sends Bearer fxs_<tokenId> and no Hawk', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${AUTH}/session/status`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ state: 'unverified', uid: UID });
      }),
    );
    await sessionStatus(SESSION_TOKEN, { tokenAuth: 'bearer' });
    expect(auth).toBe(`Bearer fxs_${SESSION_ID}`);
  });

  it('uses the OAuth access token verbatim for profile-style auth', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${AUTH}/y`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({});
      }),
    );
    await apiRequest({ method: 'GET', path: '/y', auth: { accessToken: 'ab'.repeat(32) } });
    expect(auth).toBe(`Bearer ${'ab'.repeat(32)}`);
  });
});

describe('errno 111 (timestamp skew)', () => {
  it('retries once with the server time from the body, then keeps the offset', async () => {
    const skew = 3600;
    const serverNow = () => Math.floor(Date.now() / 1000) + skew;
    const calls: number[] = [];
    server.use(
      http.get(`${AUTH}/session/status`, async ({ request }) => {
        try {
          const { ts } = await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken', skew);
          calls.push(ts);
          return HttpResponse.json({ state: 'verified', uid: UID });
        } catch {
          calls.push(-1);
          return error(401, {
            code: 401,
            errno: 111,
            error: 'Unauthorized',
            message: 'Invalid timestamp',
            serverTime: serverNow(),
          });
        }
      }),
    );
    await sessionStatus(SESSION_TOKEN);
    expect(calls[0]).toBe(-1);
    expect(Math.abs((calls[1] as number) - serverNow())).toBeLessThanOrEqual(2);
    expect(getClockOffsetMs()).toBeGreaterThan((skew - 2) * 1000);
    // The next request is right the first time.
    await sessionStatus(SESSION_TOKEN);
    expect(calls).toHaveLength(3);
  });

  it('falls back to the Timestamp header', async () => {
    let n = 0;
    server.use(
      http.get(`${AUTH}/session/status`, async ({ request }) => {
        n++;
        if (n === 1) {
          const t = String(Math.floor(Date.now() / 1000) - 900);
          return error(
            401,
            { code: 401, errno: 111, message: 'Invalid timestamp' },
            { Timestamp: t },
          );
        }
        await verifyHawkRequest(request, SESSION_TOKEN, 'sessionToken', -900);
        return HttpResponse.json({ state: 'verified', uid: UID });
      }),
    );
    await sessionStatus(SESSION_TOKEN);
    expect(n).toBe(2);
  });

  it('does not loop: a second 111 is thrown', async () => {
    let n = 0;
    server.use(
      http.get(`${AUTH}/session/status`, () => {
        n++;
        return error(401, { code: 401, errno: 111, message: 'Invalid timestamp', serverTime: 1 });
      }),
    );
    await expect(sessionStatus(SESSION_TOKEN)).rejects.toMatchObject({ errno: 111, code: 401 });
    expect(n).toBe(2);
  });

  it('is not retried in Bearer mode (nothing there depends on our clock)', async () => {
    let n = 0;
    server.use(
      http.get(`${AUTH}/session/status`, () => {
        n++;
        return error(401, { code: 401, errno: 111, serverTime: 1 });
      }),
    );
    await expect(sessionStatus(SESSION_TOKEN, { tokenAuth: 'bearer' })).rejects.toMatchObject({
      errno: 111,
    });
    expect(n).toBe(1);
    expect(getClockOffsetMs()).toBe(0);
  });

  it('is not retried for other errnos', async () => {
    let n = 0;
    server.use(
      http.get(`${AUTH}/session/status`, () => {
        n++;
        return error(401, {
          code: 401,
          errno: 110,
          error: 'Unauthorized',
          message: 'Invalid authentication token',
        });
      }),
    );
    const err = await sessionStatus(SESSION_TOKEN).catch((e: unknown) => e);
    expect(isInvalidTokenError(err)).toBe(true);
    expect(n).toBe(1);
  });
});

describe('errors', () => {
  it('carries the envelope: errno, code, error, message, email and the body', async () => {
    server.use(
      http.post(`${AUTH}/z`, () =>
        error(400, {
          code: 400,
          errno: 103,
          error: 'Bad Request',
          message: 'Incorrect password',
          email: 'a@b.c',
          extra: 1,
        }),
      ),
    );
    const err = await apiRequest({ method: 'POST', path: '/z', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthServerError);
    expect(err).toMatchObject({
      errno: 103,
      code: 400,
      error: 'Bad Request',
      message: 'Incorrect password',
      email: 'a@b.c',
    });
    expect((err as AuthServerError).body.extra).toBe(1);
  });

  it('turns a non-JSON error body into errno 999 with the HTTP status', async () => {
    server.use(
      http.get(`${AUTH}/z`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(apiRequest({ method: 'GET', path: '/z' })).rejects.toMatchObject({
      errno: 999,
      code: 502,
    });
  });

  it('turns a JSON error without errno into 999', async () => {
    server.use(http.get(`${AUTH}/z`, () => HttpResponse.json({ oops: true }, { status: 500 })));
    await expect(apiRequest({ method: 'GET', path: '/z' })).rejects.toMatchObject({
      errno: 999,
      code: 500,
    });
  });

  it('treats a 200 that is not JSON (captive portal) as errno 999, never as success', async () => {
    server.use(
      http.get(
        `${AUTH}/z`,
        () => new HttpResponse('<html>Sign in to Wi-Fi</html>', { status: 200 }),
      ),
    );
    await expect(apiRequest({ method: 'GET', path: '/z' })).rejects.toMatchObject({
      errno: 999,
      code: 200,
    });
  });

  it('surfaces Retry-After on 429 (header) without sleeping or retrying', async () => {
    let n = 0;
    server.use(
      http.post(`${AUTH}/z`, () => {
        n++;
        return error(
          429,
          {
            code: 429,
            errno: 114,
            error: 'Too Many Requests',
            message: 'Client has sent too many requests',
          },
          { 'Retry-After': '30' },
        );
      }),
    );
    await expect(apiRequest({ method: 'POST', path: '/z', body: {} })).rejects.toMatchObject({
      errno: 114,
      code: 429,
      retryAfter: 30,
    });
    expect(n).toBe(1);
  });

  it("prefers the body's retryAfter; a non-JSON 429 becomes 114; a 503 keeps its Retry-After", async () => {
    server.use(
      http.post(`${AUTH}/a`, () =>
        error(429, { code: 429, errno: 114, retryAfter: 900 }, { 'Retry-After': '5' }),
      ),
      http.post(
        `${AUTH}/b`,
        () => new HttpResponse('Slow down', { status: 429, headers: { 'Retry-After': '12' } }),
      ),
      http.post(`${AUTH}/c`, () =>
        error(
          503,
          { code: 503, errno: 201, message: 'Service unavailable' },
          { 'Retry-After': '7' },
        ),
      ),
    );
    await expect(apiRequest({ method: 'POST', path: '/a', body: {} })).rejects.toMatchObject({
      retryAfter: 900,
    });
    await expect(apiRequest({ method: 'POST', path: '/b', body: {} })).rejects.toMatchObject({
      errno: 114,
      code: 429,
      retryAfter: 12,
    });
    await expect(apiRequest({ method: 'POST', path: '/c', body: {} })).rejects.toMatchObject({
      errno: 201,
      code: 503,
      retryAfter: 7,
    });
  });

  it('parses Retry-After seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(
      parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1, 0)).toUTCString(), Date.UTC(2030, 0, 1)),
    ).toBe(60);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('network failures', () => {
  it('a network error is a NetworkError (errno 998), not an AuthServerError', async () => {
    server.use(http.get(`${AUTH}/session/status`, () => HttpResponse.error()));
    const err = await sessionStatus(SESSION_TOKEN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).not.toBeInstanceOf(AuthServerError);
    expect(err).toMatchObject({ errno: 998, reason: 'offline' });
    expect(isInvalidTokenError(err)).toBe(false);
  });

  it('aborts after the configured timeout with a timeout NetworkError', async () => {
    server.use(
      http.get(`${AUTH}/slow`, async () => {
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const started = Date.now();
    const err = await apiRequest({ method: 'GET', path: '/slow' }, { requestTimeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).toMatchObject({ reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a caller's abort is passed through as the AbortError, not as a network fault", async () => {
    server.use(
      http.get(`${AUTH}/slow`, async () => {
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = apiRequest({ method: 'GET', path: '/slow' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const err = await pending.catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(NetworkError);
    expect((err as Error).name).toBe('AbortError');
  });
});

describe('bodies', () => {
  it('drops null and undefined like cleanStringify', () => {
    expect(cleanStringify({ a: 1, b: null, c: undefined, d: { e: null, f: 'x' } })).toBe(
      '{"a":1,"d":{"f":"x"}}',
    );
  });

  it('sends Accept-Language when asked and no Content-Type on an unauthenticated GET', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${AUTH}/h`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({});
      }),
    );
    await apiRequest({ method: 'GET', path: '/h' }, { lang: 'de' });
    expect(headers?.get('accept-language')).toBe('de');
    expect(headers?.get('content-type')).toBeNull();
  });
});
