// The one check of what looks like an email address. Loose on purpose: the auth server is the
// judge of what an address is; this only catches typos and junk before a request or a prefill.

/** One @, something on each side, no spaces. */
const EMAIL = /^[^\s@]+@([^\s@]+)$/;

/** An address something else already vouches for (Firefox's signed-in user, the reset page). */
export const looksLikeEmail = (value: string) => EMAIL.test(value);

/** What a user types or a relier hints: also a dot inside the domain, at most 254 characters. */
export const isValidEmail = (value: string) =>
  value.length <= 254 && (EMAIL.exec(value)?.[1]?.slice(1, -1).includes('.') ?? false);
