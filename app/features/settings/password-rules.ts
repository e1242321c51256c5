// Moved to app/lib/password-rules.ts: sign-up and password change share the new-password rules.
export * from '../../lib/password-rules';
