// OAuth-server routes reliers call directly (mounted at `/v1` beside the auth API):
// GET /authorization (302 to the content server), POST /token (code and refresh grants; JSON or
// form body; secret in the body or Basic header), GET /client/:id, POST /verify, POST /destroy,
// POST /introspect, GET /jwks. Errors use OAuth-server errnos (101…122).
// mozilla/fxa `packages/fxa-auth-server/docs/oauth/api.md`, `lib/routes/oauth/*.js`.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, oauthBody } from './context.ts';
import {
  authenticateClient,
  clientInfo,
  codeGrant,
  type Grant,
  getClient,
  issueTokens,
  refreshGrant,
  type TokenParams,
} from './oauth-core.ts';
import { OAuthErrors } from './oauth-errors.ts';
import type { AccessTokenRecord } from './state.ts';
import { parseFields, v } from './validate.ts';

const opt = v.optional;

export function oauthServerRoutes(deps: Deps) {
  const { state, options } = deps;
  const r = new Hono<EmulatorEnv>();

  r.get('/authorization', (c) => {
    const url = new URL(c.req.url);
    // bz1456351: key-requesting reliers must start at the content server, never here.
    if (url.searchParams.has('keys_jwk')) throw OAuthErrors.invalidRequestParameter(['keys_jwk']);
    return c.redirect(`${options.contentOrigin}/authorization${url.search}`, 302);
  });

  r.get('/client/:id', (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{16}$/.test(id)) throw OAuthErrors.invalidRequestParameter(['client_id']);
    return c.json(clientInfo(getClient(state, id)));
  });

  r.post('/token', async (c) => {
    const raw = await oauthBody(c);
    // `ttl` arrives as a string in form bodies.
    if (typeof raw.ttl === 'string' && /^\d+$/.test(raw.ttl)) raw.ttl = Number(raw.ttl);
    const p: TokenParams = parseFields(
      raw,
      {
        client_id: opt(v.hex(8)),
        client_secret: opt(v.string({ max: 64 })),
        grant_type: opt(v.oneOf('authorization_code', 'refresh_token')),
        code: opt(v.hex(32)),
        code_verifier: opt(v.string({ max: 128 })),
        redirect_uri: opt(v.url()),
        refresh_token: opt(v.hex(32)),
        scope: opt(v.scope()),
        ttl: opt(v.integer({ min: 1 })),
      },
      'oauth',
      { stripUnknown: true },
    );
    const grantType = p.grant_type ?? 'authorization_code';
    // token.js PAYLOAD_SCHEMA: a secret and a PKCE verifier never come together.
    if (p.client_secret !== undefined && p.code_verifier !== undefined) {
      throw OAuthErrors.invalidRequestParameter(['client_secret']);
    }
    if (grantType === 'authorization_code' && p.code === undefined) {
      throw OAuthErrors.invalidRequestParameter(['code']);
    }
    if (grantType === 'refresh_token' && p.refresh_token === undefined) {
      throw OAuthErrors.invalidRequestParameter(['refresh_token']);
    }
    const client = await authenticateClient(deps, c.req.header('authorization'), p);
    const grant: Grant =
      grantType === 'authorization_code'
        ? await codeGrant(deps, client, p)
        : refreshGrant(deps, client, p);
    return c.json(await issueTokens(deps, grant, p.ttl));
  });

  const liveToken = (token: unknown): AccessTokenRecord => {
    const record = typeof token === 'string' ? state.accessTokens.get(token) : undefined;
    if (!record) throw OAuthErrors.invalidToken();
    if (record.expiresAt < state.now()) throw OAuthErrors.expiredToken(record.expiresAt);
    return record;
  };

  r.post('/verify', async (c) => {
    const p = parseFields(await oauthBody(c), { token: v.hex(32) }, 'oauth', {
      stripUnknown: true,
    });
    const t = liveToken(p.token);
    const account = state.accounts.get(t.uid);
    return c.json({
      user: t.uid,
      client_id: t.clientId,
      scope: t.scope,
      generation: 0,
      profile_changed_at: account?.profileChangedAt ?? 0,
    });
  });

  r.post('/introspect', async (c) => {
    const p = parseFields(
      await oauthBody(c),
      { token: v.hex(32), token_type_hint: opt(v.oneOf('access_token', 'refresh_token')) },
      'oauth',
    );
    const access = state.accessTokens.get(p.token);
    const refresh = state.refreshTokens.get(p.token);
    const t = access && access.expiresAt >= state.now() ? access : refresh;
    if (!t) return c.json({ active: false });
    return c.json({
      active: true,
      scope: t.scope.join(' '),
      client_id: t.clientId,
      token_type: t === refresh ? 'refresh_token' : 'access_token',
      iat: Math.floor(t.createdAt / 1000),
      sub: t.uid,
      ...(access && t === access ? { exp: Math.floor(access.expiresAt / 1000) } : {}),
    });
  });

  r.post('/destroy', async (c) => {
    const p = parseFields(
      await oauthBody(c),
      {
        token: opt(v.hex(32)),
        access_token: opt(v.hex(32)),
        refresh_token: opt(v.hex(32)),
        refresh_token_id: opt(v.hex(32)),
        client_id: opt(v.hex(8)),
        client_secret: opt(v.hex(32)),
      },
      'oauth',
    );
    const access = p.token ?? p.access_token;
    if (access !== undefined) {
      if (!state.accessTokens.delete(access)) throw OAuthErrors.invalidToken();
    } else if (p.refresh_token !== undefined) {
      const rt = state.refreshTokens.get(p.refresh_token);
      if (!rt) throw OAuthErrors.invalidToken();
      state.destroyRefreshToken(rt.id);
    } else if (p.refresh_token_id !== undefined) {
      if (![...state.refreshTokens.values()].some((t) => t.id === p.refresh_token_id)) {
        throw OAuthErrors.invalidToken();
      }
      state.destroyRefreshToken(p.refresh_token_id);
    } else {
      throw OAuthErrors.invalidRequestParameter(['token']);
    }
    return c.json({});
  });

  r.get('/jwks', async (c) => c.json(await deps.oidc.jwks()));

  return r;
}
