import { Localized } from '@fluent/react';
import { Link } from 'react-router';

/**
 * Under the sign-up form, as upstream's TermsPrivacyAgreement: the terms of service and the
 * privacy notice, at /legal/terms and /legal/privacy (app/features/legal).
 */
export function TermsAgreement() {
  return (
    <Localized
      id="signup-terms-agreement"
      elems={{ terms: <Link to="/legal/terms" />, privacy: <Link to="/legal/privacy" /> }}
    >
      <p className="signin-terms">
        By proceeding, you agree to the <Link to="/legal/terms">Terms of Service</Link> and{' '}
        <Link to="/legal/privacy">Privacy Notice</Link>.
      </p>
    </Localized>
  );
}
