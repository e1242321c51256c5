// OAuth-server routes reliers call directly (mounted at `/v1` beside the auth API):
// GET /authorization (302 to the content server), POST /token (code and refresh grants; JSON or
// form body; secret in the body or Basic header), GET /client/:id, POST /verify, POST /destroy,
// POST /oauth/destroy (RFC 7009), POST /introspect, GET /jwks. Errors use OAuth-server errnos (101…122).
// mozilla/fxa `packages/fxa-auth-server/docs/oauth/api.md`, `lib/routes/oauth/*.js`.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, oauthBody } from './context.ts';
import { AuthErrors, EmulatorError } from './errors.ts';
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

  /**
   * Revokes one token (upstream destroy.js `destroyHandler`). With client credentials (a Basic
   * header or a `client_id`) the token must be that client's: another client's is "Invalid
   * token" (108), as an unknown one. Without them (legacy callers) any token may be revoked; a
   * lone `client_secret` is accepted and ignored (fxa-oauth-server#198).
   */
  async function destroyToken(
    authorization: string | undefined,
    p: {
      client_id?: string | undefined;
      client_secret?: string | undefined;
      access_token?: string | undefined;
      refresh_token?: string | undefined;
      refresh_token_id?: string | undefined;
    },
  ): Promise<void> {
    const client =
      authorization || p.client_id !== undefined
        ? await authenticateClient(deps, authorization, {
            client_id: p.client_id,
            client_secret: p.client_secret,
          })
        : null;
    if (p.access_token !== undefined) {
      const t = state.accessTokens.get(p.access_token);
      if (!t || (client && t.clientId !== client.id)) throw OAuthErrors.invalidToken();
      state.accessTokens.delete(p.access_token);
      return;
    }
    const t =
      p.refresh_token !== undefined
        ? state.refreshTokens.get(p.refresh_token)
        : [...state.refreshTokens.values()].find((r) => r.id === p.refresh_token_id);
    if (!t || (client && t.clientId !== client.id)) throw OAuthErrors.invalidToken();
    state.destroyRefreshToken(t.id);
  }

  // POST /v1/destroy (upstream lib/routes/oauth/destroy.js, path '/destroy'): `token` is another
  // name for `access_token`; exactly one of access_token, refresh_token, refresh_token_id.
  r.post('/destroy', async (c) => {
    const p = parseFields(
      await oauthBody(c),
      {
        token: opt(v.hex(32)),
        access_token: opt(v.hex(32)),
        refresh_token: opt(v.hex(32)),
        refresh_token_id: opt(v.hex(32)),
        client_id: opt(v.hex(8)),
        // Upstream allows '' here: a legacy caller's empty secret, ignored.
        client_secret: opt(v.string({ max: 64, pattern: /^(?:[0-9a-f]{64})?$/ })),
      },
      'oauth',
    );
    const access = p.token ?? p.access_token;
    const given = [access, p.refresh_token, p.refresh_token_id].filter((x) => x !== undefined);
    if ((p.token !== undefined && p.access_token !== undefined) || given.length !== 1) {
      throw OAuthErrors.invalidRequestParameter(['token']);
    }
    await destroyToken(c.req.header('authorization'), {
      ...p,
      client_secret: p.client_secret || undefined,
      access_token: access,
    });
    return c.json({});
  });

  // POST /v1/oauth/destroy: RFC 7009 token revocation (same upstream file, path
  // '/oauth/destroy'), the discovery document's revocation_endpoint. `token` is an access or a
  // refresh token; `token_type_hint` only orders the search (RFC 7009 §2.1). A token that is
  // unknown, or not the calling client's, is left alone and the answer is still 200 `{}`
  // (§2.2); an unknown client is the auth server's 162.
  r.post('/oauth/destroy', async (c) => {
    const p = parseFields(
      await oauthBody(c),
      {
        client_id: opt(v.hex(8)),
        client_secret: opt(v.hex(32)),
        token: v.hex(32),
        token_type_hint: opt(v.string({ max: 64 })),
      },
      'oauth',
    );
    const order =
      p.token_type_hint === 'refresh_token'
        ? (['refresh_token', 'access_token'] as const)
        : (['access_token', 'refresh_token'] as const);
    for (const type of order) {
      try {
        await destroyToken(c.req.header('authorization'), {
          client_id: p.client_id,
          client_secret: p.client_secret,
          [type]: p.token,
        });
        return c.json({});
      } catch (error) {
        const errno = error instanceof EmulatorError ? error.body.errno : undefined;
        if (errno === 101) throw AuthErrors.unknownClientId(p.client_id);
        if (errno !== 108) throw error;
      }
    }
    return c.json({});
  });

  r.get('/jwks', async (c) => c.json(await deps.oidc.jwks()));

  return r;
}
