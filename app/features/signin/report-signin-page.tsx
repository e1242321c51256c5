import { Localized } from '@fluent/react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ErrorMessage, type ShownError } from './error-message';
import { explainFailure, loadActions, usePreloadActions } from './load-actions';
import { UnblockHelp } from './unblock-help';

// "This wasn't me" from the unblock-code email: `/report_signin?uid=&unblockCode=` rejects the
// code (POST /account/login/reject_unblock_code), then `/signin_reported` thanks the user.
// Upstream: fxa-settings pages/Signin/ReportSignin and SigninReported (recovery-2fa-mfa.md §5).
// The link's page is no-referrer (server/security-headers.ts), as every page carrying a code.

/** The link's parameters, or null when the email client broke them ("Link damaged"). */
function readReportLink(search: string): { uid: string; unblockCode: string } | null {
  const params = new URLSearchParams(search);
  const uid = params.get('uid') ?? '';
  const unblockCode = params.get('unblockCode') ?? '';
  if (!/^[0-9a-f]{32}$/i.test(uid) || !/^[a-zA-Z0-9]{8}$/.test(unblockCode)) return null;
  return { uid, unblockCode };
}

export function ReportSigninPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [link] = useState(() => readReportLink(location.search));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  usePreloadActions();

  if (!link) {
    return (
      <section className="card signin-card" aria-labelledby="report-heading">
        <Localized id="report-signin-damaged-heading">
          <h1 id="report-heading">Link damaged</h1>
        </Localized>
        <Localized id="report-signin-damaged-body">
          <p>
            The link you clicked was missing characters, and may have been broken by your email
            client. Copy the address carefully, and try again.
          </p>
        </Localized>
      </section>
    );
  }

  const onReport = async () => {
    setBusy(true);
    setError(null);
    try {
      const { rejectUnblockCode } = await loadActions();
      await rejectUnblockCode(link.uid, link.unblockCode);
      navigate('/signin_reported', { replace: true });
    } catch (e) {
      setError((await explainFailure(e)).shown);
      setBusy(false);
    }
  };

  return (
    <section className="card signin-card" aria-labelledby="report-heading" data-signin-ready>
      <Localized id="report-signin-heading">
        <h1 id="report-heading">Report unauthorized sign-in?</h1>
      </Localized>
      <Localized id="report-signin-body">
        <p>
          You received an email about attempted access to your account. Would you like to report
          this activity as suspicious?
        </p>
      </Localized>
      {error !== null && <ErrorMessage error={error} />}
      <button
        type="button"
        className="button primary signin-wide"
        disabled={busy}
        onClick={() => void onReport()}
      >
        <Localized id="report-signin-submit">
          <span>Report activity</span>
        </Localized>
      </button>
      <UnblockHelp />
    </section>
  );
}

export function SigninReportedPage() {
  return (
    <section className="card signin-card" aria-labelledby="reported-heading">
      <Localized id="signin-reported-heading">
        <h1 id="reported-heading">Thank you for your vigilance</h1>
      </Localized>
      <Localized id="signin-reported-body">
        <p>Our team has been notified. Reports like this help us fend off intruders.</p>
      </Localized>
    </section>
  );
}
