import './oauth.css';
import { Localized } from '@fluent/react';
import { useEffect, useMemo, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { BadRequest, OAuthBanner } from '../../components/oauth-bad-request';
import type { AuthorizationRequest } from '../../lib/oauth/authorization-request';
import { finishOAuthFlow, prepareAuthorization } from '../../lib/oauth/finish-oauth';
import { OAUTH_ERRORS, OAuthFailureError } from '../../lib/oauth/oauth-errors';
import {
  permissionsOf,
  recordPermissions,
  type ShownPermission,
} from '../../lib/oauth/permissions';
import { signedInAccount, useSessionStore } from '../../session/session-store';
import { type ContinueProblem, continueProblem } from './continue-problem';

// `/signin_permissions`: what a relier will be able to read, shown before its first code when it
// is untrusted (once) or asks with prompt=consent (every time). Upstream: Backbone
// views/permissions.js, tests untrustedRelierSignin.spec.ts and oauthPermissions.spec.ts: only
// the email (with its value) and the display name are listed, no checkboxes; Cancel goes back to
// sign-in.

const LABELS: Record<ShownPermission, { l10nId: string; text: string }> = {
  'profile:email': { l10nId: 'permissions-email', text: 'Email address' },
  'profile:display_name': { l10nId: 'permissions-display-name', text: 'Display name' },
  'profile:avatar': { l10nId: 'permissions-avatar', text: 'Profile picture' },
};

export function PermissionsPage() {
  const { search } = useLocation();
  const query = useMemo(() => new URLSearchParams(search), [search]);
  const session = useSessionStore((s) => s.session);
  const signOut = useSessionStore((s) => s.signOut);
  const account = signedInAccount(session);
  const navigate = useNavigate();
  const [request, setRequest] = useState<AuthorizationRequest | null>(null);
  const [problem, setProblem] = useState<ContinueProblem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    prepareAuthorization(query).then(
      (r) => live && setRequest(r),
      (error: unknown) =>
        live &&
        setProblem({
          kind: 'failure',
          failure:
            error instanceof OAuthFailureError ? error.failure : OAUTH_ERRORS.serviceUnavailable(),
        }),
    );
    return () => {
      live = false;
    };
  }, [query]);

  if (problem?.kind === 'failure') return <BadRequest failure={problem.failure} />;
  if (!account || problem?.kind === 'sign-in' || problem?.kind === 'session-expired') {
    return <Navigate to={`/oauth?${query.toString()}`} replace />;
  }

  const accept = async () => {
    if (!request) return;
    setBusy(true);
    setProblem(null);
    recordPermissions(request, account.uid, account.email);
    try {
      await finishOAuthFlow({ account, request, permissions: 'accepted' });
    } catch (error) {
      const p = continueProblem(error);
      if (p.kind === 'session-expired') signOut();
      setBusy(false);
      setProblem(p);
    }
  };

  const shown = request ? permissionsOf(request) : [];
  return (
    <section className="card" data-authz-ready aria-busy={!request}>
      <Localized id="permissions-heading">
        <h1>Request for permission</h1>
      </Localized>
      {request && (
        <>
          <Localized id="permissions-intro" vars={{ client: request.client.name }}>
            <p>{request.client.name} would like to access:</p>
          </Localized>
          <ul className="oauth-permissions">
            {shown.map((p) => (
              <li key={p}>
                <Localized id={LABELS[p].l10nId}>
                  <span>{LABELS[p].text}</span>
                </Localized>
                {p === 'profile:email' && (
                  <>
                    {': '}
                    <span className="email">{account.email}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {problem?.kind === 'inline' && (
        <OAuthBanner l10nId={problem.l10nId} message={problem.message} />
      )}
      <div className="oauth-actions">
        <button
          type="button"
          className="button primary"
          disabled={!request || busy}
          aria-busy={busy}
          onClick={accept}
        >
          <Localized id="permissions-accept">
            <span>Accept</span>
          </Localized>
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => navigate(`/signin?${query.toString()}`)}
        >
          <Localized id="permissions-cancel">
            <span>Cancel</span>
          </Localized>
        </button>
      </div>
    </section>
  );
}
