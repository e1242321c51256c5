import { describe, expect, it, vi } from 'vitest';
import {
  installEmulator,
  POCKET,
  query,
  TRUSTED,
  UNTRUSTED,
} from '../../features/oauth/oauth-test-setup.testutil';
import { saveAccount } from '../../session/account-storage';
import type { SignedInAccount } from '../../session/precedence';
import { AuthServerError, NetworkError } from '../auth-client/errors';
import {
  codeRedirectUrl,
  type FinishOAuthInput,
  finishOAuthFlow,
  PERMISSIONS_PATH,
  permissionsUrl,
  prepareAuthorization,
} from './finish-oauth';
import { OAuthFailureError } from './oauth-errors';

const env = installEmulator();

/** What a page does: the one check of its query, then the flow finished with that request. */
async function checkAndFinish(input: {
  account: SignedInAccount;
  query: URLSearchParams;
  navigate: (to: string) => void;
  leave: FinishOAuthInput['leave'];
  permissionsAccepted?: boolean;
}) {
  const request = await prepareAuthorization(input.query);
  await finishOAuthFlow({
    account: input.account,
    request,
    permissions: input.permissionsAccepted
      ? 'accepted'
      : { show: () => input.navigate(permissionsUrl(input.query.toString())) },
    leave: input.leave,
  });
}

async function finish(q: URLSearchParams, options: { permissionsAccepted?: boolean } = {}) {
  const account = await env.account();
  saveAccount(account, { makeCurrent: true });
  const leave = vi.fn<(url: string) => void>();
  const navigate = vi.fn<(to: string) => void>();
  await checkAndFinish({ account, query: q, navigate, leave, ...options });
  return { account, leave, navigate };
}

const failureOf = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OAuthFailureError);
  return (error as OAuthFailureError).failure;
};

describe('finishOAuthFlow', () => {
  it('goes back to the registered redirect with a fresh code and the relier’s state', async () => {
    const { leave, navigate } = await finish(query(TRUSTED));
    expect(navigate).not.toHaveBeenCalled();
    expect(leave).toHaveBeenCalledOnce();
    const url = new URL(leave.mock.calls[0]?.[0] as string);
    expect(url.origin + url.pathname).toBe(TRUSTED.redirect_uri);
    expect(url.searchParams.get('state')).toBe('relier-state');
    expect(url.searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the first registered redirect when the relier names none (B3)', async () => {
    const { leave } = await finish(query(TRUSTED, { redirect_uri: undefined }));
    expect(leave.mock.calls[0]?.[0]).toMatch(/^http:\/\/localhost:8080\/api\/oauth\?code=/);
  });

  it('public client with PKCE: a code', async () => {
    const { leave } = await finish(query(POCKET));
    expect(leave.mock.calls[0]?.[0]).toMatch(/^http:\/\/localhost:8080\/callback\?code=/);
  });

  it('an untrusted client goes to the permissions page first, with the same query', async () => {
    const q = query(UNTRUSTED);
    const { leave, navigate } = await finish(q);
    expect(leave).not.toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(`${PERMISSIONS_PATH}?${q.toString()}`);
  });

  it('an untrusted client, permissions accepted: a code for its filtered scopes', async () => {
    const { leave } = await finish(query(UNTRUSTED), { permissionsAccepted: true });
    expect(leave.mock.calls[0]?.[0]).toMatch(
      /^http:\/\/localhost:8080\/321done\/api\/oauth\?code=/,
    );
  });

  it('prompt=consent shows the permissions page to a trusted client too', async () => {
    const { navigate } = await finish(query(TRUSTED, { prompt: 'consent' }));
    expect(navigate.mock.calls[0]?.[0]).toMatch(/^\/signin_permissions\?/);
  });

  it('stops on the server’s PKCE rules (B11)', async () => {
    const account = await env.account();
    const args = { account, navigate: vi.fn(), leave: vi.fn() };
    expect(
      await failureOf(
        checkAndFinish({
          ...args,
          query: query(POCKET, { code_challenge: undefined, code_challenge_method: undefined }),
        }),
      ),
    ).toMatchObject({ kind: 'page', id: 'oauth-error-missing-pkce' });
    expect(
      await failureOf(
        checkAndFinish({
          ...args,
          query: query(TRUSTED, {
            code_challenge: POCKET.code_challenge,
            code_challenge_method: 'S256',
          }),
        }),
      ),
    ).toMatchObject({ kind: 'page', id: 'oauth-error-not-public-client' });
    expect(args.leave).not.toHaveBeenCalled();
  });

  it('refuses an unregistered redirect before asking for a code', async () => {
    const account = await env.account();
    const leave = vi.fn();
    const failure = await failureOf(
      checkAndFinish({
        account,
        query: query(TRUSTED, { redirect_uri: 'https://evil.example/api/oauth' }),
        navigate: vi.fn(),
        leave,
      }),
    );
    expect(failure).toMatchObject({ kind: 'page', errno: 103 });
    expect(leave).not.toHaveBeenCalled();
  });

  it('keys cannot come from a one-click session', async () => {
    const account = await env.account();
    const failure = await failureOf(
      checkAndFinish({
        account,
        query: query(
          {
            client_id: '5882386c6d801776',
            redirect_uri: 'urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel',
            state: 's',
            scope: 'https://identity.mozilla.com/apps/oldsync',
          },
          { keys_jwk: 'eyJrdHkiOiJFQyJ9' },
        ),
        navigate: vi.fn(),
        leave: vi.fn(),
      }),
    );
    // A web flow never navigates to a WebChannel URN.
    expect(failure).toMatchObject({ kind: 'page', errno: 103 });
  });

  it('passes the session’s own problems through untouched', async () => {
    const account = await env.account();
    const args = { query: query(TRUSTED), navigate: vi.fn(), leave: vi.fn() };
    const gone = await checkAndFinish({
      ...args,
      account: { ...account, sessionToken: 'e5'.repeat(32) },
    }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(AuthServerError);
    expect((gone as AuthServerError).errno).toBe(110);

    env.emulator.control.addFault({ path: '/v1/oauth/authorization', status: 'network', times: 1 });
    const offline = await checkAndFinish({ ...args, account }).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(NetworkError);
    expect(args.leave).not.toHaveBeenCalled();
  });

  it('an unverified session is the sign-in flow’s to confirm (138)', async () => {
    const account = await env.account({ verified: false });
    const error = await checkAndFinish({
      account,
      query: query(TRUSTED),
      navigate: vi.fn(),
      leave: vi.fn(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthServerError);
    expect((error as AuthServerError).errno).toBe(138);
  });
});

describe('codeRedirectUrl', () => {
  it('adds code and state to the registered redirect, keeping its own query', () => {
    expect(codeRedirectUrl('https://r.example/cb?x=1', 'c0de', 's t')).toBe(
      'https://r.example/cb?x=1&code=c0de&state=s+t',
    );
  });
});
