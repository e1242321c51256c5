import { Localized } from '@fluent/react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { RetryCountdown } from '../../components/retry-countdown';
import {
  checkNewPassword,
  MIN_PASSWORD_LENGTH,
  type PasswordCheck,
  passwordAcceptable,
} from '../../lib/password-rules';
import { useRetryWait } from '../../lib/retry-wait';
import { BadRequest, isBadRequest } from './bad-request';
import type { ShownError } from './error-message';
import type { StepNavigate } from './finish-signin';
import { emailFirstPath, withoutPrefill, withQuery } from './flow';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { type StepState, useStep } from './signin-state';
import { StepSubmit } from './step-submit';
import { StorageNotice } from './storage-notice';
import { TermsAgreement } from './terms-agreement';

type LocalError = 'signup-error-rules' | 'signup-error-mismatch';

/** `/signup`, `/oauth/signup`: a new account's password, checked as the user types. */
export function SignupPage() {
  const { flow, state } = useStep();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const wait = useRetryWait(error, error?.retryAfter);
  const [localError, setLocalError] = useState<LocalError | null>(null);
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  const email = state.email ?? flow.emailHint;
  if (!email) return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;

  const check = checkNewPassword(password, email);
  const back = (extra: StepState = {}) =>
    navigate(withQuery(emailFirstPath(flow), withoutPrefill(flow.query)), {
      state: { stay: true, email, ...extra } satisfies StepState,
    });
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait.waiting) return;
    setError(null);
    if (!passwordAcceptable(check)) return setLocalError('signup-error-rules');
    if (repeat !== password) return setLocalError('signup-error-mismatch');
    setLocalError(null);
    setBusy(true);
    try {
      const { signUpWithPassword } = await loadActions();
      const result = await signUpWithPassword({ email, password, flow, navigate: stepNavigate });
      if (result === 'cancelled') back({ notice: 'cancelled' });
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  const describedBy = ['signup-rules', localError || error !== null ? 'signup-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section className="card signin-card" aria-labelledby="signup-heading" data-signin-ready>
      <Localized id="signup-heading">
        <h1 id="signup-heading">Set your password</h1>
      </Localized>
      <StorageNotice />
      <p className="email">{email}</p>
      <button type="button" className="link-button" onClick={() => back()}>
        <Localized id="signup-change-email">
          <span>Change email</span>
        </Localized>
      </button>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <label className="field">
          <Localized id="signup-password-label">
            <span>Password</span>
          </Localized>
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            required
            // biome-ignore lint/a11y/noAutofocus: the password is the one thing this step asks for
            autoFocus
            value={password}
            aria-describedby={describedBy}
            aria-invalid={localError === 'signup-error-rules' || undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <PasswordRules check={check} />
        <label className="field">
          <Localized id="signup-repeat-password-label">
            <span>Repeat password</span>
          </Localized>
          <input
            type="password"
            name="repeat-password"
            autoComplete="new-password"
            required
            value={repeat}
            aria-invalid={localError === 'signup-error-mismatch' || undefined}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </label>
        {localError === 'signup-error-rules' && (
          <Localized id="signup-error-rules">
            <p className="signin-error" role="alert" id="signup-error">
              Choose a password that meets the requirements.
            </p>
          </Localized>
        )}
        {localError === 'signup-error-mismatch' && (
          <Localized id="signup-error-mismatch">
            <p className="signin-error" role="alert" id="signup-error">
              Passwords do not match
            </p>
          </Localized>
        )}
        <StepSubmit
          error={error}
          errorId="signup-error"
          waiting={wait.waiting}
          busy={busy}
          label={{ id: 'signup-submit', text: 'Create account' }}
          busyLabel={{ id: 'signup-busy', text: 'Creating account…' }}
        >
          <RetryCountdown wait={wait} />
        </StepSubmit>
      </form>
      <TermsAgreement />
    </section>
  );
}

const RULES: { key: keyof PasswordCheck; l10nId: string; fallback: string }[] = [
  { key: 'length', l10nId: 'signup-rule-length', fallback: 'At least 8 characters' },
  { key: 'notEmail', l10nId: 'signup-rule-not-email', fallback: 'Not your email address' },
  { key: 'notCommon', l10nId: 'signup-rule-not-common', fallback: 'Not a commonly used password' },
];

/** The rules, each marked met or not in words as well as in colour. */
export function PasswordRules({ check }: { check: PasswordCheck }) {
  return (
    <div className="password-rules" id="signup-rules">
      <Localized id="signup-rules-heading">
        <p>Your password needs:</p>
      </Localized>
      <ul>
        {RULES.map((rule) => (
          <li key={rule.key} className={check[rule.key] ? 'met' : 'unmet'}>
            <Localized id={rule.l10nId} vars={{ count: MIN_PASSWORD_LENGTH }}>
              <span>{rule.fallback}</span>
            </Localized>{' '}
            {check[rule.key] ? (
              <Localized id="signup-rule-met">
                <span className="visually-hidden">(done)</span>
              </Localized>
            ) : (
              <Localized id="signup-rule-unmet">
                <span className="visually-hidden">(not yet)</span>
              </Localized>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
