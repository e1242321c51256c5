import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { BadRequest, isBadRequest } from '../bad-request';
import type { ShownError } from '../error-message';
import { emailFirstPath, type SigninFlow, withoutPrefill, withQuery } from '../flow';
import { type StepState, useStep } from '../signin-state';
import { CodeStepForm } from '../two-step/code-step-form';
import { explainResetFailure, loadResetSteps, usePreloadResetSteps } from './load-reset-steps';
import { RESET_PATHS, type ResetSession } from './reset-session';
import { useResetSession } from './use-reset-session';

// The second step of a reset for an account with two-step authentication, after the emailed code
// (upstream pages/ResetPassword/ConfirmTotpResetPassword and ConfirmBackupCodeResetPassword,
// strings from their en.ftl; errors: 1054 INVALID_TOTP_CODE, 156 RECOVERY_CODE_NOT_FOUND). The
// passwordForgotToken is checked with the code, then the reset goes on to the new password.

type Copy = {
  subheadingId: string;
  subheading: string;
  instructionId: string;
  instruction: string;
  labelId: string;
  label: string;
  input: { inputMode: 'numeric' | 'text'; pattern: string; maxLength: number };
  /** The error to show for a code of the wrong shape, before asking the server. */
  malformed: (code: string) => ShownError | null;
  /** Checks the code with the server: null once taken, else the error to show. */
  check: (session: ResetSession, code: string) => Promise<ShownError | null>;
  links: (flow: SigninFlow, email: string) => ReactNode;
};

const INVALID_TOTP: ShownError = {
  l10nId: 'reset-totp-invalid',
  fallback: 'Invalid two-step authentication code',
};

const INVALID_BACKUP_CODE: ShownError = {
  l10nId: 'reset-backup-code-invalid',
  fallback: 'Invalid backup authentication code',
};

function ResetSecondStepPage({ copy }: { copy: Copy }) {
  const { flow } = useStep();
  const navigate = useNavigate();
  const session = useResetSession();
  usePreloadResetSteps();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!session) return <Navigate to={withQuery(RESET_PATHS.start, flow.query)} replace />;

  const check = async (code: string) => {
    const refused = await copy.check(session, code);
    if (!refused) {
      navigate(withQuery(RESET_PATHS.withoutKey, flow.query), {
        replace: true,
        state: { email: session.email } satisfies StepState,
      });
    }
    return refused;
  };

  return (
    <section className="card signin-card" aria-labelledby="reset-2fa-heading" data-signin-ready>
      <Localized id="reset-2fa-heading">
        <h1 id="reset-2fa-heading">Reset your password</h1>
      </Localized>
      <Localized id={copy.subheadingId}>
        <h2>{copy.subheading}</h2>
      </Localized>
      <Localized id={copy.instructionId}>
        <p>{copy.instruction}</p>
      </Localized>
      <CodeStepForm
        label={{ id: copy.labelId, text: copy.label }}
        input={copy.input}
        errorId="reset-2fa-error"
        busyText={{ id: 'reset-code-busy', text: 'Confirming…' }}
        submit={{ id: 'reset-2fa-confirm', text: 'Confirm' }}
        validate={copy.malformed}
        check={check}
        explain={explainResetFailure}
      />
      {copy.links(flow, session.email)}
    </section>
  );
}

const TOTP: Copy = {
  subheadingId: 'reset-totp-subheading',
  subheading: 'Enter two-step authentication code',
  instructionId: 'reset-totp-instruction',
  instruction: 'Check your authenticator app to reset your password.',
  labelId: 'reset-totp-label',
  label: 'Enter 6-digit code',
  input: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 },
  malformed: (code) => (/^\d{6}$/.test(code) ? null : INVALID_TOTP),
  check: async (session, code) => {
    const { verifyResetTotp } = await loadResetSteps();
    return (await verifyResetTotp(session, code)) ? null : INVALID_TOTP;
  },
  links: (flow, email) => (
    <p>
      <Link
        to={withQuery(RESET_PATHS.backupCode, flow.query)}
        state={{ email } satisfies StepState}
      >
        <Localized id="reset-totp-trouble">
          <span>Trouble entering code?</span>
        </Localized>
      </Link>{' '}
      <Link
        to={withQuery(emailFirstPath(flow), withoutPrefill(flow.query))}
        state={{ stay: true } satisfies StepState}
      >
        <Localized id="reset-2fa-different-account">
          <span>Use a different account</span>
        </Localized>
      </Link>
    </p>
  ),
};

const BACKUP_CODE: Copy = {
  subheadingId: 'reset-backup-code-subheading',
  subheading: 'Enter backup authentication code',
  instructionId: 'reset-backup-code-instruction',
  instruction:
    'Enter one of the one-time-use codes you saved when you set up two-step authentication.',
  labelId: 'reset-backup-code-label',
  label: 'Enter 10-character code',
  input: { inputMode: 'text', pattern: '[a-zA-Z0-9]{10}', maxLength: 10 },
  // isBase32Crockford upstream: the alphabet without I, L, O, U.
  malformed: (code) => (/^[0-9a-hjkmnp-tv-z]{10}$/i.test(code) ? null : INVALID_BACKUP_CODE),
  check: async (session, code) => {
    const { verifyResetBackupCode } = await loadResetSteps();
    await verifyResetBackupCode(session, code.toLowerCase());
    return null;
  },
  links: (flow, email) => (
    <p>
      <Link to={withQuery(RESET_PATHS.totp, flow.query)} state={{ email } satisfies StepState}>
        <Localized id="reset-backup-code-back">
          <span>Back</span>
        </Localized>
      </Link>
    </p>
  ),
};

/** `/confirm_totp_reset_password`: the authenticator's 6-digit code. */
export function TotpResetPage() {
  return <ResetSecondStepPage copy={TOTP} />;
}

/** `/confirm_backup_code_reset_password`: one of the account's backup codes. */
export function BackupCodeResetPage() {
  return <ResetSecondStepPage copy={BACKUP_CODE} />;
}
