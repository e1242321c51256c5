import { Localized } from '@fluent/react';
import { useState } from 'react';
import { normalizeRecoveryCode } from '../../../lib/recovery-codes';
import { BackupCodes } from './backup-codes';
import { CodeForm } from './code-field';
import { CancelToSettings } from './two-step-links';

// Backup codes as setup and "get new codes" both handle them (upstream Page2faSetup and
// Page2faReplaceRecoveryCodes): shown once with download/copy/print, then one typed back to
// prove they were kept; only then are they saved (`save`).

export function SaveBackupCodes({
  codes,
  email,
  save,
}: {
  codes: string[];
  email: string;
  save: () => Promise<void>;
}) {
  const [shown, setShown] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (shown) {
    return (
      <>
        <Localized id="two-step-codes-intro">
          <p>
            Save these one-time-use codes in a safe place for when you don’t have your mobile
            device.
          </p>
        </Localized>
        <BackupCodes codes={codes} email={email} />
        <div className="settings-actions">
          <button type="button" className="button primary" onClick={() => setShown(false)}>
            <Localized id="two-step-continue">
              <span>Continue</span>
            </Localized>
          </button>
          <CancelToSettings />
        </div>
      </>
    );
  }

  const onSubmit = async (typed: string) => {
    if (!codes.includes(normalizeRecoveryCode(typed))) return setError('local');
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <>
      <Localized id="two-step-confirm-code-intro">
        <p>
          Enter one of your backup authentication codes to confirm you saved it. You’ll need a code
          if you lose your device and want to access your account.
        </p>
      </Localized>
      <CodeForm
        copy={{
          labelId: 'two-step-backup-code-label',
          label: 'Backup authentication code',
          numeric: false,
          maxLength: 20,
        }}
        submitId="two-step-finish"
        submit="Finish"
        onSubmit={(typed) => void onSubmit(typed)}
        knownErrors={{
          local: {
            l10nId: 'two-step-backup-code-incorrect',
            fallback: 'Incorrect backup authentication code',
          },
        }}
        busy={busy}
        error={error}
      >
        <button type="button" className="button" onClick={() => setShown(true)}>
          <Localized id="two-step-back">
            <span>Back</span>
          </Localized>
        </button>
      </CodeForm>
    </>
  );
}
