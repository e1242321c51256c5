import { Localized } from '@fluent/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { RetryCountdown } from '../../../components/retry-countdown';
import { isAuthServerError } from '../../../lib/auth-client/errors';
import {
  type PasswordChangeResult,
  passwordChangeWithJwt,
} from '../../../lib/auth-client/password';
import { retryAfterSeconds } from '../../../lib/auth-client/retry-after';
import { useRetryWait } from '../../../lib/retry-wait';
import { isBrowserSession, useSessionStore } from '../../../session/session-store';
import { accountQuery } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { ErrorText } from '../error-text';
import { checkNewPassword, MIN_PASSWORD_LENGTH, passwordAcceptable } from '../password-rules';
import { adoptNewSession } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { useStepUp } from '../step-up/use-step-up';
import { CANCEL, SAVE, SubPage } from './sub-page';

type Passwords = { current: string; next: string };

const RULES = [
  ['length', 'settings-password-rule-length', 'At least 8 characters'],
  ['notEmail', 'settings-password-rule-email', 'Not your email address'],
  ['notCommon', 'settings-password-rule-common', 'Not a commonly used password'],
] as const;

/**
 * `/settings/change_password` (upstream PageChangePassword, tests settings/changePassword.spec.ts
 * and syncV3/settings.spec.ts): the current password is required — a session token alone never
 * changes it. After step-up verification (a code to the primary address; the typed passwords
 * wait behind the dialog), /mfa/password/change with the key rewrap (auth-client/password.ts); the new session
 * replaces the old one in the store and storage, and in Firefox when the session was its own.
 */
export function ChangePasswordPage() {
  const account = useSettingsOutletAccount();
  const navigate = useNavigate();
  const accountData = useSettingsQuery(accountQuery(account.uid));
  const email = accountData.data?.emails.find((e) => e.isPrimary)?.email ?? account.email;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const stepUp = useStepUp('password');

  const change = useSettingsMutation<Passwords, PasswordChangeResult>(
    'change-password',
    (sessionToken, passwords) =>
      stepUp.withJwt((jwt) =>
        passwordChangeWithJwt({
          jwt,
          email,
          oldPassword: passwords.current,
          newPassword: passwords.next,
          sessionToken,
          // Firefox gets the key material it needs to keep Sync going (fxaccounts:change_password).
          keys: isBrowserSession(useSessionStore.getState()),
        }),
      ),
    {
      onSuccess: (result) => {
        adoptNewSession(result);
        showSettingsAlert({ l10nId: 'settings-password-updated', fallback: 'Password updated' });
        navigate('/settings');
      },
    },
  );

  const check = checkNewPassword(next, email);
  const mismatch = confirm !== '' && confirm !== next;
  const wrongCurrent = isAuthServerError(change.error, 103);
  const ready = current !== '' && passwordAcceptable(check) && confirm === next;

  const wait = useRetryWait(change.error, retryAfterSeconds(change.error));
  return (
    <SubPage headingId="settings-password-heading" heading="Change password">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !wait.waiting) change.mutate({ current, next });
        }}
      >
        {/* Hidden username: lets password managers file the new password under the account. */}
        <input type="email" hidden readOnly autoComplete="username" value={email} />
        <Field
          label={{ l10nId: 'settings-password-current', fallback: 'Enter current password' }}
          type="password"
          name="current-password"
          autoComplete="current-password"
          required
          value={current}
          invalid={wrongCurrent}
          note={change.error ? (id) => <ErrorText error={change.error} id={id} /> : null}
          onChange={(e) => {
            setCurrent(e.target.value);
            if (wrongCurrent) change.reset();
          }}
        />
        <RetryCountdown wait={wait} />
        <Field
          label={{ l10nId: 'settings-password-new', fallback: 'Enter new password' }}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={next}
          note={(id) => (
            <ul className="checklist" id={id}>
              {RULES.map(([rule, id, text]) => {
                const met = next !== '' && check[rule];
                return (
                  <li key={rule} className={met ? 'rule-ok' : 'rule-bad'}>
                    <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
                    <Localized id={id} vars={{ count: MIN_PASSWORD_LENGTH }}>
                      <span>{text}</span>
                    </Localized>
                    {met ? (
                      <Localized id="settings-password-rule-met">
                        <span className="visually-hidden"> (done)</span>
                      </Localized>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          onChange={(e) => setNext(e.target.value)}
        />
        <Field
          label={{ l10nId: 'settings-password-confirm', fallback: 'Re-enter new password' }}
          type="password"
          name="confirm-password"
          autoComplete="new-password"
          required
          value={confirm}
          invalid={mismatch}
          note={
            mismatch
              ? (id) => (
                  <Localized id="settings-password-mismatch">
                    <p className="error-text" role="alert" id={id}>
                      Passwords do not match
                    </p>
                  </Localized>
                )
              : null
          }
          onChange={(e) => setConfirm(e.target.value)}
        />
        <FormActions
          submit={SAVE}
          cancel={CANCEL}
          disabled={!ready || change.isPending || wait.waiting}
        />
      </form>
      {stepUp.dialog}
      {/* upstream PageChangePassword: "Forgot password?" starts a reset for this account. */}
      <Link to="/reset_password" state={{ email }}>
        <Localized id="settings-password-forgot">
          <span>Forgot password?</span>
        </Localized>
      </Link>
    </SubPage>
  );
}
