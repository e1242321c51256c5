import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Field } from '../../components/field';
import { BadRequest, isBadRequest } from './bad-request';
import { ErrorMessage, type ShownError } from './error-message';
import type { StepNavigate } from './finish-signin';
import { withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { getPendingUnblock } from './pending-unblock';
import { type StepState, useStep } from './signin-state';
import { UnblockHelp } from './unblock-help';

// Upstream's checks before submitting: 8 characters, letters and digits only.
const CODE_REQUIRED: ShownError = {
  l10nId: 'unblock-code-required',
  fallback: 'Authorization code required',
};
const CODE_LENGTH: ShownError = {
  l10nId: 'unblock-code-length',
  fallback: 'Authorization code must contain 8 characters',
};
const CODE_FORMAT: ShownError = {
  l10nId: 'unblock-code-format',
  fallback: 'Authorization code can only contain letters and/or numbers',
};

function checkCode(code: string): ShownError | null {
  if (code === '') return CODE_REQUIRED;
  if (code.length !== 8) return CODE_LENGTH;
  if (!/^[a-zA-Z0-9]+$/.test(code)) return CODE_FORMAT;
  return null;
}

/**
 * `/signin_unblock`: customs blocked the sign-in; the emailed authorization code lets the login
 * through (upstream fxa-settings pages/Signin/SigninUnblock, recovery-2fa-mfa.md §5).
 */
export function UnblockPage() {
  const { flow } = useStep();
  const navigate = useNavigate();
  const [pending] = useState(getPendingUnblock);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [wrongPassword, setWrongPassword] = useState(false);
  const [resent, setResent] = useState(false);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  // A reload forgot the password: sign in again from the password step.
  if (!pending) return <Navigate to={withQuery(`${flow.prefix}/signin`, flow.query)} replace />;
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const backToPassword = () =>
    navigate(withQuery(`${flow.prefix}/signin`, flow.query), {
      replace: true,
      state: { email: pending.email } satisfies StepState,
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.trim();
    setResent(false);
    setWrongPassword(false);
    const invalid = checkCode(value);
    setError(invalid);
    if (invalid) return;
    setBusy(true);
    try {
      const { signInWithUnblockCode } = await loadActions();
      await signInWithUnblockCode(pending, value, flow, stepNavigate);
    } catch (e) {
      const failure = await explainFailure(e);
      setError(failure.shown);
      // errno 103: the password was wrong all along; upstream sends the user back to /signin.
      setWrongPassword(failure.shown.l10nId === 'signin-error-incorrect-password');
      setBusy(false);
    }
  };

  const onResend = async () => {
    setError(null);
    setResent(false);
    try {
      const { resendUnblockCode } = await loadActions();
      await resendUnblockCode(pending);
      setResent(true);
    } catch (e) {
      setError((await explainFailure(e)).shown);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="unblock-heading" data-signin-ready>
      <Localized id="unblock-heading">
        <h1 id="unblock-heading">Authorize this sign-in</h1>
      </Localized>
      <Localized id="unblock-instruction" vars={{ email: pending.email }}>
        <p>Check your email for the authorization code sent to {pending.email}.</p>
      </Localized>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={{ l10nId: 'unblock-code-label', fallback: 'Enter authorization code' }}
          type="text"
          name="unblockCode"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          pattern="[a-zA-Z0-9]{8}"
          maxLength={8}
          required
          // The code is the one thing this step asks for.
          autoFocus
          value={code}
          invalid={error !== null}
          note={error !== null ? (id) => <ErrorMessage error={error} id={id} /> : null}
          onChange={(e) => setCode(e.target.value)}
        />
        {wrongPassword && (
          <button type="button" className="link-button" onClick={backToPassword}>
            <Localized id="unblock-enter-password">
              <span>Enter your password again</span>
            </Localized>
          </button>
        )}
        <button type="submit" className="button primary signin-wide" disabled={busy}>
          {busy ? (
            <Localized id="unblock-busy">
              <span>Signing in…</span>
            </Localized>
          ) : (
            <Localized id="unblock-submit">
              <span>Continue</span>
            </Localized>
          )}
        </button>
      </form>
      <button type="button" className="link-button" onClick={() => void onResend()}>
        <Localized id="unblock-resend">
          <span>Not in inbox or spam folder? Resend</span>
        </Localized>
      </button>
      <p className={resent ? 'signin-notice' : undefined} role="status">
        {resent && (
          <Localized id="unblock-resent">
            <span>A new code was sent to your email.</span>
          </Localized>
        )}
      </p>
      <UnblockHelp />
    </section>
  );
}
