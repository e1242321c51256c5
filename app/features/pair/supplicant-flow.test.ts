// @vitest-environment node
// The phone's flow against the local channel server, with fxa-pairing-channel on both ends: the
// authority here is the same library Firefox 153 embeds (PairingChannel.create), scripted the way
// FxAccountsPairing.sys.mjs answers (pairing.md §2.3–2.4).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChannelServer,
  startChannelServer,
} from '../../../server/channel-server/channel-server';
import {
  loadPairingChannel,
  nextEvent,
  type PairingChannelInstance,
} from '../../../server/channel-server/pairing-channel-node.testutil';
import {
  createSupplicantFlow,
  SUPPLICANT_CANCEL,
  type SupplicantFlow,
  type SupplicantState,
} from './supplicant-flow';
import type { SupplicantParams } from './supplicant-params';

const PairingChannel = loadPairingChannel();
const CODE = 'c0de'.repeat(16);
const REDIRECT = 'http://localhost:3030/oauth/success/3c49430b43dfba77';
const params: SupplicantParams = {
  request: {
    client_id: '3c49430b43dfba77',
    state: 'phone-state',
    scope: 'profile https://identity.mozilla.com/apps/oldsync',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    keys_jwk: 'e30',
    access_type: 'offline',
  },
  finish: { kind: 'redirect', redirectUri: REDIRECT },
};

let server: ChannelServer;
const leaked: unknown[] = [];
const swallow = (e: unknown) => leaked.push(e);
beforeEach(async () => {
  server = await startChannelServer({ geo: { city: 'Lyon' } });
  // The library's TLS server side (our stand-in Firefox) leaks handshake alerts as rejections.
  process.on('unhandledRejection', swallow);
});
afterEach(async () => {
  await server.close();
  process.off('unhandledRejection', swallow);
});

function flowFor(authority: PairingChannelInstance, key = authority.channelKey, timeout = 3_000) {
  return createSupplicantFlow(
    params,
    { channelId: authority.channelId, channelKey: key },
    {
      serverUrl: server.url,
      connect: (u, id, k) => PairingChannel.connect(u, id, k),
      answerTimeoutMs: timeout,
    },
  );
}

function reached(flow: SupplicantFlow, step: SupplicantState['step'], ms = 4_000) {
  return new Promise<SupplicantState>((resolve, reject) => {
    const check = () => {
      const s = flow.store.get();
      if (s.step === step) {
        unsubscribe();
        clearTimeout(timer);
        resolve(s);
      }
    };
    const unsubscribe = flow.store.subscribe(check);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`still ${JSON.stringify(flow.store.get())}, wanted ${step}`));
    }, ms);
    check();
  });
}

/** Firefox's first answer to pair:supp:request (pairing.md §2.4). */
async function answerRequest(authority: PairingChannelInstance) {
  const request = await nextEvent(authority);
  expect(request).toMatchObject({
    type: 'message',
    detail: { data: { message: 'pair:supp:request', data: params.request } },
  });
  await authority.send({
    message: 'pair:auth:metadata',
    data: { email: 'ada@example.com', deviceName: 'Ada’s Firefox on desk', avatar: null },
  });
}

const authorize = (authority: PairingChannelInstance, extra: Record<string, unknown> = {}) =>
  authority.send({
    message: 'pair:auth:authorize',
    data: {
      code: CODE,
      state: 'phone-state',
      redirect: `${REDIRECT}?code=${CODE}&state=phone-state`,
      scope: params.request.scope,
      ...extra,
    },
  });

describe('supplicant flow', () => {
  it('phone confirms first: request → metadata → authorize → code → redirect', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority);
    void flow.start();
    await answerRequest(authority);
    expect(await reached(flow, 'allow')).toEqual({
      step: 'allow',
      email: 'ada@example.com',
      deviceName: 'Ada’s Firefox on desk',
      busy: false,
    });
    const confirmed = nextEvent(authority);
    await flow.confirm();
    expect(await confirmed).toMatchObject({ detail: { data: { message: 'pair:supp:authorize' } } });
    expect(flow.store.get().step).toBe('wait');
    await authorize(authority);
    expect(await reached(flow, 'done')).toEqual({
      step: 'done',
      finish: { kind: 'redirect', url: `${REDIRECT}?code=${CODE}&state=phone-state` },
    });
  });

  it('Firefox sends the code first: the phone holds it until its user confirms', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority);
    void flow.start();
    await answerRequest(authority);
    await reached(flow, 'allow');
    await authorize(authority);
    await new Promise((r) => setTimeout(r, 100));
    expect(flow.store.get().step).toBe('allow');
    await flow.confirm();
    expect((await reached(flow, 'done')).step).toBe('done');
  });

  it('a code for the wrong state, or for another redirect, is refused', async () => {
    for (const extra of [{ state: 'other' }, { redirect: `https://evil.example/?code=${CODE}` }]) {
      const authority = await PairingChannel.create(server.url);
      const flow = flowFor(authority);
      void flow.start();
      await answerRequest(authority);
      await reached(flow, 'allow');
      await flow.confirm();
      await authorize(authority, extra);
      expect(await reached(flow, 'failed')).toEqual({ step: 'failed', reason: 'bad-code' });
    }
  });

  it('Firefox declines (or its flow times out): its close_notify ends the phone’s flow', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority);
    void flow.start();
    await answerRequest(authority);
    await reached(flow, 'allow');
    await authority.close();
    expect(await reached(flow, 'failed')).toEqual({ step: 'failed', reason: 'declined' });
  });

  it('the phone cancels: Firefox gets a message it fails its flow on, then a close', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority);
    void flow.start();
    await answerRequest(authority);
    await reached(flow, 'allow');
    const heard = nextEvent(authority);
    flow.cancel();
    expect(flow.store.get()).toEqual({ step: 'failed', reason: 'cancelled' });
    expect(await heard).toMatchObject({ detail: { data: { message: SUPPLICANT_CANCEL } } });
    expect((await nextEvent(authority)).type).toBe('close');
  });

  it('the channel drops (server gone): error screen', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority);
    void flow.start();
    await answerRequest(authority);
    await reached(flow, 'allow');
    server.shutdown(authority.channelId);
    expect(await reached(flow, 'failed')).toEqual({ step: 'failed', reason: 'error' });
  });

  it('an unknown or finished channel: error screen, no spinner left', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = createSupplicantFlow(
      params,
      { channelId: 'AAAAAAAAAAAAAAAAAAAAAA', channelKey: authority.channelKey },
      {
        serverUrl: server.url,
        connect: (u, id, k) => PairingChannel.connect(u, id, k),
        answerTimeoutMs: 2_000,
      },
    );
    void flow.start();
    expect((await reached(flow, 'failed')).step).toBe('failed');
  });

  it('a wrong channel key: the handshake fails, error screen', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority, new Uint8Array(32).fill(9));
    void flow.start();
    expect(await reached(flow, 'failed')).toEqual({ step: 'failed', reason: 'error' });
  });

  it('a second phone on a channel already in use gets no account, only a failure', async () => {
    const authority = await PairingChannel.create(server.url);
    const first = flowFor(authority);
    void first.start();
    await answerRequest(authority);
    await reached(first, 'allow');
    const second = flowFor(authority, authority.channelKey, 1_500);
    void second.start();
    const ended = await reached(second, 'failed');
    expect(ended.step).toBe('failed');
  });

  it('nobody answers: it gives up after the answer timeout', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = flowFor(authority, authority.channelKey, 300);
    void flow.start();
    // The stand-in Firefox never answers the request.
    expect(await reached(flow, 'failed')).toEqual({ step: 'failed', reason: 'timeout' });
  });

  it('a mobile app (WebChannel) gets the code itself, with no redirect', async () => {
    const authority = await PairingChannel.create(server.url);
    const flow = createSupplicantFlow(
      { ...params, finish: { kind: 'webchannel' } },
      { channelId: authority.channelId, channelKey: authority.channelKey },
      { serverUrl: server.url, connect: (u, id, k) => PairingChannel.connect(u, id, k) },
    );
    void flow.start();
    await answerRequest(authority);
    await reached(flow, 'allow');
    await flow.confirm();
    await authorize(authority, {
      redirect: `urn:ietf:wg:oauth:2.0:oob:oauth-redirect-webchannel?code=${CODE}&state=phone-state`,
    });
    expect(await reached(flow, 'done')).toMatchObject({
      finish: { kind: 'webchannel', code: { code: CODE, state: 'phone-state' } },
    });
  });
});
