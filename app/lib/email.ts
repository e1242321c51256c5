// The one check of what looks like an email address. Loose on purpose (one @, something on each
// side with a dot after it, no spaces, at most 254 characters): the auth server is the judge of
// what an address is; this only catches typos and junk before a request or a prefill.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isValidEmail = (value: string) => value.length <= 254 && EMAIL.test(value);
