import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { mfaSaveRecoveryCodes } from '../../../lib/auth-client/two-step';
import { generateRecoveryCodes } from '../../../lib/recovery-codes';
import { ErrorText } from '../error-text';
import { SubPage } from '../pages/sub-page';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { StepUpCancelled, useStepUp } from '../step-up/use-step-up';
import { SaveBackupCodes } from './backup-codes-steps';
import { twoStepKey } from './two-step-data';

// `/settings/two_step_authentication/replace_codes` (upstream PageMfaGuard2faReplaceBackupCodes,
// the page the "low backup codes" email links to): a new set of codes replaces every old one
// (PUT /mfa/recoveryCodes, step-up scope `2fa`) once one of them is typed back.

export function ReplaceCodesPage() {
  const account = useSettingsOutletAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { withJwt, dialog } = useStepUp('2fa');
  const [codes] = useState(generateRecoveryCodes);
  // Step-up as the page opens (upstream's MfaGuard): the codes show only to a confirmed user.
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    withJwt(async () => undefined).then(
      () => setReady(true),
      (e: unknown) => (e instanceof StepUpCancelled ? navigate('/settings') : setError(e)),
    );
  });

  const save = async () => {
    await withJwt((jwt) => mfaSaveRecoveryCodes(jwt, codes, 'replace'));
    await queryClient.invalidateQueries({ queryKey: twoStepKey(account.uid) });
    showSettingsAlert({
      l10nId: 'two-step-codes-updated',
      fallback: 'Backup authentication codes updated',
    });
    navigate('/settings');
  };

  return (
    <SubPage headingId="two-step-replace-heading" heading="Backup authentication codes">
      {dialog}
      {ready ? (
        <SaveBackupCodes codes={codes} email={account.email} save={save} />
      ) : error ? (
        <ErrorText error={error} />
      ) : (
        <p aria-busy="true" />
      )}
    </SubPage>
  );
}
