import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createOAuthCode } from '../../lib/auth-client/oauth';
import { codeRedirectUrl, prepareAuthorization } from '../../lib/oauth/finish-oauth';
import { recordPermissions } from '../../lib/oauth/permissions';
import { saveAccount } from '../../session/account-storage';
import type { SignedInAccount } from '../../session/precedence';
import { installEmulator, query, TRUSTED, UNTRUSTED } from './oauth-test-setup.testutil';
import { runPromptNone } from './prompt-none';

const env = installEmulator();

async function run(
  q: Record<string, string | undefined>,
  account: SignedInAccount | undefined,
  base: Record<string, string> = TRUSTED,
) {
  const request = await prepareAuthorization(query(base, { prompt: 'none', ...q }));
  const onInvalidSession = vi.fn();
  const outcome = await runPromptNone({ request, account, onInvalidSession });
  return { outcome, onInvalidSession, request };
}

const errorOf = (o: Awaited<ReturnType<typeof run>>['outcome']) =>
  o.kind === 'error' && o.failure.kind === 'redirect' ? o.failure.error : o.kind;

const SECRETS: Record<string, string> = {
  [TRUSTED.client_id]: 'dd017bd870b25de460d04dbb3b63666f5af82c36fc7023305a53f201617ea234',
  [UNTRUSTED.client_id]: '28fad50251fcc614671340eacd337a94def498bcd81c1c975ac3d6129e332e0a',
};

/** An ID token the emulator issued to a confidential client for this account (a real exchange). */
async function idTokenFor(account: SignedInAccount, client = TRUSTED): Promise<string> {
  const { code } = await createOAuthCode(account.sessionToken, {
    client_id: client.client_id,
    state: 's',
    scope: 'openid profile:email',
    redirect_uri: client.redirect_uri,
  });
  const res = await fetch('http://localhost:9000/v1/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: client.client_id,
      client_secret: SECRETS[client.client_id],
      code,
      redirect_uri: client.redirect_uri,
    }),
  });
  return ((await res.json()) as { id_token: string }).id_token;
}

describe('prompt=none', () => {
  it('signed in, allowed client: straight back with a code', async () => {
    const account = await env.account();
    const { outcome, request } = await run({}, account);
    expect(outcome.kind).toBe('code');
    const url = new URL((outcome as { url: string }).url);
    expect(url.href).toBe(
      codeRedirectUrl(request.redirectUri, url.searchParams.get('code') as string, 'relier-state'),
    );
  });

  it('a matching login_hint (any case) is fine', async () => {
    const account = await env.account();
    const { outcome } = await run({ login_hint: account.email.toUpperCase() }, account);
    expect(outcome.kind).toBe('code');
  });

  it('nobody signed in: login_required (B17)', async () => {
    expect(errorOf((await run({}, undefined)).outcome)).toBe('login_required');
  });

  it('a client not allowed prompt=none: unauthorized_client (B18)', async () => {
    const account = await env.account();
    const { outcome } = await run({ login_hint: account.email }, account, UNTRUSTED);
    expect(errorOf(outcome)).toBe('unauthorized_client');
  });

  it('another user named by login_hint: account_selection_required (B19)', async () => {
    const account = await env.account();
    expect(errorOf((await run({ login_hint: 'other@example.com' }, account)).outcome)).toBe(
      'account_selection_required',
    );
  });

  it('keys asked for: invalid_request (B21)', async () => {
    const account = await env.account();
    expect(errorOf((await run({ keys_jwk: 'eyJrdHkiOiJFQyJ9' }, account)).outcome)).toBe(
      'invalid_request',
    );
  });

  it('an unverified session: interaction_required (B22)', async () => {
    const account = await env.account({ verified: false });
    expect(errorOf((await run({}, account)).outcome)).toBe('interaction_required');
  });

  it('a session the server no longer knows: login_required, and the caller forgets it', async () => {
    const account = await env.account();
    const { outcome, onInvalidSession } = await run(
      {},
      { ...account, sessionToken: 'f6'.repeat(32) },
    );
    expect(errorOf(outcome)).toBe('login_required');
    expect(onInvalidSession).toHaveBeenCalledOnce();
  });

  it('an untrusted client the user has not seen: consent_required; once seen, a code', async () => {
    const account = await env.account();
    saveAccount(account, { makeCurrent: true });
    // Not allow-listed, so it may only use prompt=none with an id_token_hint of its own.
    const hint = await idTokenFor(account, UNTRUSTED);
    const first = await run({ id_token_hint: hint }, account, UNTRUSTED);
    expect(errorOf(first.outcome)).toBe('consent_required');
    recordPermissions(first.request, account.uid, account.email);
    const again = await run({ id_token_hint: hint }, account, UNTRUSTED);
    expect(again.outcome.kind).toBe('code');
  });

  describe('id_token_hint', () => {
    it('its own, valid: a code, even for a client not on the allow-list', async () => {
      const account = await env.account();
      const token = await idTokenFor(account);
      const { outcome } = await run({ id_token_hint: token }, account);
      expect(outcome.kind).toBe('code');
    });

    it('for another user: account_selection_required (B19)', async () => {
      const account = await env.account();
      const other = await env.account();
      const token = await idTokenFor(other);
      expect(errorOf((await run({ id_token_hint: token }, account)).outcome)).toBe(
        'account_selection_required',
      );
    });

    it('forged, or for another client: invalid_request (B20)', async () => {
      const account = await env.account();
      const forged = await new SignJWT({ sub: account.uid })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('http://localhost:3030')
        .setAudience(TRUSTED.client_id)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not the server key, not at all'));
      expect(errorOf((await run({ id_token_hint: forged }, account)).outcome)).toBe(
        'invalid_request',
      );
      const for123done = await idTokenFor(account);
      const pocket = {
        client_id: '7c0a2f3e4d5b6a19',
        redirect_uri: 'http://localhost:8080/callback',
        state: 's',
        scope: 'profile',
      };
      const { outcome } = await run({ id_token_hint: for123done }, account, pocket);
      expect(errorOf(outcome)).toBe('invalid_request');
    });

    // Last: these move the emulator's clock forward for the rest of the file.
    it('expired, within the 7-day grace: still a code; beyond it: invalid_request (B20)', async () => {
      const account = await env.account();
      const token = await idTokenFor(account);
      env.emulator.control.advanceClock(2 * 24 * 60 * 60 * 1000);
      expect((await run({ id_token_hint: token }, account)).outcome.kind).toBe('code');
      env.emulator.control.advanceClock(6 * 24 * 60 * 60 * 1000);
      expect(errorOf((await run({ id_token_hint: token }, account)).outcome)).toBe(
        'invalid_request',
      );
    });
  });
});
