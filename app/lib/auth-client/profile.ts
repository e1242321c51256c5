// Profile server (display name, avatar) with an OAuth access token obtained from the session via
// POST /oauth/token (fxa-credentials, the content server's own client id): the writes here, the
// reads and the token cache in profile-read.ts (re-exported, so this stays the one front door).
// https://github.com/mozilla/fxa/tree/main/packages/fxa-profile-server/lib/routes ·
// /work/shared/reference/fxa-upstream.md §5 ("settings load")

import type { Bytes } from '../crypto/bytes.ts';
import { type CallOptions, type JsonObject, unexpectedResponse } from './http.ts';
import { profileRequest } from './profile-read.ts';

export * from './profile-read.ts';

/** POST /v1/display_name */
export async function setDisplayName(
  sessionToken: string,
  displayName: string,
  call?: CallOptions,
): Promise<void> {
  await profileRequest<JsonObject>(
    sessionToken,
    { method: 'POST', path: '/display_name', body: { displayName } },
    call,
  );
}

export interface Avatar {
  /** Upstream returns it (32 hex); treat as optional, DELETE /avatar works without it. */
  id?: string;
  url: string;
  avatarDefault?: boolean;
}

/** GET /v1/avatar */
export function getAvatar(sessionToken: string, call?: CallOptions): Promise<Avatar> {
  return profileRequest<Avatar>(sessionToken, { method: 'GET', path: '/avatar' }, call);
}

/** POST /v1/avatar/upload with the image bytes and their type (image/png, image/jpeg, …). */
export async function uploadAvatar(
  sessionToken: string,
  image: Blob | ArrayBuffer | Bytes,
  contentType: string,
  call?: CallOptions,
): Promise<Avatar> {
  const res = await profileRequest<JsonObject>(
    sessionToken,
    { method: 'POST', path: '/avatar/upload', rawBody: { data: image, contentType } },
    call,
  );
  if (typeof res.url !== 'string') throw unexpectedResponse('Malformed avatar');
  return res as unknown as Avatar;
}

/** DELETE /v1/avatar[/:id] — back to the default avatar (the id pins which one, as upstream). */
export async function deleteAvatar(
  sessionToken: string,
  avatarId?: string,
  call?: CallOptions,
): Promise<void> {
  const path = avatarId ? `/avatar/${encodeURIComponent(avatarId)}` : '/avatar';
  await profileRequest<JsonObject>(sessionToken, { method: 'DELETE', path }, call);
}
