// Whose request is this? Lets an injected fault (faults.ts) hit one account's requests only, so
// tests that run in parallel against one emulator cannot trip over each other's faults. A request
// belongs to an account through the token that authenticates it (Hawk id or `Bearer fx…_<id>`:
// session, key-fetch or password-change token; `Bearer <hex>`: an OAuth access token) or, for
// the unauthenticated routes (account/status, login, create, password/change/start), through the
// `email` of its JSON body.

import { type Ctx, rawBody } from './context.ts';
import { hawkHeaderId, parseBearerHeader } from './server-crypto.ts';
import type { EmulatorState } from './state.ts';

export type RequestOwner = { uid?: string; email?: string };

function tokenOwner(state: EmulatorState, id: string): string | undefined {
  return (
    state.sessions.get(id)?.uid ??
    state.keyFetchTokens.get(id)?.uid ??
    state.passwordChangeTokens.get(id)?.uid
  );
}

function bodyEmail(text: string): string | undefined {
  if (!text.trim().startsWith('{')) return undefined;
  try {
    const email = (JSON.parse(text) as { email?: unknown }).email;
    return typeof email === 'string' ? email.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The account a request is made for, as far as the request itself tells. */
export async function requestOwner(c: Ctx, state: EmulatorState): Promise<RequestOwner> {
  const authorization = c.req.header('authorization');
  if (authorization) {
    const hawkId = hawkHeaderId(authorization);
    if (hawkId) return { uid: tokenOwner(state, hawkId) };
    const bearer = parseBearerHeader(authorization);
    if (bearer) return { uid: tokenOwner(state, bearer.id) };
    const access = /^Bearer ([0-9a-f]{64})$/.exec(authorization);
    if (access) return { uid: state.accessTokens.get(access[1] as string)?.uid };
    return {};
  }
  // Cached on the context: the route reads the same bytes afterwards (Hawk hashes them).
  return { email: bodyEmail(await rawBody(c)) };
}

/** Whether `owner` is the account named by `email` (any of its addresses, any case). */
export function ownedBy(state: EmulatorState, owner: RequestOwner, email: string): boolean {
  const normalized = email.toLowerCase();
  if (owner.email !== undefined && owner.email === normalized) return true;
  if (owner.uid === undefined) return false;
  return state.findByEmail(normalized)?.account.uid === owner.uid;
}
