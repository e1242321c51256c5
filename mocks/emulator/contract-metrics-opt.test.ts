// Contract: POST /account/metrics_opt (the settings "Data collection and use" switch) and where
// the choice shows: GET /account `metricsOptOutAt`, GET /account/profile and login `metricsEnabled`.

import { expect, it } from 'vitest';
import { contractSuite } from './testing/contract.testutil.ts';
import { str } from './testing/fxa-client.testutil.ts';

contractSuite('metrics opt', (client) => {
  it('out, then in: stored on the account and reported where upstream reports it', async () => {
    const c = client();
    const created = await c.createAccount({
      email: 'metrics@example.com',
      password: 'a long password',
      session: true,
    });
    const token = str(created, 'sessionToken');
    const before = await c.hawkGet('/v1/account', token);
    expect(before.body.metricsOptOutAt).toBeNull();

    const out = await c.hawkPost('/v1/account/metrics_opt', token, { state: 'out' });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({});
    const after = await c.hawkGet('/v1/account', token);
    expect(after.body.metricsOptOutAt).toEqual(expect.any(Number));
    expect((await c.hawkGet('/v1/account/profile', token)).body).toMatchObject({
      metricsEnabled: false,
    });

    await c.hawkPost('/v1/account/metrics_opt', token, { state: 'in' });
    expect((await c.hawkGet('/v1/account', token)).body.metricsOptOutAt).toBeNull();
  });

  it('needs a verified session; the state is in or out', async () => {
    const c = client();
    const created = await c.createAccount({
      email: 'metrics2@example.com',
      password: 'a long password',
      session: { verified: false },
    });
    const token = str(created, 'sessionToken');
    const unverified = await c.hawkPost('/v1/account/metrics_opt', token, { state: 'out' });
    expect(unverified.body).toMatchObject({ errno: 138 });
    const none = await c.post('/v1/account/metrics_opt', { state: 'out' });
    expect(none.status).toBe(401);
    const verified = await c.createAccount({
      email: 'metrics3@example.com',
      password: 'a long password',
      session: true,
    });
    const bad = await c.hawkPost('/v1/account/metrics_opt', str(verified, 'sessionToken'), {
      state: 'maybe',
    });
    expect(bad.body).toMatchObject({ errno: 107 });
  });
});
