// OAuth-server errors (the `/v1/token`, `/v1/authorization`, `/v1/client/:id`, `/v1/verify` …
// routes) and their translation into auth-server errnos when the same failure happens on a
// session-authenticated `/v1/oauth/*` route. Numbers and messages: mozilla/fxa
// `libs/accounts/errors/src/oauth-error.ts` and `app-error.ts` (`appErrorFromOauthError`).

import { AuthErrors, appError, type EmulatorError } from './errors.ts';

const BAD = 'Bad Request';

export const OAuthErrors = {
  unknownClient: (clientId: string) => appError(400, 101, BAD, 'Unknown client', { clientId }),
  incorrectSecret: (clientId: string) => appError(400, 102, BAD, 'Incorrect secret', { clientId }),
  incorrectRedirect: (redirectUri: string) =>
    appError(400, 103, BAD, 'Incorrect redirect_uri', { redirectUri }),
  invalidAssertion: () => appError(401, 104, BAD, 'Invalid assertion'),
  unknownCode: (requestCode: string) => appError(400, 105, BAD, 'Unknown code', { requestCode }),
  mismatchCode: (requestCode: string, client: string) =>
    appError(400, 106, BAD, 'Incorrect code', { requestCode, client }),
  expiredCode: (requestCode: string, expiredAt: number) =>
    appError(400, 107, BAD, 'Expired code', { requestCode, expiredAt }),
  invalidToken: () => appError(400, 108, BAD, 'Invalid token'),
  invalidRequestParameter: (keys: string[]) =>
    appError(400, 109, BAD, 'Invalid request parameter', { validation: { keys } }),
  invalidResponseType: () => appError(400, 110, BAD, 'Invalid response_type'),
  unauthorized: (detail: string) =>
    appError(401, 111, 'Unauthorized', 'Unauthorized for route', { detail }),
  forbidden: () => appError(403, 112, 'Forbidden', 'Forbidden'),
  invalidContentType: () =>
    appError(
      415,
      113,
      'Unsupported Media Type',
      'Content-Type must be either application/json or application/x-www-form-urlencoded',
    ),
  invalidScopes: (invalidScopes: string[]) =>
    appError(400, 114, 'Invalid scopes', 'Requested scopes are not allowed', { invalidScopes }),
  expiredToken: (expiredAt: number) => appError(400, 115, BAD, 'Expired token', { expiredAt }),
  notPublicClient: (clientId: string) =>
    appError(400, 116, BAD, 'Not a public client', { clientId }),
  mismatchCodeChallenge: (requestCodeChallenge: string) =>
    appError(400, 117, BAD, 'Incorrect code_challenge', { requestCodeChallenge }),
  missingPkceParameters: () =>
    appError(400, 118, 'PKCE parameters missing', 'Public clients require PKCE OAuth parameters'),
  staleAuthAt: (authAt: number) =>
    appError(401, 119, BAD, 'Stale authentication timestamp', { authAt }),
  mismatchAcr: (foundValue: unknown) =>
    appError(400, 120, BAD, 'Mismatch acr value', { foundValue }),
  invalidGrantType: () => appError(400, 121, BAD, 'Invalid grant_type'),
  unknownToken: () => appError(400, 122, BAD, 'Unknown token'),
};

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * `AppError.appErrorFromOauthError`: the auth server re-numbers OAuth failures on its own routes
 * (101→162, 103→167, 105/106/107→172/173/174, 114→163, 116→166, 117→175, 118→169 …).
 */
export function toAuthError(err: EmulatorError): EmulatorError {
  const b = err.body;
  switch (b.errno) {
    case 101:
      return AuthErrors.unknownClientId(str(b.clientId));
    case 102:
      return AuthErrors.incorrectClientSecret(str(b.clientId));
    case 103:
      return AuthErrors.incorrectRedirectURI(str(b.redirectUri));
    case 104:
    case 108:
      return AuthErrors.invalidToken();
    case 105:
      return AuthErrors.unknownAuthorizationCode();
    case 106:
      return AuthErrors.mismatchAuthorizationCode(str(b.client));
    case 107:
      return AuthErrors.expiredAuthorizationCode(
        typeof b.expiredAt === 'number' ? b.expiredAt : undefined,
      );
    case 109: {
      const keys = (b.validation as { keys?: string[] } | undefined)?.keys ?? [];
      return AuthErrors.invalidParameter(keys);
    }
    case 110:
      return AuthErrors.invalidResponseType();
    case 114:
      return AuthErrors.invalidScopes(b.invalidScopes as string[] | undefined);
    case 116:
      return AuthErrors.notPublicClient();
    case 117:
      return AuthErrors.invalidPkceChallenge(str(b.requestCodeChallenge));
    case 118:
      return AuthErrors.missingPkceParameters();
    case 119:
      return AuthErrors.staleAuthAt(typeof b.authAt === 'number' ? b.authAt : undefined);
    case 120:
      return AuthErrors.insufficientAcrValues(b.foundValue);
    case 121:
      return AuthErrors.invalidParameter(['grant_type']);
    case 122:
      return AuthErrors.unknownRefreshToken();
    default:
      return err;
  }
}
