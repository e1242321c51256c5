// What every route module receives (state, options, OIDC signer), the Hono context variables the
// token middleware fills in, and body readers. The raw body is read once and cached because the
// Hawk payload hash must be computed over the exact bytes before JSON parsing.

import type { Context } from 'hono';
import { AuthErrors } from './errors.ts';
import { OAuthErrors } from './oauth-errors.ts';
import type { Oidc } from './oidc.ts';
import type { ResolvedOptions } from './options.ts';
import type {
  AccessTokenRecord,
  AccountResetTokenRecord,
  EmulatorState,
  KeyFetchTokenRecord,
  PasswordChangeTokenRecord,
  PasswordForgotTokenRecord,
  SessionRecord,
} from './state.ts';

export interface Deps {
  state: EmulatorState;
  options: ResolvedOptions;
  oidc: Oidc;
}

export interface EmulatorVars {
  session: SessionRecord | undefined;
  keyFetchToken: KeyFetchTokenRecord | undefined;
  passwordChangeToken: PasswordChangeTokenRecord | undefined;
  passwordForgotToken: PasswordForgotTokenRecord | undefined;
  accountResetToken: AccountResetTokenRecord | undefined;
  /** An OAuth access token presented as `Bearer <64 hex>` (profile routes). */
  accessToken: AccessTokenRecord | undefined;
  rawBody: string | undefined;
}

export type EmulatorEnv = { Variables: EmulatorVars };
export type Ctx = Context<EmulatorEnv>;

export async function rawBody(c: Ctx): Promise<string> {
  const cached = c.get('rawBody');
  if (cached !== undefined) return cached;
  // GET/HEAD bodies are never read (and some Request implementations choke on reading them).
  const text = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text();
  c.set('rawBody', text);
  return text;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Auth-server JSON body: empty means `{}`, anything unparsable is errno 106. */
export async function jsonBody(c: Ctx): Promise<Record<string, unknown>> {
  const text = await rawBody(c);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw AuthErrors.invalidJson();
  }
  if (!isRecord(parsed)) throw AuthErrors.invalidJson();
  return parsed;
}

/**
 * OAuth-server body: JSON or `application/x-www-form-urlencoded` (openid-client posts forms), else
 * errno 113 / 415, as `lib/routes/oauth/index.js` configures every non-GET OAuth route.
 */
export async function oauthBody(c: Ctx): Promise<Record<string, unknown>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const text = await rawBody(c);
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (type !== 'application/json') throw OAuthErrors.invalidContentType();
  try {
    const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
    if (isRecord(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw OAuthErrors.invalidRequestParameter(['payload']);
}

/** The emulator's own origin for URLs it hands out (avatar links, discovery documents). */
export function publicOrigin(c: Ctx, deps: Deps): string {
  return deps.options.publicOrigin ?? new URL(c.req.url).origin;
}

export function requireSession(c: Ctx): SessionRecord {
  const session = c.get('session');
  if (!session) throw AuthErrors.invalidToken();
  return session;
}
