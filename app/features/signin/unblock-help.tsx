import { Localized } from '@fluent/react';
import { UNBLOCK_SUPPORT_URL } from './pending-unblock';

/** "Why is this happening?": the help article on blocked sign-ins, under both unblock pages. */
export function UnblockHelp() {
  return (
    <p>
      <Localized id="unblock-why">
        <a href={UNBLOCK_SUPPORT_URL} target="_blank" rel="noopener noreferrer">
          Why is this happening?
        </a>
      </Localized>
    </p>
  );
}
