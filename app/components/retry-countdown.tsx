import { Localized } from '@fluent/react';
import type { RetryWait } from '../lib/retry-wait';

/** "in 30 seconds" / "in 2 minutes": one message each, with Fluent plurals for every locale. */
function WaitText({ seconds, shown }: { seconds: number; shown: 'on-screen' | 'to-readers' }) {
  const minutes = Math.ceil(seconds / 60);
  const hidden = shown === 'on-screen';
  const className = hidden ? undefined : 'visually-hidden';
  return seconds < 60 ? (
    <Localized id="retry-wait-seconds" vars={{ seconds }}>
      <span aria-hidden={hidden || undefined} className={className}>
        You can try again in {seconds} seconds.
      </span>
    </Localized>
  ) : (
    <Localized id="retry-wait-minutes" vars={{ minutes }}>
      <span aria-hidden={hidden || undefined} className={className}>
        You can try again in {minutes} minutes.
      </span>
    </Localized>
  );
}

/**
 * The wait a server asked for, under the error that said it. A timer (ARIA `timer`, "the time
 * remaining until an end point") made a polite live region, always in the page so its changes
 * are heard: it announces the wait once when it starts and once when it is over. The countdown
 * that ticks on screen is hidden from assistive technology (one announcement a second would
 * drown everything else). Not `status`: the pages' own notices keep that role to themselves.
 */
export function RetryCountdown({ wait }: { wait: RetryWait }) {
  return (
    <p className="retry-wait" role="timer" aria-live="polite">
      {wait.waiting ? (
        <>
          <WaitText seconds={wait.secondsLeft} shown="on-screen" />
          <WaitText seconds={wait.seconds} shown="to-readers" />
        </>
      ) : wait.ended ? (
        <Localized id="retry-wait-over">
          <span>You can try again now.</span>
        </Localized>
      ) : null}
    </p>
  );
}
