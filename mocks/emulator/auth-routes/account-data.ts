// Reading account data: GET /account/keys (keyFetchToken, single use, onepw bundle),
// GET /account/profile (session or OAuth bearer) and the consolidated GET /account that settings
// loads. Shapes: docs/api.md and fxa-upstream.md §5.

import { Hono } from 'hono';
import { type Ctx, type Deps, type EmulatorEnv, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { hasScope } from '../scopes.ts';
import { bundleWithKeyRequestKey } from '../server-crypto.ts';
import type { Account } from '../state.ts';

export function accountDataRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.get('/account/keys', tokenAuth(deps, 'keyFetchToken'), async (c) => {
    const kft = c.get('keyFetchToken');
    const account = kft && state.accounts.get(kft.uid);
    if (!kft || !account) throw AuthErrors.invalidToken();
    const session = kft.sessionId ? state.sessions.get(kft.sessionId) : undefined;
    const verified = kft.sessionId ? Boolean(session?.verified) : kft.verifiedAtIssue;
    // Not consumed on these errors: the client retries once the code is confirmed.
    if (!state.emailVerified(account)) throw AuthErrors.unverifiedAccount();
    if (!verified) throw AuthErrors.unverifiedSession();
    state.keyFetchTokens.delete(kft.id);
    const bundle = await bundleWithKeyRequestKey(
      { kA: kft.kA, wrapKB: kft.wrapKb },
      kft.keyRequestKey,
    );
    return c.json({ bundle });
  });

  /** `Bearer <64 hex>` with a `profile` scope also reads /account/profile (oauthToken strategy). */
  const profileAuth = async (c: Ctx, next: () => Promise<void>) => {
    const m = /^Bearer ([0-9a-f]{64})$/.exec(c.req.header('authorization') ?? '');
    if (!m) return tokenAuth(deps, 'sessionToken')(c, next);
    const token = state.accessTokens.get(m[1] as string);
    if (!token || token.expiresAt < state.now() || !hasScope(token.scope, 'profile')) {
      throw AuthErrors.invalidToken();
    }
    c.set('accessToken', token);
    await next();
  };

  r.get('/account/profile', profileAuth, (c) => {
    const uid = c.get('session')?.uid ?? c.get('accessToken')?.uid;
    const account = uid ? state.accounts.get(uid) : undefined;
    if (!account) throw AuthErrors.invalidToken();
    return c.json({
      email: state.primaryEmail(account).email,
      locale: account.locale,
      authenticationMethods: ['pwd', 'email'],
      authenticatorAssuranceLevel: 1,
      profileChangedAt: account.profileChangedAt,
      metricsEnabled: account.metricsEnabled,
      subscriptionsByClientId: {},
    });
  });

  r.get('/account', tokenAuth(deps, 'sessionToken', { verified: true }), (c) => {
    const account = state.accounts.get(requireSession(c).uid) as Account;
    return c.json({
      createdAt: account.createdAt,
      passwordCreatedAt: account.passwordCreatedAt,
      hasPassword: true,
      metricsOptOutAt: account.metricsEnabled ? null : account.profileChangedAt,
      emails: account.emails.map((e) => ({
        email: e.email,
        isPrimary: e.isPrimary,
        verified: e.verified,
      })),
      linkedAccounts: [],
      totp: { exists: false, verified: false },
      backupCodes: { hasBackupCodes: false, count: 0 },
      recoveryKey: {
        exists: Boolean(account.recoveryKey?.enabled),
        estimatedSyncDeviceCount: state.devicesOf(account.uid).length,
      },
      recoveryPhone: { exists: false, phoneNumber: null, nationalFormat: null, available: false },
      securityEvents: [],
      subscriptions: [],
      passkeys: [],
    });
  });

  return r;
}
