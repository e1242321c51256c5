import { Localized } from '@fluent/react';
import { addLazyStrings } from '../../l10n/lazy-strings';
import type { RetryWait } from '../../lib/retry-wait';

// What the countdown says, with its strings (retry/<locale>.lazy.ftl): only a page a server has
// asked to wait loads them, not every page's first load.
export const stringsReady = import('virtual:ftl-lazy/components/retry').then(addLazyStrings);

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

/** The ticking wait on screen, the whole wait once for assistive technology, then "now". */
export function RetryWaitText({ wait }: { wait: RetryWait }) {
  return wait.waiting ? (
    <>
      <WaitText seconds={wait.secondsLeft} shown="on-screen" />
      <WaitText seconds={wait.seconds} shown="to-readers" />
    </>
  ) : (
    <Localized id="retry-wait-over">
      <span>You can try again now.</span>
    </Localized>
  );
}
