// Error envelopes exactly as the auth server renders them: `{code, errno, error, message, info,
// ...extra}` with `code` = HTTP status, extra fields per errno and a `Retry-After` header for the
// back-off errors. Messages and numbers come from mozilla/fxa `libs/accounts/errors/src/app-error.ts`
// and `constants.ts` (ERRNO); the OAuth-server flavour lives in oauth-errors.ts.

export const ERROR_INFO =
  'https://mozilla.github.io/ecosystem-platform/api#section/Response-format';

export interface ErrorBody {
  code: number;
  errno: number;
  error: string;
  message: string;
  info?: string;
  [extra: string]: unknown;
}

/** Thrown anywhere in a route; app.onError renders it verbatim. */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError';
  constructor(
    readonly body: ErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.message);
  }
  get status(): number {
    return this.body.code;
  }
}

type Extra = Record<string, unknown>;

function appError(
  code: number,
  errno: number,
  error: string,
  message: string,
  extra: Extra = {},
  headers: Record<string, string> = {},
): EmulatorError {
  // Upstream drops undefined extras when serialising; do the same so bodies compare cleanly.
  // An extra may not clobber `code`/`errno` (upstream's Object.assign lets `code: <hex>` of
  // 172–174 overwrite the status; clients read numbers there, so the emulator keeps them).
  const clean = Object.fromEntries(
    Object.entries(extra).filter(([k, v]) => v !== undefined && k !== 'code' && k !== 'errno'),
  );
  return new EmulatorError({ code, errno, error, message, info: ERROR_INFO, ...clean }, headers);
}

const BAD = 'Bad Request';
const UNAUTHORIZED = 'Unauthorized';

/** Auth-server errors (AppError). */
export const AuthErrors = {
  accountExists: (email: string) => appError(400, 101, BAD, 'Account already exists', { email }),
  unknownAccount: (email?: string) => appError(400, 102, BAD, 'Unknown account', { email }),
  /** Upstream `incorrectPassword(dbEmail, requestEmail)`: a case mismatch is errno 120. */
  incorrectPassword: (dbEmail: string, requestEmail: string) =>
    dbEmail !== requestEmail
      ? appError(400, 120, BAD, 'Incorrect email case', { email: dbEmail })
      : appError(400, 103, BAD, 'Incorrect password', { email: dbEmail }),
  unverifiedAccount: () => appError(400, 104, BAD, 'Unconfirmed account'),
  /** /password/forgot/verify_code adds `{tries, ttl}` (password.ts failVerifyAttempt). */
  invalidVerificationCode: (extra?: Extra) =>
    appError(400, 105, BAD, 'Invalid confirmation code', extra),
  invalidJson: () => appError(400, 106, BAD, 'Invalid JSON in request body'),
  invalidParameter: (keys: string[], detail?: string) =>
    appError(400, 107, BAD, 'Invalid parameter in request body', {
      validation: { source: 'payload', keys, ...(detail ? { detail } : {}) },
    }),
  missingParameter: (param: string) =>
    appError(400, 108, BAD, `Missing parameter in request body: ${param}`, { param }),
  invalidSignature: (message = 'Invalid request signature') =>
    appError(401, 109, UNAUTHORIZED, message),
  invalidToken: (message = 'Invalid authentication token in request signature') =>
    appError(401, 110, UNAUTHORIZED, message),
  invalidTimestamp: (serverTime: number) =>
    appError(401, 111, UNAUTHORIZED, 'Invalid timestamp in request signature', { serverTime }),
  requestTooLarge: () => appError(413, 113, 'Request Entity Too Large', 'Request body too large'),
  tooManyRequests: (retryAfter: number) =>
    appError(
      429,
      114,
      'Too Many Requests',
      'Client has sent too many requests',
      { retryAfter, retryAfterLocalized: `in ${retryAfter} seconds` },
      { 'retry-after': String(retryAfter) },
    ),
  endpointNotSupported: () => appError(404, 116, 'Gone', 'This endpoint is no longer supported'),
  unknownDevice: () => appError(400, 123, BAD, 'Unknown device'),
  deviceSessionConflict: (deviceId?: string) =>
    appError(400, 124, BAD, 'Session already registered by another device', { deviceId }),
  emailExists: () => appError(400, 136, BAD, 'Email already exists'),
  cannotDeletePrimaryEmail: () => appError(400, 137, BAD, 'Can not delete primary email'),
  unverifiedSession: () => appError(400, 138, BAD, 'Unconfirmed session'),
  yourPrimaryEmailExists: () =>
    appError(400, 139, BAD, 'Can not add secondary email that is same as your primary'),
  verifiedPrimaryEmailAlreadyExists: () => appError(400, 140, BAD, 'Email already exists'),
  cannotLoginWithSecondaryEmail: () =>
    appError(400, 142, BAD, 'Sign in with this email type is not currently supported'),
  unknownSecondaryEmail: () => appError(400, 143, BAD, 'Unknown email'),
  verifiedSecondaryEmailAlreadyExists: () => appError(400, 144, BAD, 'Email already exists'),
  cannotChangeEmailToUnverifiedEmail: () =>
    appError(400, 147, BAD, 'Can not change primary email to an unconfirmed email'),
  cannotChangeEmailToUnownedEmail: () =>
    appError(
      400,
      148,
      BAD,
      'Can not change primary email to an email that does not belong to this account',
    ),
  recoveryKeyNotFound: () => appError(400, 158, BAD, 'Account recovery key not found'),
  recoveryKeyInvalid: () => appError(400, 159, BAD, 'Invalid account recovery key'),
  recoveryKeyExists: () => appError(400, 161, BAD, 'Account recovery key already exists.'),
  unknownClientId: (clientId?: string) =>
    appError(400, 162, BAD, 'Unknown client_id', { clientId }),
  invalidScopes: (invalidScopes?: string[]) =>
    appError(400, 163, BAD, 'Requested scopes are not allowed', { invalidScopes }),
  staleAuthAt: (authAt?: number) => appError(400, 164, BAD, 'Stale auth timestamp', { authAt }),
  notPublicClient: () => appError(400, 166, BAD, 'Not a public client'),
  incorrectRedirectURI: (redirectUri?: string) =>
    appError(400, 167, BAD, 'Incorrect redirect URI', { redirectUri }),
  invalidResponseType: () => appError(400, 168, BAD, 'Invalid response_type'),
  missingPkceParameters: () =>
    appError(400, 169, BAD, 'Public clients require PKCE OAuth parameters'),
  insufficientAcrValues: (foundValue?: unknown) =>
    appError(
      400,
      170,
      BAD,
      'Required Authentication Context Reference values could not be satisfied',
      { foundValue },
    ),
  incorrectClientSecret: (clientId?: string) =>
    appError(400, 171, BAD, 'Incorrect client_secret', { clientId }),
  unknownAuthorizationCode: () => appError(400, 172, BAD, 'Unknown authorization code'),
  mismatchAuthorizationCode: (clientId?: string) =>
    appError(400, 173, BAD, 'Mismatched authorization code', { clientId }),
  expiredAuthorizationCode: (expiredAt?: number) =>
    appError(400, 174, BAD, 'Expired authorization code', { expiredAt }),
  // Upstream reuses the PKCE-missing message for errno 175 (app-error.ts invalidPkceChallenge).
  invalidPkceChallenge: (pkceHashValue?: string) =>
    appError(400, 175, BAD, 'Public clients require PKCE OAuth parameters', { pkceHashValue }),
  unknownRefreshToken: () => appError(400, 182, BAD, 'Unknown refresh token'),
  invalidOrExpiredOtpCode: () => appError(400, 183, BAD, 'Invalid or expired confirmation code'),
  accountOwnsEmail: () =>
    appError(400, 189, 'Conflict', 'This email already exists on your account'),
  serviceUnavailable: (retryAfter = 30) =>
    appError(
      503,
      201,
      'Service Unavailable',
      'Service unavailable',
      { retryAfter },
      { 'retry-after': String(retryAfter) },
    ),
  disabledClientId: (clientId: string, retryAfter = 30) =>
    appError(
      503,
      204,
      'Client Disabled',
      'This client has been temporarily disabled',
      { clientId, retryAfter },
      { 'retry-after': String(retryAfter) },
    ),
  unexpected: () => appError(500, 999, 'Internal Server Error', 'Unspecified error'),
  notFound: () => appError(404, 999, 'Not Found', 'Not Found'),
  /** Customs block; `canUnblock` adds the unblock method (upstream error.js requestBlocked). */
  requestBlocked: (canUnblock: boolean) =>
    appError(
      400,
      125,
      'Request blocked',
      'The request was blocked for security reasons',
      canUnblock ? { verificationMethod: 'email-captcha', verificationReason: 'login' } : {},
    ),
  invalidUnblockCode: () => appError(400, 127, BAD, 'Invalid unblock code'),
  // Two-step authentication (libs/accounts/errors/src/app-error.ts; 222's message from the
  // errors' OAUTH/AUTH message table there).
  invalidTokenVerificationCode: () => appError(400, 152, BAD, 'Invalid token confirmation code'),
  totpTokenAlreadyExists: () =>
    appError(400, 154, BAD, 'TOTP token already exists for this account.'),
  totpTokenNotFound: () => appError(400, 155, BAD, 'TOTP token not found.'),
  recoveryCodeNotFound: () => appError(400, 156, BAD, 'Backup authentication code not found.'),
  totpRequired: () =>
    appError(
      400,
      160,
      BAD,
      'This request requires two step authentication enabled on your account.',
    ),
  /** hapi's scope check on the `mfa` strategy (test misc/mfa.spec.ts: 403 "Insufficient scope"). */
  insufficientScope: (got: string[], need: string) =>
    appError(403, 999, 'Forbidden', 'Insufficient scope', {
      data: { got, need: [{ selection: [need] }] },
    }),
  insufficientAal: () => appError(400, 222, BAD, 'Insufficient authentication assurance level'),
  invalidMfaToken: () => appError(401, 223, UNAUTHORIZED, 'Invalid or expired MFA token'),
};

/** Profile-server errors (fxa-profile-server `lib/error.js`). */
export const ProfileErrors = {
  unauthorized: (reason: string) => appError(401, 100, BAD, 'Unauthorized', { reason }),
  // hapi's scope check answers 403 without an errno; the profile server's translate gives it 999.
  forbidden: () => appError(403, 999, 'Forbidden', 'Insufficient scope'),
  invalidParameter: (keys: string[]) =>
    appError(400, 101, BAD, 'Invalid request parameter', { validation: { keys } }),
  notFound: () => appError(404, 999, BAD, 'Not Found'),
  payloadTooLarge: () => appError(413, 999, 'Request Entity Too Large', 'Payload too large'),
  unsupportedMediaType: () =>
    appError(415, 999, 'Unsupported Media Type', 'Unsupported Media Type'),
};

export { appError };
