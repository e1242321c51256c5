// Loose on purpose (one @, something on each side, no spaces, at most 254 characters): the auth
// server is the judge of what an address is; this only catches typos before a request.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isValidEmail = (value: string) => value.length <= 254 && EMAIL.test(value);

/** Accounts are found case-insensitively (the auth server normalises to lower case). */
export const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The email the URL names: `email` (force_auth style) before `login_hint` (OAuth reliers). */
export function emailParam(params: URLSearchParams): string | undefined {
  return params.get('email') || params.get('login_hint') || undefined;
}
