// Test-only HTTP client for the contract suite: plain `fetch` against an emulator origin (whatever
// the transport), Hawk headers from the independent `hawk` package, Bearer headers, the control
// API, and the multi-step flows (sign up, confirm, sign in) the scenarios build on.

import { hawkLib } from '../../../app/lib/crypto/hawk-lib.testutil.ts';
import { type Kind, onepwV1, tokenCreds } from './node-crypto.testutil.ts';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or {} when the body is not a JSON object. */
  body: Record<string, unknown>;
  /** The parsed JSON (arrays included), or undefined for non-JSON bodies. */
  data: unknown;
}

export interface CallOptions {
  json?: unknown;
  form?: Record<string, string>;
  body?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface HawkOptions {
  /** Sign this body but send `json` (a tampered payload). */
  signedBody?: string;
  timestampSec?: number;
  /** Sign with this key instead of the token's (a bad MAC). */
  key?: Uint8Array;
  /** Leave the payload hash out of the header. */
  noHash?: boolean;
}

export function str(reply: Reply, field: string): string {
  const value = reply.body[field];
  if (typeof value !== 'string') {
    throw new Error(`expected string ${field} in ${reply.status} ${reply.text}`);
  }
  return value;
}

export class TestClient {
  constructor(readonly origin: string) {}

  async call(method: string, path: string, o: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...o.headers };
    let body: BodyInit | undefined;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    } else if (o.form) {
      body = new URLSearchParams(o.form).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    } else if (o.body !== undefined) {
      body = typeof o.body === 'string' ? o.body : new Blob([o.body.slice()]);
      if (o.contentType) headers['content-type'] = o.contentType;
    }
    const res = await fetch(this.origin + path, { method, headers, body });
    const text = await res.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
    return {
      status: res.status,
      headers: res.headers,
      text,
      data,
      body: isRecord ? (data as Record<string, unknown>) : {},
    };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.call('GET', path, { headers });
  }

  post(path: string, json: unknown, headers: Record<string, string> = {}) {
    return this.call('POST', path, { json, headers });
  }

  hawkHeader(
    method: string,
    path: string,
    tokenHex: string,
    kind: Kind,
    payload: string | undefined,
    o: HawkOptions = {},
  ): string {
    const { id, key } = tokenCreds(tokenHex, kind);
    return hawkLib.client.header(this.origin + path, method, {
      credentials: { id, key: o.key ?? key, algorithm: 'sha256' },
      ...(payload !== undefined && !o.noHash ? { payload, contentType: 'application/json' } : {}),
      ...(o.timestampSec !== undefined ? { timestamp: o.timestampSec } : {}),
    }).header;
  }

  /** POST with a Hawk header signed the way fxa-auth-client did (payload hash of the JSON). */
  hawkPost(
    path: string,
    tokenHex: string,
    json: unknown,
    kind: Kind = 'sessionToken',
    o: HawkOptions = {},
  ) {
    const sent = JSON.stringify(json);
    const authorization = this.hawkHeader('POST', path, tokenHex, kind, o.signedBody ?? sent, o);
    return this.call('POST', path, {
      body: sent,
      contentType: 'application/json',
      headers: { authorization },
    });
  }

  hawkGet(path: string, tokenHex: string, kind: Kind = 'sessionToken', o: HawkOptions = {}) {
    return this.get(path, { authorization: this.hawkHeader('GET', path, tokenHex, kind, '', o) });
  }

  bearer(tokenHex: string, kind: Kind = 'sessionToken'): Record<string, string> {
    const prefix = { sessionToken: 'fxs', keyFetchToken: 'fxk', passwordChangeToken: 'fxpc' }[kind];
    return { authorization: `Bearer ${prefix}_${tokenCreds(tokenHex, kind).id}` };
  }

  // --- control API ---------------------------------------------------------------------------

  async reset(): Promise<void> {
    const r = await this.post('/__emulator/reset', {});
    if (r.status !== 200) throw new Error(`reset failed: ${r.status} ${r.text}`);
  }

  async lastCode(email: string): Promise<string> {
    const r = await this.get(`/__emulator/emails/${encodeURIComponent(email)}/last`);
    return str(r, 'code');
  }

  async createAccount(spec: Record<string, unknown>): Promise<Reply> {
    return this.post('/__emulator/accounts', spec);
  }

  // --- flows -----------------------------------------------------------------------------------

  /** /account/create + the emailed code: a verified account and session. */
  async signUp(email: string, password: string, keys = false) {
    const creds = onepwV1(email, password);
    const created = await this.post(`/v1/account/create${keys ? '?keys=true' : ''}`, {
      email,
      authPW: creds.authPW,
    });
    if (created.status !== 200) throw new Error(`create failed: ${created.text}`);
    const sessionToken = str(created, 'sessionToken');
    const code = await this.lastCode(email);
    const verified = await this.post(
      '/v1/session/verify_code',
      { code },
      this.bearer(sessionToken),
    );
    if (verified.status !== 200) throw new Error(`verify failed: ${verified.text}`);
    return { ...creds, created, sessionToken, uid: str(created, 'uid') };
  }

  /** /account/login + the login code: a verified session for an existing account. */
  async signIn(email: string, password: string) {
    const { authPW } = onepwV1(email, password);
    const login = await this.post('/v1/account/login', { email, authPW });
    if (login.status !== 200) throw new Error(`login failed: ${login.text}`);
    const sessionToken = str(login, 'sessionToken');
    if (login.body.verified !== true) {
      const code = await this.lastCode(email);
      const r = await this.post('/v1/session/verify_code', { code }, this.bearer(sessionToken));
      if (r.status !== 200) throw new Error(`verify failed: ${r.text}`);
    }
    return { sessionToken, uid: str(login, 'uid') };
  }

  /** /mfa/otp/request + the emailed code → /mfa/otp/verify: a step-up JWT for `action`. */
  async stepUp(sessionToken: string, email: string, action: string): Promise<string> {
    const asked = await this.post('/v1/mfa/otp/request', { action }, this.bearer(sessionToken));
    if (asked.status !== 200) throw new Error(`otp request failed: ${asked.text}`);
    const code = await this.lastCode(email);
    const r = await this.post('/v1/mfa/otp/verify', { code, action }, this.bearer(sessionToken));
    return str(r, 'accessToken');
  }
}
