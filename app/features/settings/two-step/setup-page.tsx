import { Localized } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ERRNO } from '../../../lib/auth-client/errors';
import {
  mfaSaveRecoveryCodes,
  mfaTotpCreate,
  mfaTotpSetupComplete,
  mfaTotpSetupVerify,
} from '../../../lib/auth-client/two-step';
import { generateRecoveryCodes } from '../../../lib/recovery-codes';
import { ErrorText } from '../error-text';
import { SubPage } from '../pages/sub-page';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { StepUpCancelled, useStepUp } from '../step-up/use-step-up';
import { SaveBackupCodes } from './backup-codes-steps';
import { CodeForm } from './code-field';
import { twoStepKey } from './two-step-data';
import { CancelToSettings } from './two-step-links';

// `/settings/two_step_authentication` (upstream Page2faSetup behind MfaGuard scope `2fa`, test
// settings/totp.spec.ts): step-up first, then the QR code (drawn by the server, a data: URL) and
// the secret for manual entry, a code from the app, the backup codes (kept, then one typed back),
// and two-step authentication is on: "Two-step authentication has been enabled".

type Secret = { qrCodeUrl: string; secret: string };

/** The secret in groups of four, as authenticator apps show keys (upstream formats it so too). */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoStepSetupPage() {
  const account = useSettingsOutletAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { withJwt, dialog } = useStepUp('2fa');
  const [secret, setSecret] = useState<Secret | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [codeError, setCodeError] = useState<unknown>(null);
  const started = useRef(false);

  const start = () => {
    setStartError(null);
    withJwt((jwt) => mfaTotpCreate(jwt)).then(setSecret, (e: unknown) => {
      if (e instanceof StepUpCancelled) navigate('/settings');
      else setStartError(e);
    });
  };
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
  });

  const verify = async (code: string) => {
    if (!/^\d{6}$/.test(code)) return setCodeError('local');
    setBusy(true);
    setCodeError(null);
    try {
      await withJwt((jwt) => mfaTotpSetupVerify(jwt, code));
      setCodes(generateRecoveryCodes());
    } catch (e) {
      setCodeError(e);
    }
    setBusy(false);
  };

  const finish = async (kept: string[]) => {
    await withJwt(async (jwt) => {
      await mfaSaveRecoveryCodes(jwt, kept, 'set');
      await mfaTotpSetupComplete(jwt);
    });
    await queryClient.invalidateQueries({ queryKey: twoStepKey(account.uid) });
    showSettingsAlert({
      l10nId: 'two-step-enabled',
      fallback: 'Two-step authentication has been enabled',
    });
    navigate('/settings');
  };

  return (
    <SubPage headingId="two-step-setup-heading" heading="Two-step authentication">
      {dialog}
      {codes ? (
        <SaveBackupCodes codes={codes} email={account.email} save={() => finish(codes)} />
      ) : secret ? (
        <>
          <Localized id="two-step-scan-intro">
            <p>
              Scan this QR code with an authenticator app, such as Duo, 1Password, Authy or Google
              Authenticator.
            </p>
          </Localized>
          <Localized id="two-step-qr-alt" attrs={{ alt: true }} vars={{ secret: secret.secret }}>
            <img
              className="two-step-qr"
              src={secret.qrCodeUrl}
              width={200}
              height={200}
              alt={`Use the code ${secret.secret} to set up two-step authentication in supported applications.`}
            />
          </Localized>
          <Localized id="two-step-manual-intro">
            <p>Can’t scan the code? Enter this key in your authenticator app instead:</p>
          </Localized>
          <p>
            <code className="two-step-secret" data-testid="totp-secret">
              {grouped(secret.secret)}
            </code>
          </p>
          <CodeForm
            copy={{
              labelId: 'two-step-code-label',
              label: 'Enter 6-digit code',
              numeric: true,
              maxLength: 6,
            }}
            submitId="two-step-continue"
            submit="Continue"
            onSubmit={(code) => void verify(code)}
            knownErrors={{
              local: {
                l10nId: 'two-step-code-invalid',
                fallback: 'Invalid authentication code',
              },
              [ERRNO.INVALID_TOKEN_VERIFICATION_CODE]: {
                l10nId: 'two-step-code-invalid',
                fallback: 'Invalid authentication code',
              },
            }}
            busy={busy}
            error={codeError}
          >
            <CancelToSettings />
          </CodeForm>
        </>
      ) : startError ? (
        <>
          <ErrorText error={startError} />
          <div className="settings-actions">
            <button type="button" className="button primary" onClick={start}>
              <Localized id="two-step-try-again">
                <span>Try again</span>
              </Localized>
            </button>
            <CancelToSettings />
          </div>
        </>
      ) : (
        <p aria-busy="true" />
      )}
    </SubPage>
  );
}
