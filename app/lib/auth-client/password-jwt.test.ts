// passwordChangeWithJwt against the emulator behind MSW: the step-up JWT, /session/reauth with
// the old password, the key rewrap, /mfa/password/change; kB survives, the old session dies, and
// an account whose primary address was swapped still salts with its sign-up email (errno 120).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupEmulatorServer } from '../../../mocks/msw/node';
import { accountKeys, signIn } from './account.ts';
import { mfaOtpRequest, mfaOtpVerify } from './mfa.ts';
import { passwordChangeWithJwt } from './password.ts';
import { sessionStatus } from './session.ts';

const node = setupEmulatorServer({ demoAccount: false, loginVerification: false });
beforeAll(async () => {
  node.server.listen({ onUnhandledRequest: 'error' });
  await node.emulator.ready;
});
afterAll(() => node.server.close());

async function account(email: string, password: string) {
  await node.emulator.control.createAccount({ email, password });
  return signIn(email, password, { keys: true });
}

async function stepUp(sessionToken: string, to: string) {
  await mfaOtpRequest(sessionToken, 'password');
  return mfaOtpVerify(sessionToken, 'password', node.emulator.control.lastEmail(to)?.code ?? '');
}

async function kB(signedIn: { keyFetchToken?: string; unwrapBKey?: string }) {
  return (await accountKeys(signedIn.keyFetchToken ?? '', signedIn.unwrapBKey ?? '')).kB;
}

describe('passwordChangeWithJwt', () => {
  it('changes the password, keeps kB, and replaces the session', async () => {
    const email = 'jwt.change@example.com';
    const before = await account(email, 'old password');
    const kBBefore = await kB(before);
    const jwt = await stepUp(before.sessionToken, email);
    const changed = await passwordChangeWithJwt({
      jwt,
      email,
      oldPassword: 'old password',
      newPassword: 'new password',
      sessionToken: before.sessionToken,
      keys: true,
    });
    expect(changed).toMatchObject({ verified: true, email });
    await expect(sessionStatus(before.sessionToken)).rejects.toMatchObject({ errno: 110 });
    expect(await kB(changed)).toBe(kBBefore);
    expect(await kB(await signIn(email, 'new password', { keys: true }))).toBe(kBBefore);
    await expect(signIn(email, 'old password')).rejects.toMatchObject({ errno: 103 });
  });

  it('a wrong old password is 103 and changes nothing', async () => {
    const email = 'jwt.wrong@example.com';
    const before = await account(email, 'old password');
    const jwt = await stepUp(before.sessionToken, email);
    await expect(
      passwordChangeWithJwt({
        jwt,
        email,
        oldPassword: 'not it',
        newPassword: 'new password',
        sessionToken: before.sessionToken,
      }),
    ).rejects.toMatchObject({ errno: 103 });
    expect((await sessionStatus(before.sessionToken)).state).toBe('verified');
  });

  it('after a primary-email swap, salts with the sign-up email (120, then the retry)', async () => {
    const email = 'jwt.signup@example.com';
    const before = await account(email, 'old password');
    const kBBefore = await kB(before);
    const record = node.emulator.state.findByEmail(email);
    if (!record) throw new Error('no account');
    for (const e of record.account.emails) e.isPrimary = false;
    record.account.emails.push({
      email: 'jwt.primary@example.com',
      normalized: 'jwt.primary@example.com',
      isPrimary: true,
      verified: true,
      pending: null,
      createdAt: 0,
    });
    const jwt = await stepUp(before.sessionToken, 'jwt.primary@example.com');
    const changed = await passwordChangeWithJwt({
      jwt,
      email: 'jwt.primary@example.com',
      oldPassword: 'old password',
      newPassword: 'new password',
      sessionToken: before.sessionToken,
      keys: true,
    });
    expect(await kB(changed)).toBe(kBBefore);
    expect(await kB(await signIn('jwt.primary@example.com', 'new password', { keys: true }))).toBe(
      kBBefore,
    );
  });
});
