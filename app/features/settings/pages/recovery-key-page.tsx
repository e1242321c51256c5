import { Localized } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { CancelLink, FormActions } from '../../../components/form-actions';
import {
  RecoveryKeyDisplay,
  recoveryKeyStringsReady,
} from '../../../components/recovery-key/recovery-key-display';
import {
  createRecoveryKeyWithJwt,
  deleteRecoveryKeyWithJwt,
  reauthForKeys,
  setRecoveryKeyHint,
} from '../../../lib/auth-client/recovery-key';
import {
  encryptRecoveryData,
  formatRecoveryKey,
  randomRecoveryKey,
} from '../../../lib/crypto/recovery-key';
import { accountQuery, settingsKeys } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { useSettingsQuery } from '../data/use-settings-query';
import { ErrorText } from '../error-text';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { useStepUp } from '../step-up/use-step-up';
import { CANCEL, SubPage } from './sub-page';

type Step = 'intro' | 'password' | 'key';

/**
 * `/settings/account_recovery` (upstream MfaGuardPageRecoveryKeyCreate and its Flow*
 * components; test settings/recoveryKey.spec.ts): confirm the password, which unlocks kB; the new
 * key encrypts it (lib/crypto/recovery-key.ts) and goes to POST /mfa/recoveryKey behind the
 * step-up code; the key is shown once, with copy, download, print and an optional hint. With a
 * key in place the page replaces it, or removes it (DELETE /mfa/recoveryKey).
 */
export function RecoveryKeyPage() {
  const account = useSettingsOutletAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accountData = useSettingsQuery(accountQuery(account.uid));
  const email = accountData.data?.emails.find((e) => e.isPrimary)?.email ?? account.email;
  const exists = accountData.data?.recoveryKey?.exists === true;
  const [chosen, setStep] = useState<Step | null>(null);
  const step: Step = chosen ?? (exists ? 'intro' : 'password');
  const [password, setPassword] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [hint, setHint] = useState('');
  const { withJwt, dialog } = useStepUp('recovery_key');
  const ids = useId();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: settingsKeys.account(account.uid) });

  const create = useSettingsMutation<string, string>(
    'recovery-key-create',
    (sessionToken, typed) =>
      withJwt(async (jwt) => {
        const keys = await reauthForKeys(sessionToken, email, typed);
        const raw = randomRecoveryKey();
        const bundle = await encryptRecoveryData(raw, keys.uid, { kA: keys.kA, kB: keys.kB });
        await createRecoveryKeyWithJwt(jwt, { ...bundle, replaceKey: exists });
        await recoveryKeyStringsReady.catch(() => undefined);
        return formatRecoveryKey(raw);
      }),
    {
      onSuccess: (shown) => {
        setPassword('');
        setKey(shown);
        setStep('key');
        void refresh();
      },
    },
  );

  const remove = useSettingsMutation<void>(
    'recovery-key-remove',
    () => withJwt((jwt) => deleteRecoveryKeyWithJwt(jwt)),
    {
      onSuccess: async () => {
        await refresh();
        showSettingsAlert({
          l10nId: 'settings-recovery-key-removed',
          fallback: 'Account recovery key removed',
        });
        navigate('/settings');
      },
    },
  );

  const finish = useSettingsMutation<string>(
    'recovery-key-hint',
    (sessionToken, typed) =>
      typed === '' ? Promise.resolve() : setRecoveryKeyHint(sessionToken, typed),
    {
      onSuccess: () => {
        showSettingsAlert({
          l10nId: 'settings-recovery-key-created',
          fallback: 'Account recovery key created',
        });
        navigate('/settings');
      },
    },
  );

  return (
    <SubPage headingId="settings-recovery-key-heading" heading="Account recovery key">
      {dialog}
      {step === 'intro' && (
        <>
          <Localized id="settings-recovery-key-exists">
            <p>
              Your account recovery key is set. Create a new one to replace it (the old key stops
              working), or remove it.
            </p>
          </Localized>
          {remove.error ? <ErrorText error={remove.error} id={`${ids}-remove-error`} /> : null}
          <div className="settings-actions">
            <button type="button" className="button primary" onClick={() => setStep('password')}>
              <Localized id="settings-recovery-key-replace">
                <span>Create new key</span>
              </Localized>
            </button>
            <button
              type="button"
              className="button danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              <Localized id="settings-recovery-key-remove">
                <span>Remove key</span>
              </Localized>
            </button>
            <CancelLink cancel={CANCEL} />
          </div>
        </>
      )}
      {step === 'password' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (password !== '' && !create.isPending) create.mutate(password);
          }}
        >
          <Localized id="settings-recovery-key-intro">
            <p>
              If you forget your password, the account recovery key restores your encrypted data
              (passwords, bookmarks and more). Confirm your password to create it.
            </p>
          </Localized>
          <input type="email" hidden readOnly autoComplete="username" value={email} />
          <Field
            label={{ l10nId: 'settings-recovery-key-password', fallback: 'Enter your password' }}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            note={create.error ? (id) => <ErrorText error={create.error} id={id} /> : null}
            onChange={(e) => {
              setPassword(e.target.value);
              if (create.error) create.reset();
            }}
          />
          <FormActions
            submit={{
              l10nId: 'settings-recovery-key-create',
              fallback: 'Create account recovery key',
            }}
            cancel={CANCEL}
            disabled={password === '' || create.isPending}
          />
        </form>
      )}
      {step === 'key' && key !== null && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!finish.isPending) finish.mutate(hint.trim());
          }}
        >
          <RecoveryKeyDisplay recoveryKey={key} email={email} />
          <Field
            label={{
              l10nId: 'settings-recovery-key-hint',
              fallback: 'Hint: where did you store the key? (optional)',
            }}
            type="text"
            name="hint"
            maxLength={254}
            value={hint}
            onChange={(e) => setHint(e.target.value)}
          />
          {finish.error ? <ErrorText error={finish.error} id={`${ids}-hint-error`} /> : null}
          <FormActions
            submit={{ l10nId: 'settings-recovery-key-finish', fallback: 'Finish' }}
            disabled={finish.isPending}
          />
        </form>
      )}
    </SubPage>
  );
}
