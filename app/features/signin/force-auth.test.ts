// force_auth's account check against the emulator behind MSW: which step the page shows for the
// account a URL names (upstream Backbone views/force_auth.js beforeRender).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupEmulatorServer } from '../../../mocks/msw/node';
import { readSigninFlow } from './flow';
import { checkForceAuthAccount } from './force-auth';

const node = setupEmulatorServer({ demoAccount: false });
beforeAll(async () => {
  node.server.listen({ onUnhandledRequest: 'error' });
  await node.emulator.ready;
});
afterAll(() => node.server.close());

const flowOf = (path: string) => readSigninFlow(new URL(path, 'http://localhost:3030'), null);
const SYNC = '/force_auth?context=fx_desktop_v3&service=sync';
const WEB = '/force_auth';
const GONE_UID = '0123456789abcdef0123456789abcdef';

describe('checkForceAuthAccount', () => {
  it('an existing account, named by email alone or with its own uid, is signed in to', async () => {
    const { uid, email } = await node.emulator.control.createAccount({
      email: 'exists@example.com',
      password: 'a long enough password',
    });
    expect(await checkForceAuthAccount(flowOf(WEB), email, undefined)).toBe('exists');
    expect(await checkForceAuthAccount(flowOf(SYNC), email, uid)).toBe('exists');
  });

  it('an email with no account is unknown (the page offers to sign up with it)', async () => {
    expect(await checkForceAuthAccount(flowOf(SYNC), 'nobody@example.com', undefined)).toBe(
      'unknown',
    );
    expect(await checkForceAuthAccount(flowOf(WEB), 'nobody@example.com', GONE_UID)).toBe(
      'unknown',
    );
  });

  it('a uid that is gone: Firefox desktop Sync may move to the new one, other flows may not', async () => {
    const { email } = await node.emulator.control.createAccount({
      email: 'recreated@example.com',
      password: 'a long enough password',
    });
    expect(await checkForceAuthAccount(flowOf(SYNC), email, GONE_UID)).toBe('exists');
    expect(await checkForceAuthAccount(flowOf(WEB), email, GONE_UID)).toBe('deleted');
  });
});
