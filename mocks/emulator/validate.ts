// A small stand-in for the Joi schemas on upstream routes: every field is checked, unknown fields
// are refused (Joi's default on auth-server routes), and failures become the right envelope per
// server: auth 107 (invalid) / 108 (missing), OAuth 109, profile 101. Validators mirror
// mozilla/fxa `packages/fxa-auth-server/lib/routes/validators.js` where it matters (hex lengths,
// email, scope, redirect URI, PKCE).

import { AuthErrors, type EmulatorError, ProfileErrors } from './errors.ts';
import { OAuthErrors } from './oauth-errors.ts';

export type Flavor = 'auth' | 'oauth' | 'profile';

export class FieldError extends Error {
  constructor(
    readonly param: string,
    readonly missing: boolean,
  ) {
    super(`${missing ? 'missing' : 'invalid'} ${param}`);
  }
}

export function fieldError(flavor: Flavor, param: string, missing: boolean): EmulatorError {
  if (flavor === 'oauth') return OAuthErrors.invalidRequestParameter([param]);
  if (flavor === 'profile') return ProfileErrors.invalidParameter([param]);
  return missing ? AuthErrors.missingParameter(param) : AuthErrors.invalidParameter([param]);
}

export type Check<T> = (value: unknown, name: string) => T;

function required<T>(inner: (value: unknown) => value is T): Check<T> {
  return (value, name) => {
    if (value === undefined) throw new FieldError(name, true);
    if (!inner(value)) throw new FieldError(name, false);
    return value;
  };
}

const HEX_RE = /^[0-9a-f]*$/;
// validators.js `email`: a pragmatic shape check (upstream also limits length to 255).
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// validators.js `scope`: space-separated, `^[a-zA-Z0-9 _/.:-]*$`, at most 256 characters.
const SCOPE_RE = /^[a-zA-Z0-9 _/.:-]*$/;
const B64URL_RE = /^[A-Za-z0-9_-]+$/;

export const v = {
  string: (o: { min?: number; max?: number; pattern?: RegExp } = {}): Check<string> =>
    required(
      (x): x is string =>
        typeof x === 'string' &&
        x.length >= (o.min ?? 0) &&
        x.length <= (o.max ?? 4096) &&
        (!o.pattern || o.pattern.test(x)),
    ),
  /** Lower-case hex of exactly `bytes` bytes (validators.js HEX_STRING + length). */
  hex: (bytes: number): Check<string> =>
    required((x): x is string => typeof x === 'string' && x.length === bytes * 2 && HEX_RE.test(x)),
  email: (): Check<string> =>
    required((x): x is string => typeof x === 'string' && x.length <= 255 && EMAIL_RE.test(x)),
  boolean: (): Check<boolean> => required((x): x is boolean => typeof x === 'boolean'),
  integer: (o: { min?: number; max?: number } = {}): Check<number> =>
    required(
      (x): x is number =>
        typeof x === 'number' &&
        Number.isInteger(x) &&
        x >= (o.min ?? Number.MIN_SAFE_INTEGER) &&
        x <= (o.max ?? Number.MAX_SAFE_INTEGER),
    ),
  oneOf: <T extends string>(...values: T[]): Check<T> =>
    required((x): x is T => typeof x === 'string' && (values as string[]).includes(x)),
  object: (): Check<Record<string, unknown>> =>
    required(
      (x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x),
    ),
  scope: (): Check<string> =>
    required((x): x is string => typeof x === 'string' && x.length <= 256 && SCOPE_RE.test(x)),
  /** validators.js `redirectUri`/`url`: absolute http(s) URL (or an FxA `urn:`), ≤ 256. */
  url: (): Check<string> =>
    required((x): x is string => {
      if (typeof x !== 'string' || x.length > 256) return false;
      if (x.startsWith('urn:ietf:wg:oauth:2.0:oob')) return true;
      try {
        const u = new URL(x);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    }),
  base64url: (o: { min?: number; max?: number } = {}): Check<string> =>
    required(
      (x): x is string =>
        typeof x === 'string' &&
        x.length >= (o.min ?? 1) &&
        x.length <= (o.max ?? 4096) &&
        B64URL_RE.test(x),
    ),
  any: (): Check<unknown> => (value) => value,
  optional:
    <T>(check: Check<T>): Check<T | undefined> =>
    (value, name) =>
      value === undefined ? undefined : check(value, name),
};

export type Schema = Record<string, Check<unknown>>;
export type Parsed<S extends Schema> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * Validates `input` against `schema`. Unknown keys are refused unless `stripUnknown` (upstream's
 * `/v1/token` strips them so generic OAuth libraries can send extras).
 */
export function parseFields<S extends Schema>(
  input: Record<string, unknown>,
  schema: S,
  flavor: Flavor,
  opts: { stripUnknown?: boolean } = {},
): Parsed<S> {
  if (!opts.stripUnknown) {
    const unknown = Object.keys(input).find((k) => !(k in schema));
    if (unknown) throw fieldError(flavor, unknown, false);
  }
  const out: Record<string, unknown> = {};
  try {
    for (const [key, check] of Object.entries(schema)) out[key] = check(input[key], key);
  } catch (e) {
    if (e instanceof FieldError) throw fieldError(flavor, e.param, e.missing);
    throw e;
  }
  return out as Parsed<S>;
}

/** Query parameters as a plain record (for routes like `?keys=true&service=sync`). */
export function queryRecord(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}
