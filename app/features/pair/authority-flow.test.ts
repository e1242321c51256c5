// The authority page's flow against a scripted Firefox 153 (replies as observed in
// ../shared/reference/pairing.md §2.5: no reply at all for an unknown or finished channel).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebChannelError } from '../../lib/webchannel/channel';
import { type AuthorityChannel, createAuthorityFlow } from './authority-flow';

const STATUS = {
  signedInUser: {
    email: 'ada@example.com',
    uid: '0123456789abcdef0123456789abcdef',
    sessionToken: 'a'.repeat(64),
    verified: true,
  },
  capabilities: { pairing: true, multiService: true, engines: [] },
};
const METADATA = {
  ua: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36',
  city: 'Paris',
  country: 'France',
  ipAddress: '192.0.2.7',
};

type Script = Partial<Record<string, (data: Record<string, unknown>) => unknown>>;

function firefox(script: Script) {
  const sent: string[] = [];
  const channel: AuthorityChannel = {
    request: async (command, data) => {
      sent.push(command);
      const answer = script[command];
      if (!answer) throw new WebChannelError('timeout', command, 'timed out');
      return answer(data);
    },
  };
  return { channel, sent };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('authority flow', () => {
  it('shows the phone, authorizes, waits for the phone, then completes', async () => {
    let suppAuthorized = false;
    const { channel, sent } = firefox({
      'fxaccounts:fxa_status': () => STATUS,
      'fxaccounts:pair_supplicant_metadata': (d) => {
        expect(d).toEqual({ channel_id: 'chan' });
        return METADATA;
      },
      'fxaccounts:pair_heartbeat': () => ({ suppAuthorized }),
      'fxaccounts:pair_authorize': () => ({}),
      'fxaccounts:pair_complete': () => ({}),
    });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    expect(flow.store.get()).toEqual({
      step: 'allow',
      email: 'ada@example.com',
      busy: false,
      device: {
        family: 'Chrome',
        os: 'Android',
        city: 'Paris',
        country: 'France',
        ipAddress: '192.0.2.7',
      },
    });
    await flow.confirm();
    expect(flow.store.get().step).toBe('wait');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get().step).toBe('wait');
    suppAuthorized = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get().step).toBe('complete');
    expect(sent.at(-1)).toBe('fxaccounts:pair_complete');
    const count = sent.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(count); // the heartbeat stopped
  });

  it('the phone confirmed first: completes right after the authorize', async () => {
    const { channel } = firefox({
      'fxaccounts:fxa_status': () => STATUS,
      'fxaccounts:pair_supplicant_metadata': () => METADATA,
      'fxaccounts:pair_heartbeat': () => ({ suppAuthorized: true }),
      'fxaccounts:pair_authorize': () => ({}),
      'fxaccounts:pair_complete': () => ({}),
    });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get().step).toBe('allow'); // nothing happens before this side confirms
    await flow.confirm();
    expect(flow.store.get().step).toBe('complete');
  });

  it('decline sends pair_decline and ends in failure', async () => {
    const { channel, sent } = firefox({
      'fxaccounts:fxa_status': () => STATUS,
      'fxaccounts:pair_supplicant_metadata': () => METADATA,
      'fxaccounts:pair_heartbeat': () => ({ suppAuthorized: false }),
      'fxaccounts:pair_decline': () => ({}),
    });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    flow.decline();
    await settle();
    expect(sent).toContain('fxaccounts:pair_decline');
    expect(flow.store.get()).toEqual({ step: 'failed', reason: 'declined' });
  });

  it('a heartbeat err (the phone cancelled, the channel dropped, no keys) fails the flow', async () => {
    let beat: unknown = { suppAuthorized: false };
    const { channel } = firefox({
      'fxaccounts:fxa_status': () => STATUS,
      'fxaccounts:pair_supplicant_metadata': () => METADATA,
      'fxaccounts:pair_heartbeat': () => beat,
    });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    await vi.advanceTimersByTimeAsync(1_000);
    // Firefox's texts are not stable, and an empty {} may come first (pairing.md §2.5).
    beat = {};
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get().step).toBe('allow');
    beat = { err: 'can’t access property "message", curState.error is undefined' };
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get()).toEqual({ step: 'failed', reason: 'error' });
  });

  it('an unknown or finished channel (no reply: timed out, flow gone) fails as gone', async () => {
    const { channel } = firefox({ 'fxaccounts:fxa_status': () => STATUS });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    expect(flow.store.get()).toEqual({ step: 'failed', reason: 'gone' });
  });

  it('Firefox’s flow timing out mid-way: the heartbeat stops being answered', async () => {
    let alive = true;
    const { channel } = firefox({
      'fxaccounts:fxa_status': () => STATUS,
      'fxaccounts:pair_supplicant_metadata': () => METADATA,
      'fxaccounts:pair_heartbeat': () => {
        if (!alive) throw new WebChannelError('timeout', 'fxaccounts:pair_heartbeat', 'timed out');
        return { suppAuthorized: false };
      },
    });
    const flow = createAuthorityFlow(channel, 'chan');
    await flow.start();
    alive = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(flow.store.get()).toEqual({ step: 'failed', reason: 'gone' });
  });

  it('no pairing capability, or nobody signed in to Firefox', async () => {
    const unsupported = createAuthorityFlow(
      firefox({
        'fxaccounts:fxa_status': () => ({ ...STATUS, capabilities: { pairing: false } }),
      }).channel,
      'chan',
    );
    await unsupported.start();
    expect(unsupported.store.get()).toEqual({ step: 'failed', reason: 'unsupported' });
    const signedOut = createAuthorityFlow(
      firefox({ 'fxaccounts:fxa_status': () => ({ ...STATUS, signedInUser: null }) }).channel,
      'chan',
    );
    await signedOut.start();
    expect(signedOut.store.get()).toEqual({ step: 'failed', reason: 'signed-out' });
  });
});
