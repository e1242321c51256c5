// The account's data-collection choice (settings "Data collection and use").
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts (metricsOpt) ·
// fxa-settings src/models/Account.ts metricsOpt(state)

import { apiRequest, type CallOptions } from './http.ts';

/** POST /account/metrics_opt {state} → {} (verified session). */
export async function metricsOpt(
  sessionToken: string,
  state: 'in' | 'out',
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/account/metrics_opt',
      body: { state },
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
}
