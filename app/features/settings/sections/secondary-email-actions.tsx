import { Localized } from '@fluent/react';
import { Link } from 'react-router';
import type { AccountEmail } from '../../../lib/auth-client/account-data';
import { recoveryEmailDestroy, recoveryEmailSetPrimary } from '../../../lib/auth-client/emails';
import { useSettingsMutation } from '../data/settings-mutation';
import { useUpdateAccount } from '../data/use-update-account';
import { ErrorText } from '../error-text';
import { adoptPrimaryEmail } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';
import { useStepUp } from '../step-up/use-step-up';

/**
 * What can be done with one secondary email: "Make primary" once confirmed, "Confirm" while not,
 * and "Delete" (upstream UnitRowSecondaryEmail), each after step-up verification. A lazy chunk: the list itself is content, the
 * actions can arrive a moment later.
 */
export function SecondaryEmailActions({ uid, email }: { uid: string; email: AccountEmail }) {
  const updateAccount = useUpdateAccount(uid);
  const address = email.email;
  const stepUp = useStepUp('email');
  const makePrimary = useSettingsMutation<void>(
    'make-primary',
    () => stepUp.withJwt((jwt) => recoveryEmailSetPrimary(jwt, address)),
    {
      onSuccess: () => {
        updateAccount((a) => ({
          ...a,
          emails: a.emails.map((e) => ({ ...e, isPrimary: e.email === address })),
        }));
        adoptPrimaryEmail(address);
        showSettingsAlert({
          l10nId: 'settings-email-now-primary',
          fallback: `${address} is now your primary email`,
          args: { email: address },
        });
      },
    },
  );
  const remove = useSettingsMutation<void>(
    'delete-email',
    () => stepUp.withJwt((jwt) => recoveryEmailDestroy(jwt, address)),
    {
      onSuccess: () => {
        updateAccount((a) => ({ ...a, emails: a.emails.filter((e) => e.email !== address) }));
        showSettingsAlert({
          l10nId: 'settings-email-deleted',
          fallback: `${address} successfully deleted`,
          args: { email: address },
        });
      },
    },
  );
  const busy = makePrimary.isPending || remove.isPending;
  const error = makePrimary.error ?? remove.error;
  return (
    <>
      <div className="settings-actions">
        {email.verified ? (
          <Localized
            id="settings-make-primary"
            vars={{ email: address }}
            attrs={{ 'aria-label': true }}
          >
            <button
              type="button"
              className="link-button"
              disabled={busy}
              aria-label={`Make ${address} your primary email`}
              onClick={() => makePrimary.mutate()}
            >
              Make primary
            </button>
          </Localized>
        ) : (
          <Localized
            id="settings-confirm-email"
            vars={{ email: address }}
            attrs={{ 'aria-label': true }}
          >
            <Link
              to="/settings/emails/verify"
              state={{ email: address }}
              aria-label={`Confirm ${address}`}
            >
              Confirm
            </Link>
          </Localized>
        )}
        <Localized
          id="settings-delete-email"
          vars={{ email: address }}
          attrs={{ 'aria-label': true }}
        >
          <button
            type="button"
            className="link-button"
            disabled={busy}
            aria-label={`Delete ${address}`}
            onClick={() => remove.mutate()}
          >
            Delete
          </button>
        </Localized>
      </div>
      {error ? <ErrorText error={error} /> : null}
      {stepUp.dialog}
    </>
  );
}
