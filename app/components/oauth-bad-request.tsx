import { Localized } from '@fluent/react';
import type { OAuthFailure } from '../lib/oauth/oauth-errors';

/** Why the flow stopped: an OAuth failure, or any message of ours in the same shape. */
export type BadRequestReason = Pick<OAuthFailure, 'id' | 'message' | 'param'>;

/**
 * The one page for a flow that cannot go on (upstream components/OAuthDataError: "Bad Request"
 * and a banner with the reason), on `/authorization` and, loaded when needed, on the sign-in pages
 * (features/signin/bad-request.tsx). Nothing from the query is shown: only our own message, whose
 * one variable is a parameter name we chose (security reference C5, C6).
 */
export function BadRequest({
  failure,
  onRetry,
}: {
  failure: BadRequestReason;
  onRetry?: () => void;
}) {
  return (
    <section className="card" data-authz-ready>
      <Localized id="oauth-bad-request-heading">
        <h1>Bad Request</h1>
      </Localized>
      <OAuthBanner
        l10nId={failure.id}
        message={failure.message}
        vars={failure.param ? { param: failure.param } : {}}
      />
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          <Localized id="oauth-try-again">
            <span>Try again</span>
          </Localized>
        </button>
      )}
    </section>
  );
}

/**
 * The OAuth pages' one alert: a Bad Request's reason, or a problem the user can retry beside the
 * button ("Continue as", the permissions page).
 */
export function OAuthBanner(p: { l10nId: string; message: string; vars?: Record<string, string> }) {
  return (
    <div role="alert" className="oauth-banner">
      <Localized id={p.l10nId} vars={p.vars}>
        <p>{p.message}</p>
      </Localized>
    </div>
  );
}
