// Accounts for the real Firefox to hold. Firefox uses the sessionToken it holds against the
// auth server (oauth/token, profile, devices, session/status… at startup and after a login,
// firefox-device.md §7). If that server answers 401 for an invented token, Firefox drops the
// token ("needs reauthentication") and its next fxa_status no longer carries a usable user.
// So the account is a real one on the e2e emulator, with a verified session.
import { randomBytes } from 'node:crypto';
import { createAccount, uniqueEmail } from './emulator';
import type { ProfileAccount } from './firefox-device';

const refused = (error: unknown) =>
  error instanceof TypeError &&
  (error.cause as { code?: unknown } | undefined)?.code === 'ECONNREFUSED';

/**
 * A verified account with a verified session on the emulator (never reset: tests share it,
 * e2e/support/emulator.ts). When no emulator listens at all, Firefox's calls fail to connect and
 * it keeps whatever it holds (§7), so a made-up account of the same shape is used instead.
 */
export async function provisionAccount(label: string): Promise<ProfileAccount> {
  const email = uniqueEmail(label);
  try {
    const created = await createAccount({ email, session: { verified: true } });
    if (!created.sessionToken) throw new Error(`the emulator gave ${email} no session`);
    return { email, uid: created.uid, sessionToken: created.sessionToken, verified: true };
  } catch (error) {
    if (!refused(error)) throw error;
    const hex = (bytes: number) => randomBytes(bytes).toString('hex');
    return { email, uid: hex(16), sessionToken: hex(32), verified: true };
  }
}
