// The authority page's side of pairing (desktop Firefox). The page never sees the channel, the
// OAuth request or the keys: Firefox holds them and the page only asks it, by channel_id, over
// the WebChannel (Firefox 153 FxAccountsPairing.sys.mjs; ../shared/reference/pairing.md §2.3–2.5):
// - `pair_supplicant_metadata` once: the phone's device and place, shown for confirmation;
// - `pair_heartbeat` every second (as upstream's AuthorityBroker): `{suppAuthorized}` or `{err}`;
//   an unknown or finished flow gets no reply at all, so a missing reply means it is gone;
// - `pair_authorize` on confirm (`{}` is not success: only the heartbeat tells), `pair_decline`
//   on cancel, `pair_complete` once both sides confirmed.
import type { PairingRequestCommand } from '../../lib/webchannel/commands';
import { parseFxaStatus } from '../../lib/webchannel/fxa-status';
import { type DeviceInfo, describeDevice } from './device-description';
import { createFlowStore, type FlowStore } from './flow-store';

export type AuthorityFailure = 'declined' | 'gone' | 'error' | 'unsupported' | 'signed-out';

export type AuthorityState =
  | { step: 'loading' }
  | { step: 'allow'; email: string; device: DeviceInfo; busy: boolean }
  | { step: 'wait'; device: DeviceInfo }
  | { step: 'complete'; device: DeviceInfo }
  | { step: 'failed'; reason: AuthorityFailure };

/** The part of the page's WebChannel this flow uses (app/lib/webchannel/channel.ts). */
export type AuthorityChannel = {
  request: (
    command: 'fxaccounts:fxa_status' | PairingRequestCommand,
    data: Record<string, unknown>,
    options: { timeoutMs: number },
  ) => Promise<unknown>;
};

export type AuthorityOptions = {
  heartbeatMs?: number;
  /** How long a pairing command may go unanswered before the flow counts as gone. */
  replyTimeoutMs?: number;
  /** pair_authorize waits on Firefox's own auth-server round trips. */
  authorizeTimeoutMs?: number;
};

export type AuthorityFlow = {
  store: FlowStore<AuthorityState>;
  channelId: string;
  start: () => Promise<void>;
  confirm: () => Promise<void>;
  decline: () => void;
  stop: () => void;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const timedOut = (e: unknown) => isRecord(e) && (e as { kind?: unknown }).kind === 'timeout';

export function createAuthorityFlow(
  channel: AuthorityChannel,
  channelId: string,
  options: AuthorityOptions = {},
): AuthorityFlow {
  const heartbeatMs = options.heartbeatMs ?? 1_000;
  const replyTimeoutMs = options.replyTimeoutMs ?? 5_000;
  const authorizeTimeoutMs = options.authorizeTimeoutMs ?? 20_000;
  const store = createFlowStore<AuthorityState>({ step: 'loading' });
  let device: DeviceInfo = {};
  let authorized = false;
  let suppAuthorized = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const ask = (command: PairingRequestCommand, timeoutMs = replyTimeoutMs) =>
    channel.request(command, { channel_id: channelId }, { timeoutMs });

  const stop = () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
  const fail = (reason: AuthorityFailure) => {
    if (stopped) return;
    stop();
    store.set({ step: 'failed', reason });
  };

  const maybeComplete = () => {
    if (!authorized || !suppAuthorized || stopped) return;
    stop();
    // Firefox closes the channel (the phone's last frame) and forgets the flow.
    void ask('fxaccounts:pair_complete').catch(() => {});
    store.set({ step: 'complete', device });
  };

  const beat = async () => {
    if (stopped) return;
    try {
      const reply = await ask('fxaccounts:pair_heartbeat');
      if (stopped) return;
      // Firefox's err texts are not stable (a TypeError's message at times): any err fails.
      if (isRecord(reply) && reply.err !== undefined) return fail('error');
      if (isRecord(reply) && reply.suppAuthorized === true) suppAuthorized = true;
      maybeComplete();
    } catch (error) {
      return fail(timedOut(error) ? 'gone' : 'error');
    }
    if (!stopped) timer = setTimeout(beat, heartbeatMs);
  };

  return {
    store,
    channelId,
    stop,
    async start() {
      try {
        const status = parseFxaStatus(
          await channel.request(
            'fxaccounts:fxa_status',
            { service: 'sync', context: '', isPairing: true },
            { timeoutMs: replyTimeoutMs },
          ),
        );
        if (!status?.capabilities.pairing) return fail('unsupported');
        const email = status.signedInUser?.email;
        if (!email) return fail('signed-out');
        device = describeDevice(await ask('fxaccounts:pair_supplicant_metadata'));
        if (stopped) return;
        store.set({ step: 'allow', email, device, busy: false });
        timer = setTimeout(beat, heartbeatMs);
      } catch (error) {
        fail(timedOut(error) ? 'gone' : 'error');
      }
    },
    async confirm() {
      const state = store.get();
      if (state.step !== 'allow' || state.busy) return;
      store.set({ ...state, busy: true });
      try {
        await ask('fxaccounts:pair_authorize', authorizeTimeoutMs);
      } catch (error) {
        return fail(timedOut(error) ? 'gone' : 'error');
      }
      if (stopped) return;
      authorized = true;
      store.set({ step: 'wait', device });
      maybeComplete();
    },
    decline() {
      if (stopped) return;
      void ask('fxaccounts:pair_decline').catch(() => {});
      fail('declined');
    },
  };
}
