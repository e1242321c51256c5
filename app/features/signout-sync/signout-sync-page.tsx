import { Localized } from '@fluent/react';

/**
 * `/signout_sync`: Firefox holds a session the server has ended, in a Sync context. Sending the
 * user to sign in on the web would not repair Firefox and can break Sync (a new, unconfirmed
 * session handed to the browser: mozilla/fxa-content-server#4252), so the page says how to
 * recover from the browser itself, as upstream's SignoutSync does (mozilla/fxa PR #17241).
 * Nothing here needs a session or sends anything.
 */
export function SignoutSyncPage() {
  return (
    <section className="card" aria-labelledby="signout-sync-heading">
      <Localized id="signout-sync-heading">
        <h1 id="signout-sync-heading">Session expired</h1>
      </Localized>
      <Localized id="signout-sync-body">
        <p>
          Firefox is still signed in with a session that has ended. Signing in again here would not
          fix Firefox.
        </p>
      </Localized>
      <Localized id="signout-sync-steps">
        <p>
          Sign out of your account from Firefox’s menu (Settings, then Sync), then sign in again
          there.
        </p>
      </Localized>
    </section>
  );
}
