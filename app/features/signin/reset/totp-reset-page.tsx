import { Localized } from '@fluent/react';
import { Link, Navigate } from 'react-router';
import { BadRequest, isBadRequest } from '../bad-request';
import { withQuery } from '../flow';
import { type StepState, useStep } from '../signin-state';
import { RESET_PATHS } from './reset-session';
import { useResetSession } from './use-reset-session';

/**
 * `/confirm_totp_reset_password`: upstream asks for the authenticator code here. Resetting past
 * two-step authentication is not built yet, so the page stops the reset plainly (it never goes on
 * without the second factor); the recovery key, which upstream accepts instead, still works.
 */
export function TotpResetPage() {
  const { flow } = useStep();
  const session = useResetSession();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!session) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;
  const state = { email: session.email } satisfies StepState;
  return (
    <section className="card signin-card" aria-labelledby="reset-totp-heading" data-signin-ready>
      <Localized id="reset-totp-heading">
        <h1 id="reset-totp-heading">Two-step authentication is on</h1>
      </Localized>
      <Localized id="reset-totp-body">
        <p role="alert">
          This account is protected by two-step authentication, so its password can’t be reset here
          yet. Your password has not been changed.
        </p>
      </Localized>
      {session.recoveryKey.exists && (
        <Link
          className="button primary signin-wide"
          to={withQuery(RESET_PATHS.key, flow.query)}
          state={state}
        >
          <Localized id="reset-totp-use-key">
            <span>Use your account recovery key</span>
          </Localized>
        </Link>
      )}
      <Link to={withQuery(`${flow.prefix}/signin`, flow.query)} state={state}>
        <Localized id="reset-totp-signin">
          <span>Back to sign in</span>
        </Localized>
      </Link>
    </section>
  );
}
