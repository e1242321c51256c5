import { Localized } from '@fluent/react';
import { useEffect, useRef, useState } from 'react';
import { Field } from '../../../components/field';
import { CancelLink, FormActions } from '../../../components/form-actions';
import { RetryCountdown } from '../../../components/retry-countdown';
import { accountDestroy } from '../../../lib/auth-client/account';
import { isAuthServerError } from '../../../lib/auth-client/errors';
import { retryAfterSeconds } from '../../../lib/auth-client/retry-after';
import { useRetryWait } from '../../../lib/retry-wait';
import { accountQuery } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { ErrorText } from '../error-text';
import { finishAccountDeletion } from '../session-actions';
import { useSettingsOutletAccount } from '../settings-layout';
import { CANCEL, SubPage } from './sub-page';

const ACKNOWLEDGEMENTS = [
  ['settings-delete-ack-data', 'My saved data, Sync data included, will be deleted.'],
  ['settings-delete-ack-subscriptions', 'Any paid subscriptions will be canceled.'],
  ['settings-delete-ack-final', 'This cannot be undone.'],
] as const;

/**
 * `/settings/delete_account` (upstream PageDeleteAccount, test settings/deleteAccount.spec.ts):
 * step 1 acknowledges what is lost, step 2 takes the password (POST /account/destroy). Then the
 * session ends here, Firefox hears `fxaccounts:delete` when it holds the account, the other tabs
 * follow, and the user lands on the signed-out index with "Account deleted successfully".
 */
export function DeleteAccountPage() {
  const account = useSettingsOutletAccount();
  const accountData = useSettingsQuery(accountQuery(account.uid));
  const email = accountData.data?.emails.find((e) => e.isPrimary)?.email ?? account.email;
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState<1 | 2>(1);
  const [password, setPassword] = useState('');
  const passwordField = useRef<HTMLInputElement>(null);
  // Step 2 replaces step 1: focus goes where the user continues, not back to the top.
  useEffect(() => {
    if (step === 2) passwordField.current?.focus();
  }, [step]);
  const destroy = useSettingsMutation<string>(
    'delete-account',
    (sessionToken, entered) => accountDestroy(email, entered, sessionToken),
    { onSuccess: () => finishAccountDeletion(account.uid) },
  );
  const wait = useRetryWait(destroy.error, retryAfterSeconds(destroy.error));

  if (step === 1) {
    return (
      <SubPage headingId="settings-delete-heading" heading="Delete account">
        <Localized id="settings-delete-ack-intro">
          <p>Please confirm that you understand:</p>
        </Localized>
        <ul className="checklist">
          {ACKNOWLEDGEMENTS.map(([id, text]) => (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={acknowledged.has(id)}
                  onChange={(e) => {
                    const next = new Set(acknowledged);
                    if (e.target.checked) next.add(id);
                    else next.delete(id);
                    setAcknowledged(next);
                  }}
                />{' '}
                <Localized id={id}>
                  <span>{text}</span>
                </Localized>
              </label>
            </li>
          ))}
        </ul>
        <div className="settings-actions">
          <button
            type="button"
            className="button primary"
            disabled={acknowledged.size < ACKNOWLEDGEMENTS.length}
            onClick={() => setStep(2)}
          >
            <Localized id="settings-continue">
              <span>Continue</span>
            </Localized>
          </button>
          <CancelLink cancel={CANCEL} />
        </div>
      </SubPage>
    );
  }

  return (
    <SubPage headingId="settings-delete-heading" heading="Delete account">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (password && !wait.waiting) destroy.mutate(password);
        }}
      >
        {/* Hidden username: lets password managers offer the password of this account. */}
        <input type="email" hidden readOnly autoComplete="username" value={email} />
        <Field
          ref={passwordField}
          label={{
            l10nId: 'settings-delete-password',
            fallback: 'Enter your password to delete your account',
          }}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          invalid={isAuthServerError(destroy.error, 103)}
          note={destroy.error ? (id) => <ErrorText error={destroy.error} id={id} /> : null}
          onChange={(e) => setPassword(e.target.value)}
        />
        <RetryCountdown wait={wait} />
        <FormActions
          submit={{ l10nId: 'settings-delete-submit', fallback: 'Delete' }}
          danger
          cancel={CANCEL}
          disabled={!password || destroy.isPending || wait.waiting}
        />
      </form>
    </SubPage>
  );
}
