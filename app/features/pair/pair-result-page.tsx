import { Localized } from '@fluent/react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { AuthorityFailure } from './authority-flow';
import { PairCard } from './pair-page-parts';
import type { SupplicantFailure } from './supplicant-flow';

// `/pair/failure`, `/pair/success`, `/pair/unsupported` (upstream views/pair/{failure,success,
// unsupported}.js) and `/oauth/success/:clientId`, where a redirect-based phone lands with its
// code (the reference browser's registered redirect). The code is taken out of the address bar
// at once: the app that asked for it reads it from the redirect, not from this page.

type FailureState = {
  side?: 'authority' | 'supplicant';
  reason?: AuthorityFailure | SupplicantFailure;
};

const REASONS: Record<string, { id: string; text: string }> = {
  declined: { id: 'pair-failure-declined', text: 'Pairing was cancelled.' },
  cancelled: { id: 'pair-failure-declined', text: 'Pairing was cancelled.' },
  gone: {
    id: 'pair-failure-gone',
    text: 'This pairing is over or timed out. Start again from Firefox on your computer.',
  },
  timeout: {
    id: 'pair-failure-timeout',
    text: 'Your computer did not answer. Scan a new code and try again.',
  },
  'signed-out': {
    id: 'pair-failure-signed-out',
    text: 'Sign in to Firefox on this computer first.',
  },
  unsupported: {
    id: 'pair-unsupported-text',
    text: 'Pairing needs Firefox on your computer, signed in to your account.',
  },
  'bad-code': {
    id: 'pair-failure-bad-code',
    text: 'The answer from your computer could not be used. Try again.',
  },
};
const DEFAULT_REASON = {
  id: 'pair-failure-error',
  text: 'The connection between your devices was lost. Try again.',
};

export function PairResultPage() {
  const location = useLocation();
  const path = location.pathname;

  useEffect(() => {
    if (path.startsWith('/oauth/success/') && window.location.search) {
      window.history.replaceState(null, '', path);
    }
  }, [path]);

  if (path === '/pair/success' || path.startsWith('/oauth/success/')) {
    return (
      <PairCard headingId="pair-success-heading" heading="Device connected">
        <Localized id="pair-success-text">
          <p>Firefox on this device is now signed in to your account.</p>
        </Localized>
      </PairCard>
    );
  }
  if (path === '/pair/unsupported') {
    return (
      <PairCard headingId="pair-unsupported-heading" heading="Connect another device">
        <Localized id="pair-unsupported-app">
          <p>
            To connect a phone, open Firefox on the phone, choose “Sign in”, and scan the code that
            Firefox on your computer shows.
          </p>
        </Localized>
        <Localized id="pair-unsupported-download">
          <a href="https://www.mozilla.org/firefox/mobile/get-app/">Download Firefox</a>
        </Localized>
      </PairCard>
    );
  }
  const failure = (location.state ?? {}) as FailureState;
  const reason = (failure.reason && REASONS[failure.reason]) || DEFAULT_REASON;
  return (
    <PairCard headingId="pair-failure-heading" heading="Pairing didn’t work">
      <div role="alert">
        <Localized id={reason.id}>
          <p>{reason.text}</p>
        </Localized>
      </div>
      {failure.side === 'authority' && (
        <Localized id="pair-failure-try-again">
          <Link to="/pair">Try again</Link>
        </Localized>
      )}
    </PairCard>
  );
}
