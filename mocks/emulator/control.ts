// The test-only control surface, as plain functions (vitest, the dev server's startup banner) and
// over HTTP (control-routes.ts, `/__emulator/*`). Not part of any upstream API.

import { createAccountWithPassword } from './accounts.ts';
import type { Deps } from './context.ts';
import { createFault, type Fault, type FaultSpec, validateFaultSpec } from './faults.ts';
import { clientInfo } from './oauth-core.ts';
import { type ClientSpec, registerClient, seed } from './seed.ts';
import type { RuntimeConfig, SentEmail } from './state.ts';
import { createSession } from './tokens.ts';

export interface SeedAccountSpec {
  email: string;
  password: string;
  verified?: boolean;
  displayName?: string | null;
  uid?: string;
  /** Also create a session; `true` → verified, or say which. */
  session?: boolean | { verified: boolean };
}

export interface SeededAccount {
  uid: string;
  email: string;
  password: string;
  sessionToken: string | null;
}

export interface AccountSummary {
  uid: string;
  email: string;
  emails: { email: string; isPrimary: boolean; verified: boolean }[];
  sessions: { id: string; verified: boolean; deviceId: string | null }[];
  devices: { id: string; name: string; type: string }[];
  displayName: string | null;
}

export interface EmulatorControl {
  /** Back to the seeded state: accounts, tokens, outbox, faults and clock offset cleared. */
  reset(): Promise<void>;
  registerClient(
    spec: ClientSpec,
  ): Promise<ReturnType<typeof clientInfo> & { secret: string | null; publicClient: boolean }>;
  emails(address: string): SentEmail[];
  lastEmail(address: string): SentEmail | null;
  createAccount(spec: SeedAccountSpec): Promise<SeededAccount>;
  account(email: string): AccountSummary | null;
  addFault(spec: FaultSpec): Fault;
  faults(): Fault[];
  clearFaults(): void;
  /** Removes one fault; returns it (with its hits) or undefined when it is gone or used up. */
  removeFault(id: number): Fault | undefined;
  /** Moves the emulator clock forward (code and token expiry, Hawk timestamps). */
  advanceClock(ms: number): number;
  config(patch?: Partial<RuntimeConfig>): RuntimeConfig;
  /**
   * Ends every session of the account, as a password change elsewhere does (upstream
   * `/password/change/finish` resets the account's tokens, auth-routes/password.ts here): what
   * makes Firefox offer "Reconnect to Sync". Returns how many ended, or null for no account.
   */
  endSessions(email: string): number | null;
  /**
   * Customs blocks the account's sign-ins (errno 125, unblockable) until one carries a valid
   * unblock code; false when there is no such account.
   */
  blockSignin(email: string): boolean;
  /**
   * Makes the account's unblock codes `ms` older (their expiry), without moving the shared clock
   * that every other test's tokens and Hawk timestamps run on; false when there is no account.
   */
  ageUnblockCodes(email: string, ms: number): boolean;
  /**
   * Makes the account's password-forgot code `ms` older (its expiry), as ageUnblockCodes does
   * for unblock codes; false when there is no account.
   */
  agePasswordForgotOtp(email: string, ms: number): boolean;
}

export function createControl(deps: Deps, ready: () => Promise<void>): EmulatorControl {
  const { state } = deps;
  const byAddress = (address: string) =>
    state.outbox.filter((m) => m.to.toLowerCase() === address.toLowerCase());
  return {
    async reset() {
      await ready();
      state.clear();
      state.config.loginVerification = deps.options.loginVerification;
      await seed(deps);
    },
    async registerClient(spec) {
      await ready();
      const { client, secret } = await registerClient(deps, spec);
      return { ...clientInfo(client), secret, publicClient: client.publicClient };
    },
    emails: byAddress,
    lastEmail: (address) => byAddress(address).at(-1) ?? null,
    async createAccount(spec) {
      await ready();
      const account = await createAccountWithPassword(deps, {
        email: spec.email,
        password: spec.password,
        verified: spec.verified ?? true,
        ...(spec.uid ? { uid: spec.uid } : {}),
        displayName: spec.displayName ?? null,
      });
      let sessionToken: string | null = null;
      if (spec.session) {
        const verified = spec.session === true ? true : spec.session.verified;
        ({ token: sessionToken } = await createSession(deps, account, { verified }));
      }
      return { uid: account.uid, email: account.email, password: spec.password, sessionToken };
    },
    account(email) {
      const found = state.findByEmail(email);
      if (!found) return null;
      const { account } = found;
      return {
        uid: account.uid,
        email: state.primaryEmail(account).email,
        emails: account.emails.map((e) => ({
          email: e.email,
          isPrimary: e.isPrimary,
          verified: e.verified,
        })),
        sessions: state.sessionsOf(account.uid).map((s) => ({
          id: s.id,
          verified: s.verified,
          deviceId: s.deviceId,
        })),
        devices: state
          .devicesOf(account.uid)
          .map((d) => ({ id: d.id, name: d.name, type: d.type })),
        displayName: account.displayName,
      };
    },
    addFault(spec) {
      const fault = createFault(validateFaultSpec(spec));
      state.faults.push(fault);
      return fault;
    },
    faults: () => [...state.faults],
    clearFaults() {
      state.faults.length = 0;
    },
    removeFault(id) {
      const index = state.faults.findIndex((f) => f.id === id);
      return index < 0 ? undefined : state.faults.splice(index, 1)[0];
    },
    advanceClock(ms) {
      state.clockOffsetMs += ms;
      return state.now();
    },
    config(patch = {}) {
      if (typeof patch.loginVerification === 'boolean') {
        state.config.loginVerification = patch.loginVerification;
      }
      return { ...state.config };
    },
    endSessions(email) {
      const found = state.findByEmail(email);
      if (!found) return null;
      const sessions = state.sessionsOf(found.account.uid);
      for (const s of sessions) state.destroySession(s.id);
      return sessions.length;
    },
    ageUnblockCodes(email, ms) {
      const found = state.findByEmail(email);
      const codes = found && state.unblockCodes.get(found.account.uid);
      for (const [code, createdAt] of codes ?? []) codes?.set(code, createdAt - ms);
      return Boolean(found);
    },
    agePasswordForgotOtp(email, ms) {
      const found = state.findByEmail(email);
      const otp = found && state.passwordForgotOtps.get(found.account.uid);
      if (otp) otp.expiresAt -= ms;
      return Boolean(found);
    },
    blockSignin(email) {
      const found = state.findByEmail(email);
      if (found) state.signinBlocked.add(found.account.uid);
      return Boolean(found);
    },
  };
}
