// The one email check is lib/email.ts's.
export { isValidEmail } from '../../lib/email';

/** Accounts are found case-insensitively (the auth server normalises to lower case). */
export const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The email the URL names: `email` (force_auth style) before `login_hint` (OAuth reliers). */
export function emailParam(params: URLSearchParams): string | undefined {
  return params.get('email') || params.get('login_hint') || undefined;
}
