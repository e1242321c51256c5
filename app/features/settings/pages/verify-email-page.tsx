import { Localized } from '@fluent/react';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { RetryCountdown } from '../../../components/retry-countdown';
import {
  recoveryEmailSecondaryResendCode,
  recoveryEmailSecondaryVerifyCode,
} from '../../../lib/auth-client/emails';
import { retryAfterSeconds } from '../../../lib/auth-client/retry-after';
import { useRetryWait } from '../../../lib/retry-wait';
import { accountQuery } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { useUpdateAccount } from '../data/use-update-account';
import { ErrorText } from '../error-text';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { useStepUp } from '../step-up/use-step-up';
import { CANCEL, SubPage } from './sub-page';

const stateEmail = (state: unknown) =>
  typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string'
    ? state.email
    : undefined;

/**
 * `/settings/emails/verify` (upstream PageSecondaryEmailVerify): the 6-digit code emailed to the
 * new address. The address comes from the page that sent the user here, else (a reload) the
 * first unconfirmed one on the account; with none, back to /settings.
 */
export function VerifyEmailPage() {
  const account = useSettingsOutletAccount();
  const location = useLocation();
  const navigate = useNavigate();
  const accountData = useSettingsQuery(accountQuery(account.uid));
  const updateAccount = useUpdateAccount(account.uid);
  const [code, setCode] = useState('');
  const email =
    stateEmail(location.state) ??
    accountData.data?.emails.find((e) => !e.isPrimary && !e.verified)?.email;

  // Usually the JWT of the add is still in memory; after a reload the code is asked for first.
  const stepUp = useStepUp('email');
  const verify = useSettingsMutation<string>(
    'verify-email',
    (_token, entered) =>
      stepUp.withJwt((jwt) => recoveryEmailSecondaryVerifyCode(jwt, email ?? '', entered)),
    {
      onSuccess: () => {
        updateAccount((a) => ({
          ...a,
          emails: a.emails.map((e) => (e.email === email ? { ...e, verified: true } : e)),
        }));
        showSettingsAlert({
          l10nId: 'settings-email-added',
          fallback: `${email} successfully added`,
          args: { email: email ?? '' },
        });
        navigate('/settings');
      },
    },
  );
  const resend = useSettingsMutation<void>('resend-email-code', () =>
    stepUp.withJwt((jwt) => recoveryEmailSecondaryResendCode(jwt, email ?? '')),
  );
  // A new code makes the last error moot.
  useEffect(() => {
    if (resend.isSuccess) verify.reset();
  }, [resend.isSuccess, verify.reset]);

  const wait = useRetryWait(
    verify.error ?? resend.error,
    retryAfterSeconds(verify.error ?? resend.error),
  );
  if (!email) {
    return accountData.status === 'pending' ? null : <Navigate to="/settings" replace />;
  }
  const error = verify.error ?? resend.error;
  return (
    <SubPage headingId="settings-verify-email-heading" heading="Verify your secondary email">
      <Localized id="settings-verify-email-intro" vars={{ email }}>
        <p>Enter the verification code that was sent to {email}.</p>
      </Localized>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!wait.waiting) verify.mutate(code.trim());
        }}
      >
        <Field
          label={{ l10nId: 'settings-code-label', fallback: 'Enter 6-digit code' }}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          value={code}
          note={error ? (id) => <ErrorText error={error} id={id} /> : null}
          onChange={(e) => setCode(e.target.value)}
        />
        <RetryCountdown wait={wait} />
        {resend.isSuccess ? (
          <Localized id="settings-code-resent">
            <p role="status">A new code was sent.</p>
          </Localized>
        ) : null}
        <FormActions
          submit={{ l10nId: 'settings-confirm', fallback: 'Confirm' }}
          cancel={CANCEL}
          disabled={verify.isPending || wait.waiting}
        >
          <button
            type="button"
            className="link-button"
            disabled={resend.isPending || wait.waiting}
            onClick={() => resend.mutate()}
          >
            <Localized id="settings-code-resend">
              <span>Send a new code</span>
            </Localized>
          </button>
        </FormActions>
      </form>
      {stepUp.dialog}
    </SubPage>
  );
}
