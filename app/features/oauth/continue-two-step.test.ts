// "Continue as" for a relier asking for acr_values=AAL2, against the emulator behind MSW: a
// one-step session is refused (errno 170); an account with two-step authentication is sent to
// its code, one without is told what the relier requires; after the second step the code comes.
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../config';
import { sessionVerifyTotp } from '../../lib/auth-client/two-step';
import { prepareAuthorization } from '../../lib/oauth/finish-oauth';
import { continueToRelier } from './continue';
import { installEmulator, query, TRUSTED } from './oauth-test-setup.testutil';

const setup = installEmulator();
const control = (path: string, method = 'GET') =>
  fetch(`${new URL(getConfig().authServerUrl).origin}/__emulator${path}`, {
    method,
    ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
  }).then((r) => r.json() as Promise<Record<string, unknown>>);

const aal2 = query(TRUSTED, { acr_values: 'AAL2' });
/** What `/authorization` hands "Continue as": the checked request and the query it carries on. */
const checked = async () => ({ request: await prepareAuthorization(aal2), query: aal2.toString() });

describe('one click for a relier that requires two-step authentication', () => {
  it('an account without it: an inline message, nothing else happens', async () => {
    const account = await setup.account();
    const navigated: string[] = [];
    const problem = await continueToRelier({
      account,
      request: await prepareAuthorization(aal2),
      query: aal2.toString(),
      navigate: (to) => navigated.push(to),
    });
    expect(problem).toEqual({
      kind: 'inline',
      l10nId: 'oauth-continue-two-step-required',
      message:
        'This application requires two-step authentication. Turn it on in your account settings, then try again.',
    });
    expect(navigated).toEqual([]);
  });

  it('an account with it and a one-step session: its code first; then the relier gets a code', async () => {
    const account = await setup.account();
    await control(`/accounts/${encodeURIComponent(account.email)}/totp`, 'POST');
    expect(await continueToRelier({ account, ...(await checked()), navigate: () => {} })).toEqual({
      kind: 'two-step',
    });
    const { code } = await control(`/accounts/${encodeURIComponent(account.email)}/totp-code`);
    expect(await sessionVerifyTotp(account.sessionToken, '000000')).toBe(code === '000000');
    expect(await sessionVerifyTotp(account.sessionToken, code as string)).toBe(true);
    // No problem any more: the flow has a code and leaves for the relier.
    expect(
      await continueToRelier({ account, ...(await checked()), navigate: () => {} }),
    ).toBeNull();
  });
});
