import { Localized } from '@fluent/react';
import { Link } from 'react-router';
import { withQuery } from '../flow';
import { loadActions } from '../load-actions';
import type { StepState } from '../signin-state';
import { differentAccountPath, type SecondStepCopy, SecondStepPage } from './second-step-page';

// /signin_totp_code and /signin_recovery_code (upstream pages/Signin/SigninTotpCode and
// SigninRecoveryCode, strings from their en.ftl; errors from lib/auth-errors: 1054
// INVALID_TOTP_CODE, 156 RECOVERY_CODE_NOT_FOUND).

const TOTP: SecondStepCopy = {
  headingId: 'totp-code-heading',
  heading: 'Enter two-step authentication code',
  instructionId: 'totp-code-instruction',
  instruction: 'Check your authenticator app to confirm your sign-in.',
  labelId: 'totp-code-input-label',
  label: 'Enter 6-digit code',
  requiredError: { l10nId: 'totp-code-required', fallback: 'Authentication code required' },
  input: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 },
  malformed: (code) => (/^\d{6}$/.test(code) ? null : INVALID_TOTP),
};

const INVALID_TOTP = {
  l10nId: 'totp-code-invalid',
  fallback: 'Invalid two-step authentication code',
};

const RECOVERY: SecondStepCopy = {
  headingId: 'recovery-code-heading',
  heading: 'Enter backup authentication code',
  instructionId: 'recovery-code-instruction',
  instruction:
    'Enter one of the one-time-use codes you saved when you set up two-step authentication.',
  labelId: 'recovery-code-input-label',
  label: 'Enter 10-character code',
  requiredError: {
    l10nId: 'recovery-code-required',
    fallback: 'Backup authentication code required',
  },
  input: { inputMode: 'text', pattern: '[a-zA-Z0-9]{10}', maxLength: 10 },
  // isBase32Crockford upstream: the alphabet without I, L, O, U.
  malformed: (code) =>
    /^[0-9a-hjkmnp-tv-z]{10}$/i.test(code)
      ? null
      : { l10nId: 'recovery-code-invalid', fallback: 'Invalid backup authentication code' },
};

export function TotpCodePage() {
  return (
    <SecondStepPage
      copy={TOTP}
      submit={async (pending, code, flow, navigate) => {
        const { confirmWithTotp } = await loadActions();
        return (await confirmWithTotp(pending, code, flow, navigate)) === 'done'
          ? 'done'
          : INVALID_TOTP;
      }}
      links={(flow, email) => (
        <p>
          <Link
            to={withQuery('/signin_recovery_code', flow.query)}
            state={{ email } satisfies StepState}
          >
            <Localized id="totp-code-trouble">
              <span>Trouble entering code?</span>
            </Localized>
          </Link>{' '}
          <Link to={differentAccountPath(flow)} state={{ stay: true } satisfies StepState}>
            <Localized id="signin-use-different-account">
              <span>Use a different account</span>
            </Localized>
          </Link>
        </p>
      )}
    />
  );
}

export function RecoveryCodePage() {
  return (
    <SecondStepPage
      copy={RECOVERY}
      submit={async (pending, code, flow, navigate) => {
        const { confirmWithRecoveryCode } = await loadActions();
        await confirmWithRecoveryCode(pending, code.toLowerCase(), flow, navigate);
        return 'done';
      }}
      links={(flow, email) => (
        <p>
          <Link
            to={withQuery('/signin_totp_code', flow.query)}
            state={{ email } satisfies StepState}
          >
            <Localized id="recovery-code-back">
              <span>Back</span>
            </Localized>
          </Link>
        </p>
      )}
    />
  );
}
