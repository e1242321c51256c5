// The phone's side of pairing (the supplicant). It joins the channel from the QR code with
// fxa-pairing-channel (TLS 1.3 PSK over the channel server), sends its OAuth request, shows which
// account and computer answered, and finishes once both its user confirmed and Firefox sent the
// code (either order: Firefox may send the code first, and the phone holds it, as upstream's
// WaitForSupplicantAuthorize). Messages: ../shared/reference/pairing.md §2.4.
import { createFlowStore, type FlowStore } from './flow-store';
import {
  type ChannelParams,
  checkCode,
  type PairingCode,
  redirectTarget,
  type SupplicantParams,
} from './supplicant-params';

export type SupplicantFailure = 'declined' | 'cancelled' | 'timeout' | 'error' | 'bad-code';

export type SupplicantState =
  | { step: 'connecting' }
  | { step: 'allow'; email: string; deviceName: string; busy: boolean }
  | { step: 'wait' }
  | {
      step: 'done';
      finish: { kind: 'redirect'; url: string } | { kind: 'webchannel'; code: PairingCode };
    }
  | { step: 'failed'; reason: SupplicantFailure };

/** fxa-pairing-channel's PairingChannel, as far as this flow uses it. */
export type SupplicantChannel = EventTarget & {
  send: (data: unknown) => Promise<void>;
  close: () => Promise<void>;
};

export type ConnectChannel = (
  serverUrl: string,
  channelId: string,
  channelKey: Uint8Array,
) => Promise<SupplicantChannel>;

export type SupplicantOptions = {
  serverUrl: string;
  connect: ConnectChannel;
  /** How long the phone waits to hear from Firefox after joining (a dead or stolen channel). */
  answerTimeoutMs?: number;
};

export type SupplicantFlow = {
  store: FlowStore<SupplicantState>;
  start: () => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
};

/**
 * Not a message Firefox 153 knows: its flow errors on any unknown message ("Received unknown
 * Pairing Channel message"), so the desktop page's heartbeat reports the failure. A close_notify
 * alone would leave it waiting: Firefox does not listen for one (pairing.md §2.3). See
 * docs/decisions/0071-supplicant-cancel.md.
 */
export const SUPPLICANT_CANCEL = 'pair:supp:cancel';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function createSupplicantFlow(
  params: SupplicantParams,
  channelParams: ChannelParams,
  options: SupplicantOptions,
): SupplicantFlow {
  const store = createFlowStore<SupplicantState>({ step: 'connecting' });
  let channel: SupplicantChannel | undefined;
  let code: PairingCode | undefined;
  let confirmed = false;
  let ended = false;
  let answerTimer: ReturnType<typeof setTimeout> | undefined;

  const end = (state: SupplicantState) => {
    if (ended) return;
    ended = true;
    if (answerTimer !== undefined) clearTimeout(answerTimer);
    store.set(state);
  };
  const fail = (reason: SupplicantFailure) => {
    end({ step: 'failed', reason });
    void channel?.close().catch(() => {});
  };

  const finish = () => {
    if (!code || !confirmed || ended) return;
    const got = code;
    // Our close_notify is the channel's last frame; the server may count it past its limit.
    void channel?.close().catch(() => {});
    if (params.finish.kind === 'webchannel') {
      end({ step: 'done', finish: { kind: 'webchannel', code: got } });
      return;
    }
    // Firefox sent no redirect_uri: the code was issued for the client's registered one. Only
    // go where the phone asked to, and only if that is where the code belongs.
    const { redirectUri } = params.finish;
    const issuedFor = got.redirect?.split('?')[0];
    if (issuedFor !== undefined && issuedFor !== redirectUri) return fail('bad-code');
    end({ step: 'done', finish: { kind: 'redirect', url: redirectTarget(redirectUri, got) } });
  };

  const onMessage = (event: Event) => {
    const detail = (event as CustomEvent).detail as unknown;
    const payload = isRecord(detail) && isRecord(detail.data) ? detail.data : {};
    if (ended) return;
    if (payload.message === 'pair:auth:metadata' && store.get().step === 'connecting') {
      if (answerTimer !== undefined) clearTimeout(answerTimer);
      const data = isRecord(payload.data) ? payload.data : {};
      const email = typeof data.email === 'string' ? data.email.slice(0, 256) : '';
      const deviceName = typeof data.deviceName === 'string' ? data.deviceName.slice(0, 256) : '';
      store.set({ step: 'allow', email, deviceName, busy: false });
    } else if (payload.message === 'pair:auth:authorize') {
      const checked = checkCode(payload.data, params.request);
      if (!checked) return fail('bad-code');
      code = checked;
      finish();
    }
  };

  return {
    store,
    async start() {
      try {
        channel = await options.connect(
          options.serverUrl,
          channelParams.channelId,
          channelParams.channelKey,
        );
      } catch {
        return fail('error');
      }
      if (ended) return;
      channel.addEventListener('message', onMessage);
      // A close_notify from Firefox: it declined, timed out, or the flow was already over.
      channel.addEventListener('close', () => fail('declined'));
      // The socket dropped, the key was wrong (TLS alert), or someone else is on the channel.
      channel.addEventListener('error', () => fail('error'));
      answerTimer = setTimeout(() => fail('timeout'), options.answerTimeoutMs ?? 20_000);
      try {
        await channel.send({ message: 'pair:supp:request', data: params.request });
      } catch {
        fail('error');
      }
    },
    async confirm() {
      const state = store.get();
      if (state.step !== 'allow' || state.busy || !channel) return;
      store.set({ ...state, busy: true });
      try {
        await channel.send({ message: 'pair:supp:authorize', data: {} });
      } catch {
        return fail('error');
      }
      confirmed = true;
      if (code) finish();
      else if (!ended) store.set({ step: 'wait' });
    },
    cancel() {
      if (ended) return;
      const open = channel;
      end({ step: 'failed', reason: 'cancelled' });
      void open
        ?.send({ message: SUPPLICANT_CANCEL, data: {} })
        .catch(() => {})
        .then(() => open.close())
        .catch(() => {});
    },
  };
}
