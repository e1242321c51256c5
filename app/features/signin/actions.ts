// Everything the sign-in pages do over the network or the WebChannel, in one chunk that the
// pages load after their first render (load-actions.ts). The pages themselves ship only their
// UI, so a sign-in route's initial JS stays within the bundle-size budget.
export { accountStatus } from '../../lib/auth-client/account';
export { rejectUnblockCode } from '../../lib/auth-client/unblock';
export { continueWithSession } from './cached-signin';
export { confirmWithCode, resendCode } from './code-steps';
export { finishInBrowser } from './finish-signin';
export { checkForceAuthAccount } from './force-auth';
export { signInWithPassword, signUpWithPassword } from './password-steps';
export { describeFailure } from './signin-errors';
export { confirmWithRecoveryCode, confirmWithTotp } from './two-step-steps';
export { resendUnblockCode, signInWithUnblockCode } from './unblock-steps';
