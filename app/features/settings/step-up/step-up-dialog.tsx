import { Localized } from '@fluent/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Field } from '../../../components/field';
import { isInvalidTokenError } from '../../../lib/auth-client/errors';
import { type MfaAction, mfaOtpRequest, mfaOtpVerify } from '../../../lib/auth-client/mfa';
import { ErrorText } from '../error-text';
import { keepTabInside } from '../keep-tab-inside';

type Props = {
  action: MfaAction;
  /** The primary address the code went to. */
  email: string;
  sessionToken: string;
  onVerified: (jwt: string) => void;
  onCancel: () => void;
  /** The session itself is gone (110): the edit fails with it and settings signs out. */
  onSessionLost: (error: Error) => void;
};

/**
 * "Enter confirmation code" (upstream ModalMfaProtected, test misc/mfa.spec.ts): the 6-digit code
 * emailed by /mfa/otp/request, exchanged for the step-up JWT. A native modal <dialog> above the
 * page the user was editing (which keeps what they typed); Escape or Cancel close it and focus
 * returns to where it was. Wrong or expired codes (183) and throttling are said in the dialog.
 */
export function StepUpDialog({
  action,
  email,
  sessionToken,
  onVerified,
  onCancel,
  onSessionLost,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [resent, setResent] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    input.current?.focus();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const fail = (e: unknown) => {
    if (isInvalidTokenError(e) && e instanceof Error) onSessionLost(e);
    else setError(e);
  };
  const verify = async () => {
    setBusy(true);
    setError(null);
    setResent(false);
    try {
      onVerified(await mfaOtpVerify(sessionToken, action, code.trim()));
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };
  const resend = async () => {
    setBusy(true);
    setError(null);
    setResent(false);
    try {
      await mfaOtpRequest(sessionToken, action);
      setResent(true);
      setCode('');
      input.current?.focus();
    } catch (e) {
      fail(e);
    }
    setBusy(false);
  };

  return (
    <dialog
      ref={ref}
      className="card settings-dialog"
      aria-labelledby={`${ids}-heading`}
      aria-describedby={`${ids}-body`}
      onKeyDown={keepTabInside}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <Localized id="step-up-heading">
        <h2 id={`${ids}-heading`}>Enter confirmation code</h2>
      </Localized>
      <div id={`${ids}-body`}>
        <Localized id="step-up-subheading">
          <p>Help us make sure it’s you changing your account info</p>
        </Localized>
        <Localized id="step-up-instruction" vars={{ email }}>
          <p>Enter the code that was sent to {email} within 5 minutes.</p>
        </Localized>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void verify();
        }}
      >
        <Field
          ref={input}
          label={{ l10nId: 'step-up-code-label', fallback: 'Enter 6-digit code' }}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          value={code}
          invalid={Boolean(error)}
          note={error ? (id) => <ErrorText error={error} id={id} /> : null}
          onChange={(e) => setCode(e.target.value)}
        />
        {resent ? (
          <Localized id="step-up-resent">
            <p role="status">A new code was sent to your email.</p>
          </Localized>
        ) : null}
        <div className="settings-actions">
          <button type="button" className="button" onClick={onCancel}>
            <Localized id="step-up-cancel">
              <span>Cancel</span>
            </Localized>
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            aria-busy={busy || undefined}
          >
            <Localized id="step-up-confirm">
              <span>Confirm</span>
            </Localized>
          </button>
        </div>
        <button type="button" className="link-button" disabled={busy} onClick={() => void resend()}>
          <Localized id="step-up-resend">
            <span>Code expired? Email new code.</span>
          </Localized>
        </button>
      </form>
    </dialog>
  );
}
