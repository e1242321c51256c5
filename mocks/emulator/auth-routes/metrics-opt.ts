// POST /account/metrics_opt {state: 'in' | 'out'} → {}: the account's data-collection choice,
// which settings shows as the "Data collection and use" switch. Upstream: fxa-settings
// models/Account.ts `metricsOpt(state)` → fxa-auth-client `metricsOpt(sessionToken, state)`, and
// the DB's `metricsOptOutAt` (set on 'out', null on 'in', profileChangedAt bumped; fxa-shared
// db/models/auth/account.ts `setMetricsOpt`). Reflected in GET /account (`metricsOptOutAt`),
// GET /account/profile and the login response (`metricsEnabled`).

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { tokenAuth } from '../hawk-auth.ts';
import type { Account } from '../state.ts';
import { parseFields, v } from '../validate.ts';

export function metricsOptRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.post('/account/metrics_opt', tokenAuth(deps, 'sessionToken', { verified: true }), async (c) => {
    const { state: choice } = parseFields(
      await jsonBody(c),
      { state: v.oneOf('in', 'out') },
      'auth',
    );
    const account = state.accounts.get(requireSession(c).uid) as Account;
    account.metricsEnabled = choice === 'in';
    account.profileChangedAt = state.now();
    return c.json({});
  });

  return r;
}
