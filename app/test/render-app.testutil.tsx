// Route-level tests: the whole app (its real route table, session bootstrap, strings, react-query)
// rendered in happy-dom at a path, against the emulator behind MSW. A page change is checked in
// seconds; the e2e suite stays the proof in real browsers. Queries go through Testing Library's
// roles and names, as a user finds things.

import { cleanup, getDefaultNormalizer, render, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { setupEmulatorServer } from '../../mocks/msw/node';
import { AppRoot } from '../app-root';
import { bootstrapSession } from '../bootstrap/bootstrap-session';
import { setPendingSignin } from '../features/signin/pending-signin';
import { setAppLocalization } from '../l10n/lazy-strings';
import { loadLocalization } from '../l10n/localization';
import { resetClockOffset } from '../lib/auth-client/http';
import { queryClient } from '../query-client';
import { discoverRoutes, loaderContext, routes } from '../router';
import { startRouteRequests } from '../routes/route-data';
import { saveAccount } from '../session/account-storage';
import { useSessionStore } from '../session/session-store';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

export interface TestAccount {
  uid: string;
  email: string;
  password: string;
  sessionToken: string;
}

/** One emulator per test file (behind MSW, at the app's default server origin). */
export function installAppEmulator() {
  // A test here renders the whole app and types as a user does: on the shared 2-core machine,
  // under load, that can pass vitest's 5 s default without anything being wrong.
  vi.setConfig({ testTimeout: 15_000 });
  const node = setupEmulatorServer({ demoAccount: false });
  /** Every request the app made in this test, as "METHOD /path". */
  let requests: string[] = [];
  node.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  beforeAll(async () => {
    node.server.listen({ onUnhandledRequest: 'error' });
    await node.emulator.ready;
  });
  beforeEach(() => {
    requests = [];
  });
  afterEach(async () => {
    // Requests a test set off (a refetch after a change) end before the page goes, so none is
    // still open when the window is torn down.
    await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
    cleanup();
    queryClient.clear();
    node.emulator.control.clearFaults();
    resetClockOffset();
    useSessionStore.setState({ session: { status: 'unknown' } });
    // A sign-in between its steps lives in memory (setup.ts clears storage): it must not carry
    // over into the next test.
    setPendingSignin(null);
  });
  afterAll(() => node.server.close());
  let n = 0;
  return {
    emulator: node.emulator,
    /** The requests the app made so far in this test (preflights aside: MSW has none). */
    requests: () => [...requests],
    /** A verified account with a session, verified unless asked otherwise. */
    async account(options: { sessionVerified?: boolean } = {}): Promise<TestAccount> {
      n += 1;
      const password = 'a long enough password';
      const created = await node.emulator.control.createAccount({
        email: `route${n}@example.com`,
        password,
        session: { verified: options.sessionVerified ?? true },
      });
      return {
        uid: created.uid,
        email: created.email,
        password,
        sessionToken: created.sessionToken as string,
      };
    },
    /** The 6-digit code last mailed to `address` (fails the test when there is none). */
    lastCode(address: string): string {
      const mail = node.emulator.control.lastEmail(address);
      if (!mail) throw new Error(`no email was sent to ${address}`);
      return mail.code;
    },
  };
}

let localization: ReturnType<typeof loadLocalization> | undefined;

/**
 * Opens the app at `path` as a non-Firefox browser would (no device exchange), with `signedIn`
 * stored as the current account when given (`verified: false` stores it as a session that still
 * needs its emailed code).
 */
export async function renderApp(
  path: string,
  options: { signedIn?: TestAccount; verified?: boolean } = {},
) {
  const url = new URL(path, 'http://localhost:3030');
  window.history.replaceState(null, '', url.pathname + url.search);
  if (options.signedIn) {
    const { uid, email, sessionToken } = options.signedIn;
    const verified = options.verified ?? true;
    saveAccount({ uid, email, sessionToken, verified }, { makeCurrent: true });
  }
  await bootstrapSession({ url, userAgent: CHROME_UA });
  // As the entry does (main.tsx): the page's requests start before the app renders.
  const early = startRouteRequests(url.pathname);
  // One localization per file: page chunks add their lazy strings to it only once (lazy-strings.ts).
  localization ??= loadLocalization(['en-US']);
  const { l10n } = await localization;
  setAppLocalization(l10n);
  const router = createMemoryRouter(routes, {
    initialEntries: [url.pathname + url.search],
    patchRoutesOnNavigation: discoverRoutes,
    getContext: loaderContext(early),
  });
  const view = render(<AppRoot l10n={l10n} channel={null} router={router} />);
  return { ...view, router };
}

/** Text as read, without the U+2068/U+2069 marks Fluent puts around each variable. */
export const withoutIsolation = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/** Testing Library text options that ignore Fluent's isolation marks: `findByText(t, fluent)`. */
export const fluent = {
  normalizer: (text: string) => getDefaultNormalizer()(withoutIsolation(text)),
};

/** An accessible-name matcher that ignores Fluent's isolation marks: `{ name: named('…') }`. */
export const named = (expected: string) => (name: string) => withoutIsolation(name) === expected;
