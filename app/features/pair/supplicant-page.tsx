import { Localized } from '@fluent/react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { notifyBrowser } from '../../lib/webchannel/browser-channel';
import { createFlowStore, type FlowStore, useFlowState } from './flow-store';
import { PairCard, PairChoice, PairWaiting } from './pair-page-parts';
import { connectPairingChannel } from './pairing-channel';
import { pairingServerUrl } from './pairing-server';
import { createSupplicantFlow, type SupplicantFlow, type SupplicantState } from './supplicant-flow';
import { type ParamProblem, parseChannelHash, parseSupplicantQuery } from './supplicant-params';

// `/pair/supp`, `/pair/supp/allow`, `/pair/supp/wait_for_auth`: the phone's screens (upstream
// views/pair/supp*.js). The QR code's hash carries the channel key: it is read once and removed
// from the address bar and history at once, and lives only in this module's memory.

let current: SupplicantFlow | undefined;
const LOST = createFlowStore<SupplicantState>({ step: 'failed', reason: 'timeout' });

type Started = { flow: SupplicantFlow } | { problem: ParamProblem };

function startFromUrl(): Started {
  const query = parseSupplicantQuery(new URLSearchParams(window.location.search));
  const hash = parseChannelHash(window.location.hash);
  if (window.location.hash) {
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
  }
  if (!query.ok) return { problem: query.problem };
  if (!hash.ok) return { problem: hash.problem };
  current = createSupplicantFlow(query.value, hash.value, {
    serverUrl: pairingServerUrl(),
    connect: connectPairingChannel,
  });
  void current.start();
  return { flow: current };
}

const PATHS: Partial<Record<SupplicantState['step'], string>> = {
  allow: '/pair/supp/allow',
  wait: '/pair/supp/wait_for_auth',
};

export function SupplicantPage() {
  const location = useLocation();
  const navigate = useNavigate();
  // Only /pair/supp starts a flow; a later step without one (a reload) has lost its key.
  const [started] = useState<Started>(() =>
    location.pathname === '/pair/supp' && !current
      ? startFromUrl()
      : current
        ? { flow: current }
        : { flow: { store: LOST } as SupplicantFlow },
  );
  const flow = 'flow' in started ? started.flow : undefined;
  const state = useFlowState<SupplicantState>(flow?.store ?? PROBLEM);

  useEffect(() => {
    if (state.step === 'failed') {
      current = undefined;
      navigate('/pair/failure', {
        replace: true,
        state: { side: 'supplicant', reason: state.reason },
      });
    } else if (state.step === 'done') {
      current = undefined;
      if (state.finish.kind === 'redirect') {
        window.location.replace(state.finish.url);
      } else {
        // The mobile app exchanges the code itself (upstream's WebChannel broker, action pairing).
        const { code, state: oauthState, redirect } = state.finish.code;
        notifyBrowser('fxaccounts:oauth_login', {
          action: 'pairing',
          code,
          state: oauthState,
          redirect: redirect ?? '',
        });
        navigate('/pair/success', { replace: true });
      }
    } else {
      const path = PATHS[state.step];
      if (path && location.pathname !== path) navigate(path, { replace: true });
    }
  }, [state, location.pathname, navigate]);

  if ('problem' in started) {
    return (
      <PairCard headingId="pair-bad-request-heading" heading="Bad Request">
        <div role="alert">
          {started.problem === 'invalid-client' ? (
            <Localized id="pair-invalid-client">
              <p>Invalid pairing client</p>
            </Localized>
          ) : started.problem === 'invalid-channel' ? (
            <Localized id="pair-invalid-channel">
              <p>This pairing link is incomplete. Scan the code again.</p>
            </Localized>
          ) : (
            <Localized id="pair-invalid-request">
              <p>The app asked for pairing with parameters that are not valid.</p>
            </Localized>
          )}
        </div>
      </PairCard>
    );
  }
  if (state.step === 'allow') {
    return (
      <PairCard headingId="pair-supp-allow-heading" heading="Confirm pairing">
        <Localized id="pair-supp-allow-account" vars={{ email: state.email }}>
          <p>{`Account: ${state.email}`}</p>
        </Localized>
        {state.deviceName && (
          <Localized id="pair-supp-allow-device" vars={{ device: state.deviceName }}>
            <p>{`Approving from: ${state.deviceName}`}</p>
          </Localized>
        )}
        <PairChoice
          busy={state.busy}
          yes={{
            id: 'pair-supp-allow-confirm',
            text: 'Confirm pairing',
            onClick: () => void flow?.confirm(),
          }}
          no={{ id: 'pair-supp-allow-cancel', text: 'Cancel', onClick: () => flow?.cancel() }}
        />
      </PairCard>
    );
  }
  if (state.step === 'wait') {
    return (
      <PairCard headingId="pair-supp-wait-heading" heading="Confirm on your computer">
        <PairWaiting
          id="pair-supp-wait-text"
          text="Waiting for Firefox on your computer to confirm…"
        />
      </PairCard>
    );
  }
  return (
    <PairCard headingId="pair-supp-connecting-heading" heading="Connecting to your computer">
      <PairWaiting id="pair-supp-connecting-text" text="Connecting…" />
    </PairCard>
  );
}

const PROBLEM: FlowStore<SupplicantState> = createFlowStore<SupplicantState>({
  step: 'connecting',
});
