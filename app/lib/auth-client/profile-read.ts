// Profile server reads (GET /v1/profile) and the OAuth access token every profile request needs
// (POST /oauth/token, fxa-credentials, the content server's own client id). Apart from the writes
// in profile.ts (which re-exports this module) so that a page that only shows the profile does not
// carry the uploads and edits. The token is cached in memory only — never persisted — per
// session, until shortly before it expires; concurrent callers share one token request. A 401
// from the profile server drops the token and retries once.
// https://github.com/mozilla/fxa/tree/main/packages/fxa-profile-server/lib/routes ·
// /work/shared/reference/fxa-upstream.md §5 ("settings load")

import { getConfig } from '../../config.ts';
import type { Bytes } from '../crypto/bytes.ts';
import { isAuthServerError } from './errors.ts';
import { apiRequest, type CallOptions } from './http.ts';
import { createOAuthToken } from './oauth.ts';

/** Read the profile and write display name + avatar (write implies read upstream; both asked). */
export const PROFILE_SCOPE = 'profile profile:write';
// Refresh this long before the server's expiry so a token never dies mid-request.
const EXPIRY_MARGIN_MS = 60_000;

interface CachedToken {
  accessToken: Promise<string>;
  expiresAt: number;
}

const tokenCache = new Map<string, CachedToken>();

/** Forget every cached access token (call on sign-out or session change). */
export function clearProfileTokenCache(): void {
  tokenCache.clear();
}

export function getProfileAccessToken(sessionToken: string, call?: CallOptions): Promise<string> {
  const cached = tokenCache.get(sessionToken);
  if (cached && cached.expiresAt > Date.now()) return cached.accessToken;
  const entry: CachedToken = {
    // Until the answer arrives, share the pending request.
    expiresAt: Number.POSITIVE_INFINITY,
    accessToken: createOAuthToken(
      sessionToken,
      { clientId: call?.oauthClientId ?? getConfig().oauthClientId, scope: PROFILE_SCOPE },
      call,
    ).then(
      (res) => {
        entry.expiresAt = Date.now() + res.expires_in * 1000 - EXPIRY_MARGIN_MS;
        return res.access_token;
      },
      (err: unknown) => {
        if (tokenCache.get(sessionToken) === entry) tokenCache.delete(sessionToken);
        throw err;
      },
    ),
  };
  tokenCache.set(sessionToken, entry);
  return entry.accessToken;
}

export async function profileRequest<T>(
  sessionToken: string,
  req: {
    method: 'GET' | 'POST' | 'DELETE';
    path: string;
    body?: object;
    rawBody?: { data: Blob | ArrayBuffer | Bytes; contentType: string };
  },
  call: CallOptions | undefined,
): Promise<T> {
  const run = async (accessToken: string) =>
    apiRequest<T>({ ...req, server: 'profile', auth: { accessToken } }, call);
  // Token errors (e.g. errno 110 from /oauth/token) propagate as they are; only a 401 from the
  // profile server itself means the access token expired or was revoked: get a new one, once.
  const accessToken = await getProfileAccessToken(sessionToken, call);
  try {
    return await run(accessToken);
  } catch (err) {
    if (!isAuthServerError(err) || err.code !== 401) throw err;
    // Evict only the token that failed; a concurrent caller may already have a fresh one.
    const cached = tokenCache.get(sessionToken);
    if (cached && (await cached.accessToken.catch(() => undefined)) === accessToken) {
      tokenCache.delete(sessionToken);
    }
    return run(await getProfileAccessToken(sessionToken, call));
  }
}

export interface Profile {
  uid?: string;
  email?: string;
  displayName?: string | null;
  avatar?: string;
  avatarDefault?: boolean;
  locale?: string;
  amrValues?: string[];
  twoFactorAuthentication?: boolean;
  [key: string]: unknown;
}

/** GET /v1/profile */
export function getProfile(sessionToken: string, call?: CallOptions): Promise<Profile> {
  return profileRequest<Profile>(sessionToken, { method: 'GET', path: '/profile' }, call);
}
