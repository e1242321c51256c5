// Everything the emulator remembers, in plain maps: accounts (onepw verifier, wrapped keys, emails,
// profile), token records keyed by their derived tokenId (what Hawk `id` / `Bearer fxs_…` carry),
// devices, OAuth clients/codes/tokens, the outbox of verification codes, injected faults and a clock
// that tests can move forward. Shapes follow the auth-server DB records closely enough that the
// routes can answer with upstream's JSON (mozilla/fxa `packages/fxa-auth-server/docs/schema.md`).

import type { Fault } from './faults.ts';

export interface EmailRecord {
  email: string;
  /** Lower-cased; emails are unique case-insensitively upstream. */
  normalized: string;
  isPrimary: boolean;
  verified: boolean;
  /** Pending confirmation codes (6-digit OTP and the 32-hex link code). */
  pending: PendingCode | null;
  createdAt: number;
}

export interface PendingCode {
  code: string;
  linkCode: string;
  expiresAt: number;
}

/** Server-side onepw state for one key-stretching version. */
export interface PasswordVerifier {
  authSalt: string;
  verifyHash: string;
  /** wrapKb ⊕ wrapwrapKey: the server never stores wrapKb itself. */
  wrapwrapKb: string;
  /** v2 only: `identity.mozilla.com/picl/v1/quickStretchV2:<32 hex>`. */
  clientSalt?: string;
}

export interface AvatarRecord {
  id: string;
  url: string;
}

export interface Account {
  uid: string;
  /** The ORIGINAL sign-up email: the onepw v1 salt and the `email` of errno 120. */
  email: string;
  emails: EmailRecord[];
  createdAt: number;
  passwordV1: PasswordVerifier;
  passwordV2: PasswordVerifier | null;
  passwordCreatedAt: number;
  kA: string;
  keysChangedAt: number;
  profileChangedAt: number;
  displayName: string | null;
  avatar: AvatarRecord | null;
  locale: string;
  metricsEnabled: boolean;
  /** Two-step authentication (TOTP); null when never set up. Account AAL is 2 once verified. */
  totp: TotpRecord | null;
  /** Backup authentication codes, single use (upstream `recoveryCodes` table). */
  recoveryCodes: string[];
  /** The account recovery key: its id, the encrypted recovery data (JWE) and the hint. */
  recoveryKey: RecoveryKeyRecord | null;
}

/** `totp` row upstream: a pending secret is replaced on a new setup; `verified` once confirmed. */
export interface TotpRecord {
  /** Base32 secret shared with the authenticator app. */
  secret: string;
  verified: boolean;
  enabled: boolean;
  createdAt: number;
}

/** `recoveryKeys` row upstream (packages/fxa-auth-server/lib/routes/recovery-key.js). */
export interface RecoveryKeyRecord {
  recoveryKeyId: string;
  recoveryData: string;
  hint: string | null;
  enabled: boolean;
  createdAt: number;
}

/** How a session was verified (upstream's verificationMethod names; AMR `otp` for the last two). */
export type SessionVerificationMethod = 'email-otp' | 'totp-2fa' | 'recovery-code';

interface TokenBase {
  /** tokenId hex: the Hawk `id`, the Bearer body, the map key. */
  id: string;
  /** Hawk credentials.key (reqHMACkey). */
  key: Uint8Array;
  uid: string;
  createdAt: number;
}

export interface SessionRecord extends TokenBase {
  lastAccessTime: number;
  /** Seconds, as `authAt` in responses. */
  authAt: number;
  /** tokenVerified upstream: false until the login (or sign-up) code is confirmed. */
  verified: boolean;
  /** Login confirmation code for this session (sign-up codes live on the email record). */
  pending: PendingCode | null;
  verificationMethod: SessionVerificationMethod | null;
  deviceId: string | null;
  userAgent: string;
}

export interface KeyFetchTokenRecord extends TokenBase {
  keyRequestKey: Uint8Array;
  /** The session it was issued with: /account/keys follows that session's verification. */
  sessionId: string | null;
  /** Used when there is no session (password change start): verified at issue time. */
  verifiedAtIssue: boolean;
  /** Unlocked at login with authPW, as upstream's keyFetchToken rows hold them. */
  kA: string;
  wrapKb: string;
}

export interface PasswordChangeTokenRecord extends TokenBase {
  expiresAt: number;
}

/**
 * `passwordForgotTokens` row upstream (lib/tokens/password_forgot_token.js): made by
 * /password/forgot/verify_otp; carries the 16-byte passCode /password/forgot/verify_code checks,
 * the tries left and, after a two-step check, how it was verified.
 */
export interface PasswordForgotTokenRecord extends TokenBase {
  expiresAt: number;
  passCode: string;
  tries: number;
  /** The email the code went to (customs and the reset emails use it). */
  email: string;
  verificationMethod: SessionVerificationMethod | null;
}

/** `accountResetTokens` row upstream: single use, 15 minutes, made by verify_code. */
export interface AccountResetTokenRecord extends TokenBase {
  expiresAt: number;
  verificationMethod: SessionVerificationMethod | null;
}

/** The 8-digit reset code of `passwordForgotOtp` (upstream keeps it in Redis per uid, 600 s). */
export interface PasswordForgotOtp {
  code: string;
  expiresAt: number;
  /** Wrong guesses so far; the code is dropped at the emulator's limit (mailer.ts). */
  failures: number;
}

export interface DeviceRecord {
  id: string;
  uid: string;
  sessionId: string | null;
  refreshTokenId: string | null;
  name: string;
  type: string;
  availableCommands: Record<string, string>;
  pushCallback: string | null;
  pushPublicKey: string | null;
  pushAuthKey: string | null;
  createdAt: number;
  lastAccessTime: number;
}

export interface OAuthClient {
  id: string;
  name: string;
  /** sha256(secret) hex, as upstream's `hashedSecret`; null for public clients. */
  hashedSecret: string | null;
  redirectUris: string[];
  imageUri: string;
  trusted: boolean;
  publicClient: boolean;
  /** May use grant_type=fxa-credentials (Firefox, the content server itself). */
  canGrant: boolean;
  /** Key-bearing / custom scopes this client may request (upstream `allowedScopes`). */
  allowedScopes: string[];
}

export interface AuthorizationCodeRecord {
  code: string;
  clientId: string;
  uid: string;
  sessionId: string;
  scope: string[];
  redirectUri: string;
  codeChallenge: string | null;
  offline: boolean;
  authAt: number;
  keysJwe: string | null;
  createdAt: number;
  expiresAt: number;
  /** The session's assurance level when the code was issued (the id token's `acr`). */
  aal?: 1 | 2;
}

export interface AccessTokenRecord {
  token: string;
  clientId: string;
  uid: string;
  scope: string[];
  createdAt: number;
  expiresAt: number;
  refreshTokenId: string | null;
}

export interface RefreshTokenRecord {
  token: string;
  /** sha256(token) hex — what attached_clients and /v1/destroy call refresh_token_id. */
  id: string;
  clientId: string;
  uid: string;
  scope: string[];
  authAt: number;
  createdAt: number;
  lastUsedAt: number;
}

// 'unblock-code': sign-in unblock (upstream template `unblockCode`), `code` is the 8-char code.
export type EmailKind =
  | 'verify-signup'
  | 'verify-login'
  | 'verify-secondary'
  | 'unblock-code'
  | 'verify-account-change'
  | 'password-forgot-otp';

export interface SentEmail {
  to: string;
  kind: EmailKind;
  code: string;
  linkCode: string;
  uid: string;
  sentAt: number;
}

export interface AvatarImage {
  id: string;
  uid: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Behaviour switches the control API can flip at run time. */
export interface RuntimeConfig {
  /** Login sessions of verified accounts must confirm a 6-digit code (upstream's default). */
  loginVerification: boolean;
}

export class EmulatorState {
  readonly accounts = new Map<string, Account>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly keyFetchTokens = new Map<string, KeyFetchTokenRecord>();
  readonly passwordChangeTokens = new Map<string, PasswordChangeTokenRecord>();
  readonly passwordForgotTokens = new Map<string, PasswordForgotTokenRecord>();
  readonly accountResetTokens = new Map<string, AccountResetTokenRecord>();
  /** Keyed by uid, as upstream's OtpManager keys `passwordForgot` codes. */
  readonly passwordForgotOtps = new Map<string, PasswordForgotOtp>();
  readonly devices = new Map<string, DeviceRecord>();
  readonly clients = new Map<string, OAuthClient>();
  readonly codes = new Map<string, AuthorizationCodeRecord>();
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly avatars = new Map<string, AvatarImage>();
  readonly outbox: SentEmail[] = [];
  readonly faults: Fault[] = [];
  clockOffsetMs = 0;
  /** Sign-in unblock codes per uid (upstream `unblockCodes` rows): code → createdAt (ms). */
  readonly unblockCodes = new Map<string, Map<string, number>>();
  /** uids whose sign-ins customs blocks (errno 125, unblockable) until an unblock code is used. */
  readonly signinBlocked = new Set<string>();

  constructor(
    private readonly baseNow: () => number,
    readonly config: RuntimeConfig,
  ) {}

  /** Milliseconds; every expiry and Hawk timestamp check goes through this clock. */
  now(): number {
    return this.baseNow() + this.clockOffsetMs;
  }

  nowSec(): number {
    return Math.floor(this.now() / 1000);
  }

  clear(): void {
    for (const m of [
      this.accounts,
      this.sessions,
      this.keyFetchTokens,
      this.passwordChangeTokens,
      this.devices,
      this.clients,
      this.codes,
      this.accessTokens,
      this.refreshTokens,
      this.avatars,
      this.passwordForgotTokens,
      this.accountResetTokens,
      this.passwordForgotOtps,
    ]) {
      m.clear();
    }
    this.outbox.length = 0;
    this.faults.length = 0;
    this.clockOffsetMs = 0;
    this.unblockCodes.clear();
    this.signinBlocked.clear();
  }

  /** Finds the account owning `email` (any of its addresses, case-insensitively). */
  findByEmail(email: string): { account: Account; record: EmailRecord } | null {
    const normalized = email.toLowerCase();
    for (const account of this.accounts.values()) {
      const record = account.emails.find((e) => e.normalized === normalized);
      if (record) return { account, record };
    }
    return null;
  }

  primaryEmail(account: Account): EmailRecord {
    const primary = account.emails.find((e) => e.isPrimary);
    if (!primary) throw new Error(`account ${account.uid} has no primary email`);
    return primary;
  }

  emailVerified(account: Account): boolean {
    return this.primaryEmail(account).verified;
  }

  sessionsOf(uid: string): SessionRecord[] {
    return [...this.sessions.values()].filter((s) => s.uid === uid);
  }

  devicesOf(uid: string): DeviceRecord[] {
    return [...this.devices.values()].filter((d) => d.uid === uid);
  }

  /** Removes a session and what hangs off it (its device, its key-fetch tokens). */
  destroySession(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    for (const [deviceId, device] of this.devices) {
      if (device.sessionId === id) this.devices.delete(deviceId);
    }
    for (const [kid, kft] of this.keyFetchTokens) {
      if (kft.sessionId === id) this.keyFetchTokens.delete(kid);
    }
  }

  /** A device goes with the session or refresh token that represents it. */
  destroyDevice(id: string): void {
    const device = this.devices.get(id);
    if (!device) return;
    this.devices.delete(id);
    if (device.sessionId) this.destroySession(device.sessionId);
    if (device.refreshTokenId) this.destroyRefreshToken(device.refreshTokenId);
  }

  destroyRefreshToken(id: string): void {
    for (const [token, rt] of this.refreshTokens) {
      if (rt.id !== id) continue;
      this.refreshTokens.delete(token);
      for (const [at, access] of this.accessTokens) {
        if (access.refreshTokenId === id) this.accessTokens.delete(at);
      }
      for (const [deviceId, device] of this.devices) {
        if (device.refreshTokenId === id) this.devices.delete(deviceId);
      }
    }
  }

  /** Account deletion: every record that names the uid goes. */
  destroyAccount(uid: string): void {
    this.accounts.delete(uid);
    this.unblockCodes.delete(uid);
    this.signinBlocked.delete(uid);
    const maps: Map<string, { uid: string }>[] = [
      this.sessions,
      this.keyFetchTokens,
      this.passwordChangeTokens,
      this.devices,
      this.codes,
      this.accessTokens,
      this.refreshTokens,
      this.avatars,
      this.passwordForgotTokens,
      this.accountResetTokens,
    ];
    this.passwordForgotOtps.delete(uid);
    for (const m of maps) {
      for (const [k, v] of m) if (v.uid === uid) m.delete(k);
    }
  }
}
