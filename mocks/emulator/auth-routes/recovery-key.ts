// Account recovery key routes the reset flow and settings use, with upstream's auth and errnos:
// POST /recoveryKey/exists (sessionToken or passwordForgotToken), GET /recoveryKey/:recoveryKeyId
// (accountResetToken → the encrypted recoveryData), POST /recoveryKey/hint (verified session),
// POST and DELETE /mfa/recoveryKey (step-up JWT);
// and GET /totp/exists, which the reset asks with its passwordForgotToken to learn whether
// two-step authentication guards the account.
// mozilla/fxa `packages/fxa-auth-server/lib/routes/recovery-key.js`, `lib/routes/totp.js`,
// validators.ts (`recoveryKeyId` hex ≤ 32, `recoveryData` ≤ 1024, `hint` ≤ 255).

import { Hono } from 'hono';
import { type Ctx, type Deps, type EmulatorEnv, jsonBody } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth, tokenAuthAny } from '../hawk-auth.ts';
import type { Account, EmulatorState } from '../state.ts';
import { parseFields, v } from '../validate.ts';
import { requireMfa } from './mfa.ts';

const opt = v.optional;
const RECOVERY_KEY_ID = /^[0-9a-f]{1,32}$/;

/** Validates a create/replace body and stores the key (recovery-key.js `createRecoveryKey`). */
export function storeRecoveryKey(
  state: EmulatorState,
  account: Account,
  raw: Record<string, unknown>,
): void {
  const body = parseFields(
    raw,
    {
      recoveryKeyId: v.string({ min: 1, max: 32, pattern: RECOVERY_KEY_ID }),
      recoveryData: v.string({ min: 1, max: 1024, pattern: /^[a-zA-Z0-9.\-_]+$/ }),
      enabled: opt(v.boolean()),
      replaceKey: opt(v.boolean()),
      hint: opt(v.string({ max: 255 })),
    },
    'auth',
  );
  if (account.recoveryKey?.enabled && !body.replaceKey) throw AuthErrors.recoveryKeyExists();
  account.recoveryKey = {
    recoveryKeyId: body.recoveryKeyId,
    recoveryData: body.recoveryData,
    hint: body.hint ?? null,
    enabled: body.enabled ?? true,
    createdAt: state.now(),
  };
}

export function recoveryKeyRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  /** The account behind whichever of the two tokens authenticated the request. */
  function tokenAccount(c: Ctx): { account: Account; viaPasswordForgot: boolean } {
    const pft = c.get('passwordForgotToken');
    const uid = pft?.uid ?? c.get('session')?.uid;
    const account = uid ? state.accounts.get(uid) : undefined;
    if (!account) throw AuthErrors.invalidToken();
    return { account, viaPasswordForgot: Boolean(pft) };
  }

  r.post(
    '/recoveryKey/exists',
    tokenAuthAny(deps, ['sessionToken', 'passwordForgotToken']),
    async (c) => {
      parseFields(await jsonBody(c), { email: opt(v.email()) }, 'auth');
      const { account, viaPasswordForgot } = tokenAccount(c);
      const key = account.recoveryKey;
      const exists = Boolean(key?.enabled);
      if (!viaPasswordForgot) return c.json({ exists });
      // The reset pages show the hint and warn how many synced devices lose data without a key
      // (estimatedSyncDeviceCount = devices, the emulator's stand-in for Sync clients).
      return c.json({
        exists,
        ...(exists && key?.hint ? { hint: key.hint } : {}),
        estimatedSyncDeviceCount: state.devicesOf(account.uid).length,
      });
    },
  );

  // The session-authenticated create (the inline setup after a Sync sign-in still uses it;
  // settings uses the MFA twin). An enabled key is replaced only with `replaceKey`, else 161;
  // a pending (not enabled) key is silently replaced.
  r.post('/recoveryKey', tokenAuth(deps, 'sessionToken', { verified: true }), async (c) => {
    const account = state.accounts.get(c.get('session')?.uid ?? '');
    if (!account) throw AuthErrors.invalidToken();
    storeRecoveryKey(state, account, await jsonBody(c));
    return c.json({});
  });

  // Settings' create/replace and delete, behind the step-up JWT with scope `mfa:recovery_key`
  // (upstream lib/routes/recovery-key.js MFA variants, PR mozilla/fxa#19472).
  r.post('/mfa/recoveryKey', async (c) => {
    const { account } = await requireMfa(c, deps, 'recovery_key');
    storeRecoveryKey(state, account, await jsonBody(c));
    return c.json({});
  });

  r.delete('/mfa/recoveryKey', async (c) => {
    const { account } = await requireMfa(c, deps, 'recovery_key');
    if (!account.recoveryKey) throw AuthErrors.recoveryKeyNotFound();
    account.recoveryKey = null;
    return c.json({});
  });

  r.get('/recoveryKey/:recoveryKeyId', tokenAuth(deps, 'accountResetToken'), (c) => {
    const art = c.get('accountResetToken');
    const account = art && state.accounts.get(art.uid);
    if (!account) throw AuthErrors.invalidToken();
    const id = c.req.param('recoveryKeyId');
    if (!RECOVERY_KEY_ID.test(id)) throw AuthErrors.invalidParameter(['recoveryKeyId']);
    const key = account.recoveryKey;
    if (!key?.enabled) throw AuthErrors.recoveryKeyNotFound();
    if (key.recoveryKeyId !== id) throw AuthErrors.recoveryKeyInvalid();
    return c.json({ recoveryData: key.recoveryData });
  });

  r.post('/recoveryKey/hint', tokenAuth(deps, 'sessionToken', { verified: true }), async (c) => {
    const { hint } = parseFields(await jsonBody(c), { hint: v.string({ max: 255 }) }, 'auth');
    const account = state.accounts.get(c.get('session')?.uid ?? '');
    if (!account) throw AuthErrors.invalidToken();
    if (!account.recoveryKey?.enabled) throw AuthErrors.recoveryKeyNotFound();
    account.recoveryKey.hint = hint.trim() === '' ? null : hint;
    return c.json({});
  });

  r.get('/totp/exists', tokenAuthAny(deps, ['sessionToken', 'passwordForgotToken']), (c) => {
    const { account } = tokenAccount(c);
    const totp = account.totp;
    return c.json({ exists: Boolean(totp), verified: Boolean(totp?.verified) });
  });

  return r;
}
