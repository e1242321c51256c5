import { lazy, Suspense } from 'react';
import type { RetryWait } from '../lib/retry-wait';

const RetryWaitText = lazy(() =>
  import('./retry/wait-text').then((m) =>
    m.stringsReady.then(() => ({ default: m.RetryWaitText })),
  ),
);

/**
 * The wait a server asked for, under the error that said it. A timer (ARIA `timer`, "the time
 * remaining until an end point") made a polite live region, always in the page so its changes
 * are heard: it announces the wait once when it starts and once when it is over. The countdown
 * that ticks on screen is hidden from assistive technology (one announcement a second would
 * drown everything else). Not `status`: the pages' own notices keep that role to themselves.
 * Its words load with the first wait (retry/wait-text.tsx).
 */
export function RetryCountdown({ wait }: { wait: RetryWait }) {
  return (
    <p className="retry-wait" role="timer" aria-live="polite">
      {wait.waiting || wait.ended ? (
        <Suspense fallback={null}>
          <RetryWaitText wait={wait} />
        </Suspense>
      ) : null}
    </p>
  );
}
