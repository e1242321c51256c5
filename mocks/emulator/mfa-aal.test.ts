// The `mfa` strategy's assurance check (mozilla/fxa `lib/routes/auth-schemes/mfa.ts`, errno 222):
// once an account has two-step authentication, a session confirmed by email alone (AAL1) gets no
// step-up code and no /mfa route, while a session confirmed with TOTP (AAL2) does. No control API
// sets up TOTP yet, so this drives the emulator's state directly.
// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveTokenCredentials } from '../../app/lib/crypto/token-credentials.ts';
import { createEmulator } from './app.ts';

const emulator = createEmulator({ demoAccount: false });
const email = 'aal@example.com';
let bearer = '';

async function post(path: string, body: object, authorization = bearer) {
  const res = await emulator.app.request(`http://localhost:9000/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('step-up and the account’s assurance level', () => {
  beforeAll(async () => {
    await emulator.ready;
    const created = await emulator.control.createAccount({
      email,
      password: 'a password',
      session: { verified: true },
    });
    const { id } = await deriveTokenCredentials(created.sessionToken as string, 'sessionToken');
    bearer = `Bearer fxs_${id}`;
    const account = emulator.state.findByEmail(email)?.account;
    if (!account) throw new Error('no account');
    account.totp = { secret: 'JBSWY3DPEHPK3PXP', verified: true, enabled: true, createdAt: 0 };
  });

  // The account's only session.
  const session = () => [...emulator.state.sessions.values()][0];

  it('an AAL1 session of a TOTP account is refused with 222; an AAL2 one gets its JWT', async () => {
    expect(await post('/mfa/otp/request', { action: 'email' })).toMatchObject({
      status: 400,
      body: { errno: 222 },
    });
    const s = session();
    if (!s) throw new Error('no session');
    s.verificationMethod = 'totp-2fa';
    expect((await post('/mfa/otp/request', { action: 'email' })).status).toBe(200);
    const code = emulator.control.lastEmail(email)?.code ?? '';
    const verified = await post('/mfa/otp/verify', { code, action: 'email' });
    const jwt = String(verified.body.accessToken);
    expect(jwt).toMatch(/^ey/);
    const ok = await post('/mfa/recovery_email', { email: 'b@example.com' }, `Bearer ${jwt}`);
    expect(ok.status).toBe(200);

    // The JWT carries no assurance of its own: the session's level is checked on every use.
    s.verificationMethod = 'email-otp';
    const low = await post('/mfa/recovery_email', { email: 'c@example.com' }, `Bearer ${jwt}`);
    expect(low).toMatchObject({ status: 400, body: { errno: 222 } });
  });
});
