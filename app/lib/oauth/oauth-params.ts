import { isValidEmail } from '../email';
import { OAUTH_ERRORS, type OAuthFailure } from './oauth-errors';

// Parameters of /authorization and /oauth/* (reference §4.1; security reference §B, §C).
// Everything is checked before any request leaves the page: a parameter is either valid or
// the flow stops. Limits follow the auth server (authorization.js, validators.js).

export type OAuthAction = 'signin' | 'signup' | 'email' | 'force_auth' | 'pairing';
export type OAuthPrompt = 'none' | 'consent' | 'login';

export type OAuthParams = {
  clientId: string;
  /** As given; only trusted once it equals a registered redirect (authorization-request.ts, resolveRedirectUri). */
  redirectUri?: string;
  state: string;
  scopes: string[];
  accessType: 'online' | 'offline';
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
  prompt?: OAuthPrompt;
  loginHint?: string;
  maxAge?: number;
  action?: OAuthAction;
  keysJwk?: string;
  acrValues?: string;
  idTokenHint?: string;
  returnOnError: boolean;
  /** `oauth_webchannel_v1` for Firefox's own flows (the code goes over the WebChannel). */
  context?: string;
  /** Only for Firefox's own flows (sync, relay, …). */
  service?: string;
};

/** The context of Firefox's own OAuth flows (OAuthNative upstream, reference §2.1). */
export const NATIVE_CONTEXT = 'oauth_webchannel_v1';

const CLIENT_ID = /^[0-9a-f]{16}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]+$/; // RFC 6749 §3.3 scope-token
/** Markup characters: a login_hint that has them is not prefilled (lib/email.ts checks the rest). */
const MARKUP = /[<>"']/;
const SERVICE = /^[a-z0-9_-]{1,64}$/;
const MAX_STATE = 512;
const MAX_REDIRECT_URI = 256;
const MAX_SCOPE = 1024;
const ACTIONS: readonly OAuthAction[] = ['signin', 'signup', 'email', 'force_auth', 'pairing'];
const PROMPTS: readonly OAuthPrompt[] = ['none', 'consent', 'login'];

/** Where a `redirect` failure goes back to, once the client confirms the redirect (page side). */
export type ReturnTo = { clientId: string; redirectUri?: string; state: string };

export type ParseResult =
  | { ok: true; params: OAuthParams }
  /** `returnTo` is set for a `redirect` failure the relier wants back (return_on_error ≠ false). */
  | { ok: false; failure: OAuthFailure; returnTo?: ReturnTo };

/**
 * Firefox's own clients register these instead of a web address (the WebChannel delivers the
 * code); they are only ever compared with the registered list, never navigated to.
 */
export const WEBCHANNEL_REDIRECTS: readonly string[] = [
  'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
  'urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel',
];

/** Scopes are separated by spaces or `+` (upstream splits on both). */
export const splitScopes = (scope: string) => [...new Set(scope.split(/[\s+]+/).filter(Boolean))];

export function parseOAuthParams(query: URLSearchParams): ParseResult {
  const get = (name: string) => {
    const values = query.getAll(name);
    // A repeated parameter is ambiguous (RFC 6749 §3.1): refuse rather than guess.
    return values.length > 1 ? null : (values[0] ?? undefined);
  };
  const fail = (failure: OAuthFailure): ParseResult => ({ ok: false, failure });

  // 1. What identifies the client and its redirect: failures render the Bad Request page.
  const clientId = get('client_id');
  if (clientId === undefined) return fail(OAUTH_ERRORS.unknownClient());
  if (clientId === null || !CLIENT_ID.test(clientId)) return fail(OAUTH_ERRORS.unknownClient());
  const redirectUri = get('redirect_uri');
  if (
    redirectUri === null ||
    (redirectUri !== undefined &&
      !isAbsoluteHttpUrl(redirectUri) &&
      !WEBCHANNEL_REDIRECTS.includes(redirectUri))
  ) {
    return fail(OAUTH_ERRORS.incorrectRedirect());
  }
  const state = get('state');
  if (state === undefined || state === '') return fail(OAUTH_ERRORS.missingParameter('state'));
  if (state === null || state.length > MAX_STATE)
    return fail(OAUTH_ERRORS.invalidParameter('state'));
  // OAuth reliers may not name a service (B16); Firefox's own flows do (sync, relay, …).
  const native = get('context') === NATIVE_CONTEXT;
  const service = get('service');
  if (service !== undefined && (!native || service === null || !SERVICE.test(service))) {
    return fail(OAUTH_ERRORS.invalidParameter('service'));
  }
  const scope = get('scope');
  if (!scope) return fail(OAUTH_ERRORS.missingParameter('scope'));
  const scopes = splitScopes(scope);
  if (scope.length > MAX_SCOPE || scopes.length === 0 || !scopes.every((s) => SCOPE.test(s))) {
    return fail(OAUTH_ERRORS.invalidParameter('scope'));
  }

  // 2. The rest: once the client is validated, errors go back to it (unless return_on_error=false).
  const returnOnError = get('return_on_error');
  if (
    returnOnError === null ||
    (returnOnError !== undefined && !['true', 'false'].includes(returnOnError))
  ) {
    return fail(OAUTH_ERRORS.invalidParameter('return_on_error'));
  }
  const returnTo: ReturnTo | undefined =
    returnOnError === 'false'
      ? undefined
      : { clientId, state, ...(redirectUri !== undefined ? { redirectUri } : {}) };
  const back = (failure: OAuthFailure): ParseResult =>
    returnTo ? { ok: false, failure, returnTo } : { ok: false, failure };
  const responseType = get('response_type');
  if (responseType !== undefined && responseType !== 'code') {
    return back(OAUTH_ERRORS.unsupportedResponseType());
  }
  if (get('response_mode') !== undefined && get('response_mode') !== 'query') {
    return back(OAUTH_ERRORS.invalidRequest('response_mode'));
  }
  const codeChallenge = get('code_challenge');
  const codeChallengeMethod = get('code_challenge_method');
  if ((codeChallenge === undefined) !== (codeChallengeMethod === undefined)) {
    return back(
      OAUTH_ERRORS.invalidRequest(
        codeChallenge === undefined ? 'code_challenge' : 'code_challenge_method',
      ),
    );
  }
  if (codeChallengeMethod !== undefined && codeChallengeMethod !== 'S256') {
    return back(OAUTH_ERRORS.invalidRequest('code_challenge_method'));
  }
  // An S256 challenge is always 43 base64url characters (the auth server asserts length 43).
  if (
    codeChallenge !== undefined &&
    (codeChallenge === null || codeChallenge.length !== 43 || !BASE64URL.test(codeChallenge))
  ) {
    return back(OAUTH_ERRORS.invalidRequest('code_challenge'));
  }
  const accessType = get('access_type') ?? 'online';
  if (accessType !== 'online' && accessType !== 'offline') {
    return back(OAUTH_ERRORS.invalidRequest('access_type'));
  }
  const prompt = get('prompt');
  if (prompt === null || (prompt !== undefined && !PROMPTS.includes(prompt as OAuthPrompt))) {
    return back(OAUTH_ERRORS.invalidRequest('prompt'));
  }
  const maxAgeRaw = get('max_age');
  if (maxAgeRaw === null || (maxAgeRaw !== undefined && !/^\d{1,9}$/.test(maxAgeRaw))) {
    return back(OAUTH_ERRORS.invalidRequest('max_age'));
  }
  const action = get('action');
  if (action === null || (action !== undefined && !ACTIONS.includes(action as OAuthAction))) {
    return back(OAUTH_ERRORS.invalidRequest('action'));
  }
  const keysJwk = get('keys_jwk');
  if (
    keysJwk === null ||
    (keysJwk !== undefined && (keysJwk.length > 2048 || !BASE64URL.test(keysJwk)))
  ) {
    return back(OAUTH_ERRORS.invalidRequest('keys_jwk'));
  }
  // A hint that is not an email is ignored, never echoed (security reference C5).
  const hint = get('login_hint') ?? get('email');
  const loginHint = hint && isValidEmail(hint) && !MARKUP.test(hint) ? hint : undefined;

  const params: OAuthParams = {
    clientId,
    state,
    scopes,
    accessType,
    returnOnError: returnOnError !== 'false',
  };
  if (redirectUri !== undefined) params.redirectUri = redirectUri;
  if (codeChallenge) {
    params.codeChallenge = codeChallenge;
    params.codeChallengeMethod = 'S256';
  }
  if (prompt) params.prompt = prompt as OAuthPrompt;
  if (loginHint) params.loginHint = loginHint;
  if (maxAgeRaw !== undefined) params.maxAge = Number(maxAgeRaw);
  if (action) params.action = action as OAuthAction;
  if (keysJwk) params.keysJwk = keysJwk;
  const acr = get('acr_values');
  if (acr) params.acrValues = acr.slice(0, 256);
  const idTokenHint = get('id_token_hint');
  if (idTokenHint) params.idTokenHint = idTokenHint.slice(0, 4096);
  const context = get('context');
  if (context) params.context = context.slice(0, 64);
  if (service) params.service = service;
  return { ok: true, params };
}

function isAbsoluteHttpUrl(value: string): boolean {
  if (value.length > MAX_REDIRECT_URI) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.username === '' &&
      url.password === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

/** Client information from `GET /v1/oauth/client/:id`. */
export type ClientInfo = {
  id: string;
  name: string;
  redirectUri: string;
  imageUri?: string;
  trusted: boolean;
};

/** Where an error goes back to the relier: the validated redirect, with `error` and `state`. */
export function errorRedirectUrl(redirectUri: string, error: string, state: string): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('state', state);
  return url.toString();
}
