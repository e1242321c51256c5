import { Localized } from '@fluent/react';
import { Link } from 'react-router';

/** "Cancel": back to /settings, nothing saved. */
export function CancelToSettings() {
  return (
    <Link to="/settings" className="button">
      <Localized id="two-step-cancel">
        <span>Cancel</span>
      </Localized>
    </Link>
  );
}
