import { Localized } from '@fluent/react';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { getBrowserChannel } from '../../lib/webchannel/browser-channel';
import { type AuthorityFlow, type AuthorityState, createAuthorityFlow } from './authority-flow';
import { createFlowStore, useFlowState } from './flow-store';
import { DeviceSummary, PairCard, PairChoice, PairWaiting } from './pair-page-parts';

// `/pair/auth/allow`, `/pair/auth/wait_for_supp`, `/pair/auth/complete`: the desktop Firefox's
// screens while it signs the phone in (upstream views/pair/auth_*.js). Firefox opened
// `/oauth?…&channel_id=…&redirect_uri=…pair-auth-webchannel`, which the sign-in route sends here.

let current: AuthorityFlow | undefined;

/** A URL without a usable channel_id: nothing to ask Firefox about. */
const INVALID = createFlowStore<AuthorityState>({ step: 'failed', reason: 'gone' });

function flowFor(channelId: string): AuthorityFlow {
  if (current?.channelId === channelId) return current;
  current?.stop();
  const channel = getBrowserChannel();
  const flow = createAuthorityFlow(
    {
      // The flow sends only the commands and shapes it names (authority-flow.ts).
      request: (command, data, options) =>
        channel
          ? channel.request(command, data as never, options)
          : Promise.reject(new Error('no WebChannel')),
    },
    channelId,
  );
  current = flow;
  if (!channel) flow.store.set({ step: 'failed', reason: 'unsupported' });
  else void flow.start();
  return flow;
}

const PATHS: Record<Exclude<AuthorityState['step'], 'loading' | 'failed'>, string> = {
  allow: '/pair/auth/allow',
  wait: '/pair/auth/wait_for_supp',
  complete: '/pair/auth/complete',
};

export function AuthorityPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const channelId = new URLSearchParams(location.search).get('channel_id') ?? '';
  const valid = /^[A-Za-z0-9_-]{1,64}$/.test(channelId);
  const flow = valid ? flowFor(channelId) : undefined;
  const state = useFlowState(flow?.store ?? INVALID);

  useEffect(() => {
    if (state.step === 'failed') {
      navigate('/pair/failure', {
        replace: true,
        state: { side: 'authority', reason: state.reason },
      });
    } else if (state.step !== 'loading' && location.pathname !== PATHS[state.step]) {
      navigate(PATHS[state.step] + location.search, { replace: true });
    }
  }, [state, location.pathname, location.search, navigate]);

  if (state.step === 'allow') {
    return (
      <PairCard headingId="pair-auth-allow-heading" heading="Connect another device">
        <Localized id="pair-auth-allow-question" vars={{ email: state.email }}>
          <p>{`Did you just sign in to Firefox as ${state.email} on this device?`}</p>
        </Localized>
        <DeviceSummary device={state.device} />
        <PairChoice
          busy={state.busy}
          yes={{
            id: 'pair-auth-allow-confirm',
            text: 'Yes, connect this device',
            onClick: () => void flow?.confirm(),
          }}
          no={{ id: 'pair-auth-allow-decline', text: 'No, cancel', onClick: () => flow?.decline() }}
        />
      </PairCard>
    );
  }
  if (state.step === 'wait') {
    return (
      <PairCard headingId="pair-auth-wait-heading" heading="Confirm on your other device">
        <PairWaiting id="pair-auth-wait-text" text="Waiting for your other device to confirm…" />
      </PairCard>
    );
  }
  if (state.step === 'complete') {
    return (
      <PairCard headingId="pair-auth-complete-heading" heading="Device connected">
        <Localized id="pair-auth-complete-text">
          <p>You are now syncing with:</p>
        </Localized>
        <DeviceSummary device={{ family: state.device.family, os: state.device.os }} />
        <Localized id="pair-manage-account">
          <Link to="/settings">Manage your account</Link>
        </Localized>
      </PairCard>
    );
  }
  return (
    <PairCard headingId="pair-loading-heading" heading="Connect another device">
      <PairWaiting id="pair-loading-text" text="Loading…" />
    </PairCard>
  );
}
