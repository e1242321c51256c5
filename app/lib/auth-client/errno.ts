// Auth-server errnos the client itself branches on, by upstream's names
// (libs/accounts/errors/src/constants.ts). Callers read them as `ERRNO.NAME` (errors.ts exports
// this module as the `ERRNO` namespace): single constants, not one object, so the bundler writes
// each use as its number and no page downloads the names. What each says and does is in
// error-catalogue.ts.
// https://github.com/mozilla/fxa/blob/main/libs/accounts/errors/src/constants.ts

export const ACCOUNT_EXISTS = 101;
export const UNKNOWN_ACCOUNT = 102;
export const INCORRECT_PASSWORD = 103;
export const UNVERIFIED_ACCOUNT = 104;
export const INVALID_VERIFICATION_CODE = 105;
export const INVALID_SIGNATURE = 109;
export const INVALID_TOKEN = 110;
export const INVALID_TIMESTAMP = 111;
export const TOO_MANY_REQUESTS = 114;
export const INCORRECT_EMAIL_CASE = 120;
export const REQUEST_BLOCKED = 125;
export const UNVERIFIED_SESSION = 138;
export const RECOVERY_KEY_NOT_FOUND = 158;
export const RECOVERY_KEY_INVALID = 159;
export const RECOVERY_KEY_EXISTS = 161;
export const SERVICE_UNAVAILABLE = 201;
export const NETWORK = 998;
export const UNEXPECTED = 999;
// The rarer flows' errnos.
export const INVALID_PARAMETER = 107;
export const INVALID_UNBLOCK_CODE = 127;
export const EMAIL_EXISTS = 136;
export const USER_PRIMARY_EMAIL_EXISTS = 139;
export const VERIFIED_PRIMARY_EMAIL_EXISTS = 140;
export const VERIFIED_SECONDARY_EMAIL_EXISTS = 144;
export const INVALID_TOKEN_VERIFICATION_CODE = 152;
export const RECOVERY_CODE_NOT_FOUND = 156;
export const UNKNOWN_CLIENT_ID = 162;
export const INVALID_SCOPES = 163;
export const STALE_AUTH_AT = 164;
export const NOT_PUBLIC_CLIENT = 166;
export const INCORRECT_REDIRECT_URI = 167;
export const INVALID_RESPONSE_TYPE = 168;
export const MISSING_PKCE_PARAMETERS = 169;
export const INSUFFICIENT_ACR_VALUES = 170;
export const INVALID_PKCE_CHALLENGE = 175;
export const INVALID_EXPIRED_OTP_CODE = 183;
export const ACCOUNT_OWNS_EMAIL = 189;
export const SYSTEM_UNAVAILABLE = 203;
export const INSUFFICIENT_AAL = 222;
export const INVALID_MFA_TOKEN = 223;
