// Profile server (mounted at `/profile`): /v1/profile (also the OIDC userinfo endpoint),
// /v1/display_name, /v1/avatar, /v1/avatar/upload, DELETE /v1/avatar[/:id], and the avatar images
// at /a/:id. OAuth access tokens as `Authorization: Bearer <64 hex>`, fields gated by scope as
// mozilla/fxa `packages/fxa-profile-server/lib/routes/profile.js` does; errors per its lib/error.js.

import { Hono } from 'hono';
import { type Ctx, type Deps, type EmulatorEnv, jsonBody, publicOrigin } from './context.ts';
import { ProfileErrors } from './errors.ts';
import { hasScope } from './scopes.ts';
import { randomHex } from './server-crypto.ts';
import type { AccessTokenRecord, Account } from './state.ts';
import { parseFields, v } from './validate.ts';

const DEFAULT_AVATAR_ID = '0'.repeat(32);
const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX_AVATAR_BYTES = 1024 * 1024;

const DEFAULT_AVATAR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#9059ff"/>' +
  '<circle cx="50" cy="38" r="18" fill="#fff"/><path d="M18 92c4-20 18-30 32-30s28 10 32 30z" fill="#fff"/></svg>';

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

export function profileRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  function authorize(c: Ctx, anyOf: string[]): { token: AccessTokenRecord; account: Account } {
    const m = /^Bearer ([0-9a-f]{64})$/.exec(c.req.header('authorization') ?? '');
    if (!m) throw ProfileErrors.unauthorized('Bearer token not provided');
    const token = state.accessTokens.get(m[1] as string);
    if (!token) throw ProfileErrors.unauthorized('Token not found');
    if (token.expiresAt < state.now()) throw ProfileErrors.unauthorized('Token expired');
    const account = state.accounts.get(token.uid);
    if (!account) throw ProfileErrors.unauthorized('Account not found');
    if (!anyOf.some((s) => hasScope(token.scope, s))) throw ProfileErrors.forbidden();
    return { token, account };
  }

  const avatarUrl = (c: Ctx, id: string) => `${publicOrigin(c, deps)}/profile/a/${id}`;

  r.get('/v1/profile', (c) => {
    const { token, account } = authorize(c, [
      'profile:uid',
      'profile:email',
      'profile:display_name',
      'profile:avatar',
      'profile:locale',
      'profile:amr',
      'openid',
    ]);
    const may = (s: string) => hasScope(token.scope, s);
    const out: Record<string, unknown> = {};
    // profile.js: `sub` (OIDC userinfo) only for tokens carrying `openid`.
    if (token.scope.includes('openid')) out.sub = account.uid;
    if (may('profile:uid')) out.uid = account.uid;
    if (may('profile:email')) out.email = state.primaryEmail(account).email;
    if (may('profile:locale')) out.locale = account.locale;
    if (may('profile:amr')) {
      out.amrValues = ['pwd', 'email'];
      out.twoFactorAuthentication = false;
    }
    if (may('profile:display_name')) out.displayName = account.displayName;
    if (may('profile:avatar')) {
      out.avatar = avatarUrl(c, account.avatar?.id ?? DEFAULT_AVATAR_ID);
      out.avatarDefault = !account.avatar;
    }
    return c.json(out);
  });

  r.get('/v1/display_name', (c) => {
    const { account } = authorize(c, ['profile:display_name']);
    if (account.displayName === null) return c.body(null, 204);
    return c.json({ displayName: account.displayName });
  });

  r.post('/v1/display_name', async (c) => {
    const { account } = authorize(c, ['profile:display_name:write']);
    const { displayName } = parseFields(
      await jsonBody(c),
      { displayName: v.string({ max: 256 }) },
      'profile',
    );
    // display_name/post.js: no control characters.
    if ([...displayName].some((ch) => isControl(ch.codePointAt(0) ?? 0))) {
      throw ProfileErrors.invalidParameter(['displayName']);
    }
    account.displayName = displayName === '' ? null : displayName;
    account.profileChangedAt = state.now();
    return c.json({});
  });

  r.get('/v1/avatar', (c) => {
    const { account } = authorize(c, ['profile:avatar']);
    const id = account.avatar?.id ?? DEFAULT_AVATAR_ID;
    return c.json({ id, avatar: avatarUrl(c, id), avatarDefault: !account.avatar });
  });

  r.post('/v1/avatar/upload', async (c) => {
    const { account } = authorize(c, ['profile:avatar:write']);
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!AVATAR_TYPES.includes(type)) throw ProfileErrors.unsupportedMediaType();
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > MAX_AVATAR_BYTES) throw ProfileErrors.payloadTooLarge();
    if (bytes.length === 0) throw ProfileErrors.invalidParameter(['payload']);
    const id = randomHex(16);
    if (account.avatar) state.avatars.delete(account.avatar.id);
    state.avatars.set(id, { id, uid: account.uid, contentType: type, bytes });
    account.avatar = { id, url: avatarUrl(c, id) };
    account.profileChangedAt = state.now();
    return c.json({ url: account.avatar.url, id }, 201);
  });

  const deleteAvatar = (c: Ctx) => {
    const { account } = authorize(c, ['profile:avatar:write']);
    const id = c.req.param('id');
    if (id !== undefined && account.avatar?.id !== id) throw ProfileErrors.notFound();
    if (account.avatar) state.avatars.delete(account.avatar.id);
    account.avatar = null;
    account.profileChangedAt = state.now();
    return c.json({});
  };
  r.delete('/v1/avatar', deleteAvatar);
  r.delete('/v1/avatar/:id', deleteAvatar);

  // The images themselves (profile-images origin upstream); public like any image URL.
  r.get('/a/:id', (c) => {
    const id = c.req.param('id');
    if (id === DEFAULT_AVATAR_ID) {
      return c.body(DEFAULT_AVATAR_SVG, 200, { 'content-type': 'image/svg+xml' });
    }
    const image = state.avatars.get(id);
    if (!image) throw ProfileErrors.notFound();
    return c.body(image.bytes.slice().buffer, 200, { 'content-type': image.contentType });
  });

  return r;
}
