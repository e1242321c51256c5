import { accountExistsByUid, accountStatus } from '../../lib/auth-client/account';
import type { SigninFlow } from './flow';

// Which account a force_auth URL names, checked before its password step (upstream Backbone
// views/force_auth.js beforeRender; the React SigninContainer serves `/force_auth` and
// `/oauth/force_auth` and checks `POST /account/status` the same way).

/**
 * - `exists`: sign in to it;
 * - `unknown`: no account has this email (never made, or deleted): offer to sign up with it;
 * - `deleted`: the email is registered but the `uid` the URL names is gone, and this flow may
 *   not move to another uid (only Firefox desktop Sync allows that: upstream `allowUidChange` of
 *   SyncDesktopV3Integration / the fx-desktop-v3 broker).
 */
export type ForceAuthAccount = 'exists' | 'unknown' | 'deleted';

export async function checkForceAuthAccount(
  flow: SigninFlow,
  email: string,
  uid: string | undefined,
): Promise<ForceAuthAccount> {
  const byEmail = accountStatus(
    email,
    flow.isOAuth ? { clientId: flow.integration.clientId } : { service: flow.service },
  );
  const [status, uidExists] = await Promise.all([
    byEmail,
    uid === undefined ? Promise.resolve(true) : accountExistsByUid(uid),
  ]);
  if (!status.exists) return 'unknown';
  if (!uidExists && flow.integration.kind !== 'sync') return 'deleted';
  return 'exists';
}
