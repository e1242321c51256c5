import { Localized } from '@fluent/react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { OAuthBanner } from '../../components/oauth-bad-request';
import type { AuthorizationRequest } from '../../lib/oauth/authorization-request';
import { preload } from '../../lib/preload';
import type { StepState } from '../../lib/step-state';
import type { SignedInAccount } from '../../session/precedence';
import type { ContinueProblem } from './continue-problem';

const loadContinue = () => import('./continue');

type Props = {
  account: SignedInAccount;
  /** Where the account came from: the browser's fxa_status, or this site's storage. */
  source: 'browser' | 'storage';
  /** The request `/authorization` checked, once the server has said who the client is. */
  request: AuthorizationRequest | undefined;
  /** The page's query (without `?`): carried to the other pages of the flow, never parsed here. */
  query: string;
  /** Problems the whole page answers (Bad Request, expired session, sign-in needed). */
  onProblem: (problem: Exclude<ContinueProblem, { kind: 'inline' }>) => void;
};

/**
 * "Continue as <email>": the password-less sign-in to a relier with the session the browser (or
 * this site) already holds (upstream's cached sign-in, fxa-upstream.md F3 and §4.4). One click,
 * one request (POST /v1/oauth/authorization), then back to the relier.
 */
export function ContinueAs({ account, source, request, query, onProblem }: Props) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  // A click before the request is checked waits for it (the button stays busy), as it always did.
  const [clicked, setClicked] = useState(false);
  const [inline, setInline] = useState<{ l10nId: string; message: string } | null>(null);

  // Fetched while the user reads the page: the click then costs one request, not a download.
  useEffect(() => {
    preload(loadContinue);
  }, []);

  // Runs once a click: `clicked` is cleared before any later render could see it again.
  useEffect(() => {
    if (!clicked || !request) return;
    setClicked(false);
    void loadContinue()
      .then(
        ({ continueToRelier }) => continueToRelier({ account, request, query, navigate }),
        (): ContinueProblem => ({
          kind: 'inline',
          l10nId: 'oauth-continue-offline',
          message: 'Could not reach the server. Check your connection and try again.',
        }),
      )
      .then((problem) => {
        // null: leaving for the relier (or the permissions page), so the button stays disabled.
        if (!problem) return;
        setBusy(false);
        if (problem.kind === 'inline') setInline(problem);
        else onProblem(problem);
      });
  }, [clicked, request, account, navigate, onProblem, query]);

  const onContinue = () => {
    setBusy(true);
    setInline(null);
    setClicked(true);
  };

  const differentAccount = () => {
    const next = new URLSearchParams(query);
    next.delete('email');
    next.delete('login_hint');
    // The sign-in pages' own "Use a different account": email-first stays on its form.
    navigate(`/oauth?${next.toString()}`, {
      state: { stay: true, email: account.email } satisfies StepState,
    });
  };

  return (
    <section className="card" data-authz-ready>
      <ContinueHeading clientName={request?.client.name} />
      {source === 'browser' ? (
        <Localized id="authorization-signed-in-browser">
          <p className="oauth-muted">You are signed in to Firefox as</p>
        </Localized>
      ) : (
        <Localized id="authorization-signed-in">
          <p className="oauth-muted">You are signed in as</p>
        </Localized>
      )}
      <p className="email">{account.email}</p>
      {inline && <OAuthBanner l10nId={inline.l10nId} message={inline.message} />}
      <div className="oauth-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          aria-busy={busy}
          onClick={onContinue}
        >
          <Localized id="authorization-continue-as" vars={{ email: account.email }}>
            <span>Continue as {account.email}</span>
          </Localized>
        </button>
        <button type="button" className="link-button" onClick={differentAccount}>
          <Localized id="authorization-different-account">
            <span>Use a different account</span>
          </Localized>
        </button>
      </div>
    </section>
  );
}

/** "Continue to <relier>", or to "your application" until the server has named it. */
export function ContinueHeading({ clientName }: { clientName: string | undefined }) {
  return clientName ? (
    <Localized id="authorization-continue-heading" vars={{ client: clientName }}>
      <h1>Continue to {clientName}</h1>
    </Localized>
  ) : (
    <Localized id="authorization-heading">
      <h1>Continue to your application</h1>
    </Localized>
  );
}
