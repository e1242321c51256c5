import './oauth.css';
import { Localized } from '@fluent/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { BadRequest } from '../../components/oauth-bad-request';
import {
  type AuthorizationRequest,
  checkAuthorizationRequest,
  resolveRedirectUri,
  SCOPED_KEYS_REDIRECTS,
} from '../../lib/oauth/authorization-request';
import { leaveForRelier } from '../../lib/oauth/leave';
import { OAUTH_ERRORS, type OAuthFailure } from '../../lib/oauth/oauth-errors';
import {
  errorRedirectUrl,
  NATIVE_CONTEXT,
  type OAuthParams,
  parseOAuthParams,
  type ReturnTo,
} from '../../lib/oauth/oauth-params';
import type { StepState } from '../../lib/step-state';
import type { SignedInAccount } from '../../session/precedence';
import { useSessionStore } from '../../session/session-store';
import { ContinueAs, ContinueHeading } from './continue-as';
import type { ContinueProblem } from './continue-problem';
import type { PromptNoneOutcome } from './prompt-none';
import { useClientInfo } from './use-client-info';

// `/authorization`: where a relier sends the user (upstream pages/Authorization, fxa-upstream.md
// §3.1, §4). Every parameter is checked first; errors about the client or its redirect stay here
// on a Bad Request page, other errors go back to the validated redirect with `error` and `state`.
// With a session the user continues in one click; prompt=none completes without a click or
// returns an OIDC error; everything that needs a password goes to the sign-in flow (`/oauth`).

/**
 * Email-first for OAuth reliers (upstream `/oauth`), with the flow's query (without `?`);
 * `action=force_auth` goes to its own page, as upstream sends every other action to `/${action}`.
 */
const signInFlow = (action: string | null | undefined, query: string) =>
  `${action === 'force_auth' ? '/oauth/force_auth' : '/oauth'}?${query}`;

export function AuthorizationPage() {
  const { search } = useLocation();
  // The one parse of the query: what follows gets the parameters, then the checked request.
  const [query, parsed] = useMemo(() => {
    const q = new URLSearchParams(search);
    return [q, parseOAuthParams(q)] as const;
  }, [search]);
  // Firefox's own flows (Sync, Relay…) belong to the sign-in pages, which send the code over the
  // WebChannel; nothing here may navigate to their redirect URN. (Whatever their parameters: the
  // sign-in pages check them for a native flow.)
  if (query.get('context') === NATIVE_CONTEXT) {
    return <Navigate to={signInFlow(query.get('action'), query.toString())} replace />;
  }
  if (!parsed.ok) {
    return parsed.returnTo ? (
      <ReturnWithError returnTo={parsed.returnTo} failure={parsed.failure} />
    ) : (
      <BadRequest failure={parsed.failure} />
    );
  }
  return <Authorization params={parsed.params} query={query.toString()} />;
}

/** A signed-in user who must still type the password, confirm, or pick another account. */
function needsSignInFlow(params: OAuthParams, account: SignedInAccount): boolean {
  return (
    // Upstream wantsLogin: prompt=login or max_age=0 always ask for the password (§4.4).
    params.prompt === 'login' ||
    params.maxAge === 0 ||
    // Scoped keys come from the password.
    (params.keysJwk !== undefined && params.scopes.some((s) => s in SCOPED_KEYS_REDIRECTS)) ||
    !account.verified ||
    // signup / force_auth / pairing have their own pages.
    (params.action !== undefined && params.action !== 'email' && params.action !== 'signin') ||
    // The relier names someone else: the hint wins (loginHint.spec.ts).
    (params.loginHint !== undefined &&
      params.loginHint.toLowerCase() !== account.email.toLowerCase())
  );
}

/** What the whole page shows instead of "Continue as" (`leaving`: on the way to sign-in). */
type PageProblem =
  | Exclude<
      ContinueProblem,
      { kind: 'inline' } | { kind: 'session-expired' } | { kind: 'two-step' }
    >
  | { kind: 'leaving' };

/** `query`: the page's query (without `?`), only carried to the pages this one hands over to. */
function Authorization({ params, query }: { params: OAuthParams; query: string }) {
  const [client, retry] = useClientInfo(params.clientId);
  const session = useSessionStore((s) => s.session);
  const signOut = useSessionStore((s) => s.signOut);
  const navigate = useNavigate();
  const [problem, setProblem] = useState<PageProblem | null>(null);
  // The one check: the request the rest of the flow gets, down to the code and the redirect.
  const checked = useMemo(
    () =>
      client.status === 'ok'
        ? checkAuthorizationRequest(params, client.info, { native: false })
        : undefined,
    [client, params],
  );
  const account = session.status === 'signed-in' ? session.account : undefined;

  if (problem?.kind === 'failure') return <BadRequest failure={problem.failure} />;
  if (problem?.kind === 'leaving') return <Working clientName={undefined} />;
  if (client.status === 'error') return <BadRequest failure={client.failure} onRetry={retry} />;
  if (checked && !checked.ok) return <BadRequest failure={checked.failure} />;
  const request = checked?.ok ? checked.request : undefined;

  if (params.prompt === 'none') {
    return request ? (
      <PromptNone request={request} account={account} onInvalidSession={signOut} />
    ) : (
      <Working clientName={undefined} />
    );
  }
  if (!account || problem?.kind === 'sign-in' || needsSignInFlow(params, account)) {
    // The client is checked before handing over, so a bad relier never reaches the sign-in pages.
    return request ? (
      <Navigate to={signInFlow(params.action, query)} replace />
    ) : (
      <Working clientName={undefined} />
    );
  }
  return (
    <ContinueAs
      account={account}
      source={session.status === 'signed-in' ? session.source : 'storage'}
      request={request}
      query={query}
      onProblem={(p) => {
        if (p.kind === 'two-step') {
          // The session's second step, then back here through the sign-in flow's last step.
          setProblem({ kind: 'leaving' });
          navigate(`/signin_totp_code?${query}`, {
            state: { email: account.email } satisfies StepState,
          });
          return;
        }
        if (p.kind !== 'session-expired') {
          setProblem(p);
          return;
        }
        // The token is gone: the sign-in pages ask for this account's password, saying why
        // (upstream signinCached.spec.ts), and the token is forgotten, the email kept. Until that
        // page is there, this one must not hand over on its own for the lack of a session.
        setProblem({ kind: 'leaving' });
        navigate(`/oauth/signin?${query}`, {
          replace: true,
          state: { email: account.email, notice: 'session-expired' } satisfies StepState,
        });
        signOut();
      }}
    />
  );
}

/** A parameter error the relier wants back: to its validated redirect, never to anything else. */
function ReturnWithError({ returnTo, failure }: { returnTo: ReturnTo; failure: OAuthFailure }) {
  const [client, retry] = useClientInfo(returnTo.clientId);
  const target = useMemo(() => {
    if (client.status !== 'ok' || failure.kind !== 'redirect') return undefined;
    const redirect = resolveRedirectUri(returnTo, client.info);
    return redirect && /^https?:\/\//.test(redirect)
      ? errorRedirectUrl(redirect, failure.error, returnTo.state)
      : undefined;
  }, [client, failure, returnTo]);
  useEffect(() => {
    if (target) leaveForRelier(target);
  }, [target]);
  if (client.status === 'loading') return <Working clientName={undefined} />;
  if (client.status === 'error') return <BadRequest failure={client.failure} onRetry={retry} />;
  if (!target) return <BadRequest failure={OAUTH_ERRORS.incorrectRedirect()} />;
  return <Working clientName={client.info.name} />;
}

function PromptNone(props: {
  request: AuthorizationRequest;
  account: SignedInAccount | undefined;
  onInvalidSession: () => void;
}) {
  const { request } = props;
  const [outcome, setOutcome] = useState<PromptNoneOutcome | null>(null);
  // Once per page: a second run would mint a second code.
  const started = useRef(false);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const { account, onInvalidSession } = latest.current;
    // Its own chunk: only silent flows need it, so the one-click page stays small.
    import('./prompt-none')
      .then(({ runPromptNone }) => runPromptNone({ request, account, onInvalidSession }))
      .then(setOutcome, () =>
        setOutcome({ kind: 'error', failure: OAUTH_ERRORS.serviceUnavailable() }),
      );
  }, [request]);
  const target = useMemo(() => {
    if (!outcome) return undefined;
    if (outcome.kind === 'code') return outcome.url;
    const { failure } = outcome;
    return failure.kind === 'redirect' && request.params.returnOnError
      ? errorRedirectUrl(request.redirectUri, failure.error, request.params.state)
      : undefined;
  }, [outcome, request]);
  useEffect(() => {
    if (target) leaveForRelier(target);
  }, [target]);
  if (outcome?.kind === 'error' && !target) return <BadRequest failure={outcome.failure} />;
  return <Working clientName={request.client.name} />;
}

/** While the page checks the request or leaves for the relier. */
function Working({ clientName }: { clientName: string | undefined }) {
  return (
    <section className="card" data-authz-ready aria-busy="true">
      <ContinueHeading clientName={clientName} />
      <Localized id="authorization-working">
        <p role="status" className="oauth-muted">
          One moment…
        </p>
      </Localized>
    </section>
  );
}
