// The auth server's session-authenticated OAuth routes: GET /oauth/client/:id,
// POST /oauth/authorization (the content server mints a code for a relier), POST /oauth/token
// (fxa-credentials for Firefox and the content server itself; code/refresh grants too),
// POST /oauth/id-token-verify (prompt=none's id_token_hint) and POST /account/scoped-key-data. Errors use auth-server errnos (162…175).
// mozilla/fxa `lib/routes/oauth/{authorization,token,key_data}.js`, `lib/oauth/grant.js`.

import { Hono } from 'hono';
import { sessionAal } from '../aal.ts';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors, EmulatorError } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import {
  authenticateClient,
  checkRequestedScopes,
  clientInfo,
  codeGrant,
  credentialsGrant,
  type Grant,
  getClient,
  issueTokens,
  refreshGrant,
} from '../oauth-core.ts';
import { toAuthError } from '../oauth-errors.ts';
import { KEY_BEARING_SCOPES, parseScope } from '../scopes.ts';
import { randomHex } from '../server-crypto.ts';
import type { Account } from '../state.ts';
import { parseFields, v } from '../validate.ts';

const opt = v.optional;

/** Runs OAuth-core code and re-numbers its errors for an auth-server route. */
async function asAuth<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw e instanceof EmulatorError ? toAuthError(e) : e;
  }
}

function withQuery(uri: string, params: Record<string, string>): string {
  const u = new URL(uri);
  for (const [k, val] of Object.entries(params)) u.searchParams.set(k, val);
  return u.toString();
}

export function oauthAuthRoutes(deps: Deps) {
  const { state, options } = deps;
  const r = new Hono<EmulatorEnv>();

  r.get('/oauth/client/:id', (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{16}$/.test(id)) throw AuthErrors.invalidParameter(['client_id']);
    const client = state.clients.get(id);
    if (!client) throw AuthErrors.unknownClientId(id);
    return c.json(clientInfo(client));
  });

  // lib/routes/oauth/id_token_verify.js: unauthenticated; the claims of a valid token, else 400.
  r.post('/oauth/id-token-verify', async (c) => {
    const p = parseFields(
      await jsonBody(c),
      {
        client_id: v.hex(8),
        id_token: v.string({ min: 1, max: 4096 }),
        expiry_grace_period: opt(v.integer({ min: 0 })),
      },
      'auth',
    );
    try {
      const claims = await deps.oidc.verifyIdToken(p.id_token, {
        issuer: options.contentOrigin,
        clientId: p.client_id,
        nowSec: state.nowSec(),
        graceSec: p.expiry_grace_period ?? 0,
      });
      return c.json(claims);
    } catch {
      throw AuthErrors.invalidParameter(['id_token']);
    }
  });

  r.post('/oauth/authorization', tokenAuth(deps, 'sessionToken'), async (c) => {
    const session = requireSession(c);
    const p = parseFields(
      await jsonBody(c),
      {
        client_id: v.hex(8),
        state: v.string({ min: 1, max: 512 }),
        response_type: opt(v.oneOf('code', 'token')),
        redirect_uri: opt(v.url()),
        scope: opt(v.scope()),
        access_type: opt(v.oneOf('online', 'offline')),
        code_challenge_method: opt(v.oneOf('S256')),
        code_challenge: opt(v.base64url({ min: 43, max: 43 })),
        keys_jwe: opt(v.string({ max: 1024, pattern: /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/ })),
        acr_values: opt(v.string({ max: 256 })),
        prompt: opt(v.oneOf('none', 'login', 'consent')),
        max_age: opt(v.integer({ min: 0 })),
        service: opt(v.string({ max: 64 })),
        metricsContext: opt(v.object()),
      },
      'auth',
    );
    // Joi `.and('code_challenge', 'code_challenge_method')`.
    if ((p.code_challenge === undefined) !== (p.code_challenge_method === undefined)) {
      throw AuthErrors.invalidParameter(['code_challenge', 'code_challenge_method']);
    }
    const client = state.clients.get(p.client_id);
    if (!client) throw AuthErrors.unknownClientId(p.client_id);
    // Implicit grants need `canGrant`; no FxA web flow uses them, so only `code` is minted.
    if ((p.response_type ?? 'code') !== 'code') throw AuthErrors.invalidResponseType();
    const redirectUri = p.redirect_uri ?? client.redirectUris[0];
    if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
      throw AuthErrors.incorrectRedirectURI(p.redirect_uri);
    }
    const scope = parseScope(p.scope);
    await asAuth(() => checkRequestedScopes(client, scope));
    if (client.publicClient && !p.code_challenge) throw AuthErrors.missingPkceParameters();
    if (!client.publicClient && p.code_challenge) throw AuthErrors.notPublicClient();
    const account = state.accounts.get(session.uid) as Account;
    if (!state.emailVerified(account)) throw AuthErrors.unverifiedAccount();
    if (!session.verified) throw AuthErrors.unverifiedSession();
    // grant.js evaluateStepUp: a relier asking for AAL2 needs a session that passed the second step.
    if (p.acr_values?.split(/\s+/).includes('AAL2') && sessionAal(session) < 2) {
      throw AuthErrors.insufficientAcrValues(String(sessionAal(session)));
    }
    if (p.max_age !== undefined && state.nowSec() - session.authAt > p.max_age) {
      throw AuthErrors.staleAuthAt(session.authAt);
    }
    const code = randomHex(32);
    state.codes.set(code, {
      code,
      clientId: client.id,
      uid: session.uid,
      sessionId: session.id,
      scope,
      redirectUri,
      codeChallenge: p.code_challenge ?? null,
      offline: p.access_type === 'offline',
      authAt: session.authAt,
      keysJwe: p.keys_jwe ?? null,
      aal: sessionAal(session),
      createdAt: state.now(),
      expiresAt: state.now() + options.authorizationCodeTtlMs,
    });
    return c.json({
      code,
      state: p.state,
      redirect: withQuery(redirectUri, { code, state: p.state }),
      scope: scope.join(' '),
    });
  });

  r.post('/oauth/token', tokenAuth(deps, 'sessionToken', { optional: true }), async (c) => {
    const body = await jsonBody(c);
    const grantType =
      body.grant_type ?? (body.code !== undefined ? 'authorization_code' : 'fxa-credentials');
    const common = {
      grant_type: opt(v.string()),
      client_id: v.hex(8),
      ttl: opt(v.integer({ min: 1 })),
      // fxa-auth-client createOAuthToken sends it (keep the token out of daily-active-user counts).
      exclude_dau: opt(v.boolean()),
    };
    let grant: Grant;
    if (grantType === 'fxa-credentials') {
      const p = parseFields(
        body,
        {
          ...common,
          scope: opt(v.scope()),
          access_type: opt(v.oneOf('online', 'offline')),
          resource: opt(v.url()),
        },
        'auth',
      );
      const session = c.get('session');
      if (!session) throw AuthErrors.invalidToken();
      grant = await asAuth(() => credentialsGrant(deps, getClient(state, p.client_id), session, p));
      return c.json(await issueTokens(deps, grant, p.ttl));
    }
    if (grantType === 'authorization_code') {
      const p = parseFields(
        body,
        {
          ...common,
          client_secret: opt(v.hex(32)),
          code: v.hex(32),
          code_verifier: opt(v.string({ min: 43, max: 128 })),
          redirect_uri: opt(v.url()),
          ppid_seed: opt(v.integer({ min: 0, max: 1024 })),
          resource: opt(v.url()),
        },
        'auth',
      );
      // Joi `.xor('client_secret', 'code_verifier')`.
      if ((p.client_secret === undefined) === (p.code_verifier === undefined)) {
        throw AuthErrors.invalidParameter(['client_secret', 'code_verifier']);
      }
      grant = await asAuth(async () =>
        codeGrant(deps, await authenticateClient(deps, undefined, p), p),
      );
      return c.json(await issueTokens(deps, grant, p.ttl));
    }
    if (grantType === 'refresh_token') {
      const p = parseFields(
        body,
        {
          ...common,
          client_secret: opt(v.hex(32)),
          refresh_token: v.hex(32),
          scope: opt(v.scope()),
          ppid_seed: opt(v.integer({ min: 0, max: 1024 })),
          resource: opt(v.url()),
        },
        'auth',
      );
      grant = await asAuth(async () =>
        refreshGrant(deps, await authenticateClient(deps, undefined, p), p),
      );
      return c.json(await issueTokens(deps, grant, p.ttl));
    }
    throw AuthErrors.invalidParameter(['grant_type']);
  });

  r.post(
    '/account/scoped-key-data',
    tokenAuth(deps, 'sessionToken', { verified: true }),
    async (c) => {
      const p = parseFields(await jsonBody(c), { client_id: v.hex(8), scope: v.scope() }, 'auth');
      const session = requireSession(c);
      const client = await asAuth(() => getClient(state, p.client_id));
      const scope = parseScope(p.scope);
      await asAuth(() => checkRequestedScopes(client, scope));
      const account = state.accounts.get(session.uid) as Account;
      const out: Record<string, unknown> = {};
      for (const s of scope) {
        if (!KEY_BEARING_SCOPES.has(s)) continue;
        out[s] = {
          identifier: s,
          keyRotationSecret: '0'.repeat(64),
          keyRotationTimestamp: account.keysChangedAt,
        };
      }
      return c.json(out);
    },
  );

  return r;
}
