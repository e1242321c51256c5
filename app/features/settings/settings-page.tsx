import { useLocalization } from '@fluent/react';
import { lazy, Suspense, useEffect } from 'react';
import { isInvalidTokenError } from '../../lib/auth-client/errors';
import { preload } from '../../lib/preload';
import { usePaintedOnce } from '../../lib/use-painted';
import { accountQuery } from './data/queries';
import { useSettingsQuery } from './data/use-settings-query';
import { DeleteAccountSection } from './sections/delete-account-section';
import { ProfileSection } from './sections/profile-section';
import { SecuritySection } from './sections/security-section';
import { loadSectionStrings, useSettingsOutletAccount } from './settings-layout';
import { Skeleton } from './skeleton';

// Below the fold: a chunk apart from what the page needs before first render. Its data is
// requested with the account's; its code only once the page has painted (see SettingsPage).
const loadConnectedServices = () => import('./sections/connected-services');
const ConnectedServices = lazy(() =>
  loadConnectedServices().then((m) =>
    m.stringsReady.then(() => ({ default: m.ConnectedServices })),
  ),
);
// Data collection and use: below the fold too, from the account already loaded (no request).
const DataCollection = lazy(() =>
  import('./sections/data-collection').then((m) =>
    m.stringsReady.then(() => ({ default: m.DataCollection })),
  ),
);
// Two-step authentication: below the fold as well, with its own requests (two-step-data.ts).
const TwoStepSection = lazy(() =>
  import('./two-step/two-step-section').then((m) =>
    m.stringsReady.then(() => ({ default: m.TwoStepSection })),
  ),
);
// Only needed when the account cannot be loaded, but fetched once the page has painted, not
// when needed: by then the network may be what failed.
const loadErrorDialog = () =>
  Promise.all([import('./account-error-dialog'), loadSectionStrings()]).then(([m]) => m);
const AccountErrorDialog = lazy(() =>
  loadErrorDialog().then((m) => ({ default: m.AccountErrorDialog })),
);

const firstPaint = { painted: false };
const sectionSkeleton = (
  <section className="card" aria-busy="true">
    <Skeleton />
  </section>
);

/**
 * `/settings`: opens straight onto the session's account, wherever the session came from
 * (upstream PageSettings; sections in fxa-upstream.md §3.2). Nothing here waits for the server
 * before rendering: each section shows a skeleton until its data is in. The account is the one
 * request content waits for; if it fails, a dialog says so and offers a retry (upstream
 * AppErrorDialog, test settings/accountFetchError.spec.ts), never a blank page.
 */
export function SettingsPage() {
  const { l10n } = useLocalization();
  const account = useSettingsOutletAccount();
  const accountData = useSettingsQuery(accountQuery(account.uid));
  // The chunks below the first paint load after it. Requested while the page renders, they arrived
  // just before the account's content, and compiling them and re-rendering their Suspense
  // boundaries delayed that content (docs/performance.md).
  const painted = usePaintedOnce(firstPaint);
  useEffect(() => {
    if (painted) preload(loadErrorDialog);
  }, [painted]);
  // errno 110 is not a failure to show: the layout is already signing the user out.
  if (accountData.status === 'error' && !isInvalidTokenError(accountData.error)) {
    return (
      <Suspense fallback={null}>
        <AccountErrorDialog
          error={accountData.error}
          retrying={accountData.isFetching}
          onRetry={accountData.refetch}
        />
      </Suspense>
    );
  }
  return (
    <>
      <h1>{l10n.getString('settings-heading')}</h1>
      {/* data-settings-ready: the bench's "account content rendered" mark (bench/observer.js). */}
      <div data-settings-ready={accountData.status === 'success' ? '' : undefined}>
        <ProfileSection account={account} data={accountData.data} />
        <SecuritySection data={accountData.data} />
        <Suspense fallback={sectionSkeleton}>
          {painted ? <TwoStepSection uid={account.uid} /> : sectionSkeleton}
        </Suspense>
        <Suspense fallback={sectionSkeleton}>
          {painted ? <ConnectedServices uid={account.uid} /> : sectionSkeleton}
        </Suspense>
        {painted ? (
          <Suspense fallback={sectionSkeleton}>
            <DataCollection uid={account.uid} />
          </Suspense>
        ) : null}
        <DeleteAccountSection />
      </div>
    </>
  );
}
