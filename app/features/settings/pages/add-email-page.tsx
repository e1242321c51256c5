import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { RetryCountdown } from '../../../components/retry-countdown';
import { recoveryEmailCreate } from '../../../lib/auth-client/emails';
import { retryAfterSeconds } from '../../../lib/auth-client/retry-after';
import { useRetryWait } from '../../../lib/retry-wait';
import { useSettingsMutation } from '../data/settings-mutation';
import { useUpdateAccount } from '../data/use-update-account';
import { ErrorText } from '../error-text';
import { useSettingsOutletAccount } from '../settings-layout';
import { useStepUp } from '../step-up/use-step-up';
import { CANCEL, SAVE, SubPage } from './sub-page';

/**
 * `/settings/emails` (upstream PageSecondaryEmailAdd): add a secondary address; the server emails
 * it a code, which /settings/emails/verify asks for. Adding needs step-up verification (a code to
 * the primary address first, step-up/use-step-up.tsx); the typed address waits behind the dialog.
 */
export function AddEmailPage() {
  const account = useSettingsOutletAccount();
  const navigate = useNavigate();
  const updateAccount = useUpdateAccount(account.uid);
  const [email, setEmail] = useState('');
  const stepUp = useStepUp('email');
  const add = useSettingsMutation<string>(
    'add-email',
    (_token, address) => stepUp.withJwt((jwt) => recoveryEmailCreate(jwt, address)),
    {
      onSuccess: (_r, added) => {
        updateAccount((a) => ({
          ...a,
          emails: [...a.emails, { email: added, isPrimary: false, verified: false }],
        }));
        navigate('/settings/emails/verify', { state: { email: added } });
      },
    },
  );
  const wait = useRetryWait(add.error, retryAfterSeconds(add.error));
  return (
    <SubPage headingId="settings-add-email-heading" heading="Secondary email">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!wait.waiting) add.mutate(email.trim());
        }}
      >
        <Field
          label={{ l10nId: 'settings-email-label', fallback: 'Enter email address' }}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          note={add.error ? (id) => <ErrorText error={add.error} id={id} /> : null}
          onChange={(e) => setEmail(e.target.value)}
        />
        <RetryCountdown wait={wait} />
        <FormActions submit={SAVE} cancel={CANCEL} disabled={add.isPending || wait.waiting} />
      </form>
      {stepUp.dialog}
    </SubPage>
  );
}
