// Property tests of what crosses the WebChannel trust boundary (security reference A6–A8, A12):
// whatever a page script, an extension or a broken embedder puts in a WebChannelMessageToContent
// detail, the parser never throws, only a well-formed `account_updates` message is taken, and a
// request settles only with a reply carrying its own messageId (or, with none, when it is the one
// request of that command waiting). The fxa_status reader trusts a browser user only when every
// field is well formed, and `__proto__` keys pollute nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebChannel } from './channel';
import { parseIncomingDetail } from './envelope';
import { parseFxaStatus } from './fxa-status';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const COMMAND = 'fxaccounts:fxa_status';
// CPU-bound runs: room for a machine shared with other builds.
const SLOW = 30_000;

/** Values a hostile or broken sender might put anywhere in the envelope. */
const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.json(),
  fc.constantFrom('{id:', '{"id":"account_updates"', 'null', '[]', '__proto__', ''),
);

/** Envelopes shaped almost like the real thing, each part possibly wrong. */
const envelope = fc.record(
  {
    id: fc.oneof(fc.constant('account_updates'), fc.constant('evil'), junk),
    message: fc.oneof(
      junk,
      fc.record(
        {
          command: fc.oneof(fc.constant(COMMAND), fc.constant(''), junk),
          messageId: fc.oneof(fc.string(), fc.integer(), junk),
          data: junk,
          error: fc.oneof(fc.constant('No Such Channel'), junk),
          errno: fc.oneof(fc.constant(2), junk),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** A detail as it may arrive: the envelope as an object, as JSON, as broken JSON, or junk. */
const detail = fc.oneof(
  junk,
  envelope,
  envelope.map((e) => JSON.stringify(e)),
  envelope.map((e) => JSON.stringify(e).slice(0, -1)),
);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

describe('parseIncomingDetail, whatever the detail', () => {
  it(
    'never throws, and takes a message only from a well-formed account_updates envelope',
    () => {
      fc.assert(
        fc.property(detail, (raw) => {
          const parsed = parseIncomingDetail(raw);
          if (parsed.kind !== 'message') return;
          let value: unknown = raw;
          if (typeof raw === 'string') value = JSON.parse(raw);
          expect(isRecord(value) && value.id).toBe('account_updates');
          const message = (value as { message: unknown }).message;
          expect(isRecord(message)).toBe(true);
          expect(parsed.message.command).toBe((message as { command: unknown }).command);
          expect(typeof parsed.message.command).toBe('string');
          expect(parsed.message.command).not.toBe('');
          const id = parsed.message.messageId;
          expect(id === undefined || typeof id === 'string').toBe(true);
        }),
        { numRuns: 3000 },
      );
    },
    SLOW,
  );

  it('ignores any other channel id', () => {
    fc.assert(
      fc.property(
        junk.filter((id) => id !== 'account_updates'),
        fc.string(),
        (id, messageId) => {
          const event = { id, message: { command: COMMAND, messageId, data: {} } };
          expect(parseIncomingDetail(event).kind).toBe('ignore');
          expect(parseIncomingDetail(JSON.stringify(event)).kind).toBe('ignore');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** A channel with one fxa_status request waiting, and a way to answer it as the browser would. */
function channelWithRequest() {
  const target = new EventTarget();
  let sentId = '';
  target.addEventListener('WebChannelMessageToChrome', (e) => {
    sentId = JSON.parse((e as CustomEvent<string>).detail).message.messageId;
  });
  const channel = new WebChannel({
    target,
    userAgent: FIREFOX,
    timeoutMs: Number.POSITIVE_INFINITY,
    trustedOnly: false,
  });
  const outcome: { settled?: 'resolved' | 'rejected'; data?: unknown } = {};
  channel
    .request(COMMAND, { service: '', context: '', isPairing: false })
    .then((data) => Object.assign(outcome, { settled: 'resolved', data }))
    .catch(() => Object.assign(outcome, { settled: 'rejected' }));
  const deliver = (d: unknown) =>
    target.dispatchEvent(new CustomEvent('WebChannelMessageToContent', { detail: d }));
  return { outcome, deliver, messageId: () => sentId };
}

/**
 * Whether this detail could legitimately settle the waiting request: the browser's channel error,
 * or a reply to the same command with the request's messageId or (old browsers) none at all.
 */
function couldSettle(raw: unknown, messageId: string): boolean {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return false;
    }
  }
  if (!isRecord(value) || value.id !== 'account_updates' || !isRecord(value.message)) return false;
  const m = value.message;
  if (m.errno === 2 || m.error === 'No Such Channel') return true;
  if (m.command !== COMMAND) return false;
  const id = typeof m.messageId === 'string' || typeof m.messageId === 'number';
  return !id || String(m.messageId) === messageId;
}

describe('a waiting request, whatever else arrives', () => {
  it(
    'settles only with its own reply, and then with exactly that reply’s data',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(detail, { maxLength: 8 }),
          fc.jsonValue(),
          async (noise, data) => {
            const { outcome, deliver, messageId } = channelWithRequest();
            const id = messageId();
            for (const d of noise.filter((n) => !couldSettle(n, id))) deliver(d);
            await Promise.resolve();
            expect(outcome.settled).toBeUndefined();
            const reply = {
              id: 'account_updates',
              message: { command: COMMAND, messageId: id, data },
            };
            deliver(JSON.stringify(reply));
            await new Promise((resolve) => setTimeout(resolve, 0));
            // A reply whose data carries `error` is the browser's handler error: a rejection.
            const isError = isRecord(data) && data.error !== undefined;
            expect(outcome.settled).toBe(isError ? 'rejected' : 'resolved');
            if (!isError) expect(outcome.data).toEqual(JSON.parse(JSON.stringify(data)));
          },
        ),
        { numRuns: 500 },
      );
    },
    SLOW,
  );

  it('a reply with another messageId never settles it, even for the same command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.integer()), fc.jsonValue(), async (other, data) => {
        const { outcome, deliver, messageId } = channelWithRequest();
        fc.pre(String(other) !== messageId());
        deliver({ id: 'account_updates', message: { command: COMMAND, messageId: other, data } });
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(outcome.settled).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

const UID = '0123456789abcdef0123456789abcdef';
const hex = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength });
const TOKEN = 'ab'.repeat(32);

/** Each field of a browser user: well formed, or one of many ways to be wrong. */
const userFields = fc.record(
  {
    uid: fc.oneof(fc.constant(UID), hex(40), junk),
    email: fc.oneof(fc.constant('user@example.com'), fc.emailAddress(), junk),
    sessionToken: fc.oneof(fc.constant(TOKEN), hex(70), junk),
    verified: fc.oneof(fc.constant(true), junk),
  },
  { requiredKeys: [] },
);

const UID_RE = /^[0-9a-f]{32}$/i;
const TOKEN_RE = /^[0-9a-f]{64}$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

describe('parseFxaStatus, whatever the browser user', () => {
  it(
    'trusts a user only when every field is well formed, and keeps nothing else',
    () => {
      fc.assert(
        fc.property(userFields, fc.dictionary(fc.string(), junk), (fields, extra) => {
          const raw = { ...extra, ...fields };
          const status = parseFxaStatus({ signedInUser: raw });
          const wellFormed =
            typeof raw.uid === 'string' &&
            UID_RE.test(raw.uid) &&
            typeof raw.email === 'string' &&
            EMAIL_RE.test(raw.email) &&
            typeof raw.sessionToken === 'string' &&
            TOKEN_RE.test(raw.sessionToken) &&
            raw.verified === true;
          if (!wellFormed) {
            expect(status?.signedInUser).toBeNull();
            return;
          }
          expect(Object.keys(status?.signedInUser ?? {}).sort()).toEqual([
            'email',
            'sessionToken',
            'uid',
            'verified',
          ]);
        }),
        { numRuns: 3000 },
      );
    },
    SLOW,
  );

  it('a __proto__ key anywhere in the reply pollutes no object', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        // Written as JSON text: JSON.parse makes `__proto__` an own key, as a message would.
        const user = `{"uid":"${UID}","email":"a@b.c","sessionToken":"${TOKEN}","verified":true}`;
        const reply = JSON.parse(
          `{"__proto__":{"polluted":true},` +
            `"signedInUser":{"__proto__":${JSON.stringify(payload)},${user.slice(1)},` +
            `"capabilities":{"__proto__":{"polluted":true},"engines":["bookmarks"]}}`,
        );
        const status = parseFxaStatus(reply);
        expect(status?.signedInUser).toEqual({
          uid: UID,
          email: 'a@b.c',
          sessionToken: TOKEN,
          verified: true,
        });
        expect(Object.getPrototypeOf(status?.signedInUser)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(status?.capabilities)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
