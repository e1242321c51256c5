// The onepw HKDF info prefix, on its own so that token-id derivation (every authenticated request)
// does not depend on the password-stretching module (onepw.ts re-exports it).
// https://github.com/mozilla/ecosystem-platform/blob/main/docs/explanation/onepw-protocol.md
export const NAMESPACE = 'identity.mozilla.com/picl/v1/';
