import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebChannel, WebChannelError } from './channel';

type Sent = { id: string; message: { command: string; data: unknown; messageId: string } };

/** A scripted browser: records what the page sent (as raw details) and lets a test answer. */
function fakeBrowser(target: EventTarget) {
  const sent: unknown[] = [];
  const onSend = (e: Event) => sent.push((e as CustomEvent).detail);
  target.addEventListener('WebChannelMessageToChrome', onSend);
  const parsed = (i: number) => JSON.parse(sent[i] as string) as Sent;
  const answer = (detail: unknown) =>
    target.dispatchEvent(new CustomEvent('WebChannelMessageToContent', { detail }));
  const reply = (i: number, data: unknown, overrides: Record<string, unknown> = {}) =>
    answer({
      id: 'account_updates',
      message: {
        command: parsed(i).message.command,
        messageId: parsed(i).message.messageId,
        data,
        ...overrides,
      },
    });
  return { sent, parsed, answer, reply };
}

const listenerCount = (target: EventTarget) => {
  const calls = { add: 0, remove: 0 };
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, opts) => {
    if (type === 'WebChannelMessageToContent') calls.add++;
    add(type, fn, opts);
  });
  vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, opts) => {
    if (type === 'WebChannelMessageToContent') calls.remove++;
    remove(type, fn, opts);
  });
  return calls;
};

const status = { signedInUser: null, capabilities: { engines: [] } };
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const FXIOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) FxiOS/140.0 Mobile/15E148';

describe('WebChannel', () => {
  let target: EventTarget;
  beforeEach(() => {
    target = new EventTarget();
  });
  afterEach(() => vi.useRealTimers());

  it('sends a JSON string envelope on the account_updates channel with a messageId', () => {
    const browser = fakeBrowser(target);
    new WebChannel({ target, userAgent: FIREFOX }).send('fxaccounts:logout', { uid: 'u' });
    expect(typeof browser.sent[0]).toBe('string');
    const { id, message } = browser.parsed(0);
    expect(id).toBe('account_updates');
    expect(message.command).toBe('fxaccounts:logout');
    expect(message.data).toEqual({ uid: 'u' });
    expect(message.messageId).toMatch(/^\d+$/);
  });

  it('sends a plain object detail to Firefox for iOS', () => {
    const browser = fakeBrowser(target);
    new WebChannel({ target, userAgent: FXIOS }).send('fxaccounts:logout', { uid: 'u' });
    expect(browser.sent[0]).toMatchObject({
      id: 'account_updates',
      message: { command: 'fxaccounts:logout' },
    });
  });

  it('gives every message its own id, even within one millisecond', () => {
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX });
    channel.send('profile:change', { uid: 'a' });
    channel.send('profile:change', { uid: 'a' });
    expect(browser.parsed(0).message.messageId).not.toBe(browser.parsed(1).message.messageId);
  });

  it('resolves with the reply that carries its messageId, whether detail is an object or a string', async () => {
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX });
    const first = channel.request('fxaccounts:fxa_status', {
      service: '',
      context: '',
      isPairing: false,
    });
    const second = channel.request('fxaccounts:can_link_account', { email: 'a@b.c' });
    browser.reply(1, { ok: true });
    const m = browser.parsed(0).message;
    browser.answer(
      JSON.stringify({
        id: 'account_updates',
        message: { command: m.command, messageId: m.messageId, data: status },
      }),
    );
    await expect(second).resolves.toEqual({ ok: true });
    await expect(first).resolves.toEqual(status);
  });

  it('attaches its listener before sending and removes it once answered', async () => {
    const calls = listenerCount(target);
    let listenersWhenSent = -1;
    target.addEventListener('WebChannelMessageToChrome', () => {
      listenersWhenSent = calls.add - calls.remove;
    });
    const browser = fakeBrowser(target);
    const pending = new WebChannel({ target, userAgent: FIREFOX }).request(
      'fxaccounts:fxa_status',
      {
        service: '',
        context: '',
        isPairing: false,
      },
    );
    expect(listenersWhenSent).toBe(1);
    browser.reply(0, status);
    await pending;
    expect(calls.add - calls.remove).toBe(0);
  });

  it('times out after 500 ms by default, and the timeout is configurable', async () => {
    vi.useFakeTimers();
    fakeBrowser(target);
    const byDefault = new WebChannel({ target, userAgent: FIREFOX }).request(
      'fxaccounts:fxa_status',
      {
        service: '',
        context: '',
        isPairing: false,
      },
    );
    const expectation = expect(byDefault).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    byDefault
      .catch(() => {})
      .finally(() => {
        settled = true;
      });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expectation;

    const short = new WebChannel({ target, userAgent: FIREFOX, timeoutMs: 50 }).request(
      'fxaccounts:can_link_account',
      { email: 'a@b.c' },
    );
    const shortExpectation = expect(short).rejects.toBeInstanceOf(WebChannelError);
    await vi.advanceTimersByTimeAsync(50);
    await shortExpectation;
  });

  it('when trusted events only are wanted, ignores a reply a page script forged (A9)', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX, trustedOnly: true });
    const pending = channel.request('fxaccounts:fxa_status', {
      service: '',
      context: '',
      isPairing: false,
    });
    const { messageId } = browser.parsed(0).message;
    const envelope = {
      id: 'account_updates',
      message: { command: 'fxaccounts:fxa_status', messageId, data: status },
    };
    // What a page script can do: dispatch the event itself (isTrusted is false).
    target.dispatchEvent(new CustomEvent('WebChannelMessageToContent', { detail: envelope }));
    // What only the browser can do: a trusted event (stood in for here, as happy-dom cannot).
    const trusted = new CustomEvent('WebChannelMessageToContent', { detail: envelope });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).not.toHaveBeenCalled();
    target.dispatchEvent(trusted);
    await expect(pending).resolves.toEqual(status);
  });

  it('fails fast on the browser’s No Such Channel error', async () => {
    const browser = fakeBrowser(target);
    const pending = new WebChannel({ target, userAgent: FIREFOX }).request(
      'fxaccounts:fxa_status',
      {
        service: '',
        context: '',
        isPairing: false,
      },
    );
    browser.answer({ id: 'account_updates', message: { errno: 2, error: 'No Such Channel' } });
    await expect(pending).rejects.toMatchObject({ kind: 'no-such-channel' });
  });

  it('rejects with the browser’s handler error', async () => {
    const browser = fakeBrowser(target);
    const pending = new WebChannel({ target, userAgent: FIREFOX }).request(
      'fxaccounts:can_link_account',
      {
        email: 'a@b.c',
      },
    );
    browser.reply(0, { error: { message: 'Error: boom', stack: '' } });
    await expect(pending).rejects.toMatchObject({ kind: 'error', message: 'Error: boom' });
  });

  it('ignores other channels, malformed details, unknown ids and replies to another command', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser(target);
    const pending = new WebChannel({ target, userAgent: FIREFOX }).request(
      'fxaccounts:fxa_status',
      {
        service: '',
        context: '',
        isPairing: false,
      },
    );
    const { messageId } = browser.parsed(0).message;
    browser.answer({
      id: 'other_channel',
      message: { command: 'fxaccounts:fxa_status', messageId, data: status },
    });
    browser.answer('{not json');
    browser.answer(42);
    browser.answer(null);
    browser.answer({ id: 'account_updates' });
    browser.answer({ id: 'account_updates', message: { messageId, data: status } });
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:login', messageId, data: status },
    });
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:fxa_status', messageId: 'x1', data: status },
    });
    const expectation = expect(pending).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(500);
    await expectation;
  });

  it('ignores a duplicate reply: subscribers never see it', async () => {
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX });
    const seen: string[] = [];
    channel.subscribe((m) => seen.push(m.command));
    const pending = channel.request('fxaccounts:fxa_status', {
      service: '',
      context: '',
      isPairing: false,
    });
    browser.reply(0, status);
    browser.reply(0, { signedInUser: { forged: true } });
    await expect(pending).resolves.toEqual(status);
    expect(seen).toEqual([]);
  });

  it('hands a reply that arrives after the timeout to subscribers once, marked late', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX, timeoutMs: 100 });
    const late: unknown[] = [];
    channel.subscribe((m) => late.push(m));
    const pending = channel.request('fxaccounts:fxa_status', {
      service: '',
      context: '',
      isPairing: false,
    });
    const expectation = expect(pending).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(100);
    await expectation;
    browser.reply(0, status);
    browser.reply(0, status);
    expect(late).toEqual([
      {
        command: 'fxaccounts:fxa_status',
        messageId: browser.parsed(0).message.messageId,
        data: status,
        late: true,
      },
    ]);
  });

  it('accepts a reply without messageId only when exactly one such request waits', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX });
    const one = channel.request('fxaccounts:can_link_account', { email: 'a@b.c' });
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:can_link_account', data: { ok: true } },
    });
    await expect(one).resolves.toEqual({ ok: true });

    const a = channel.request('fxaccounts:can_link_account', { email: 'a@b.c' });
    const b = channel.request('fxaccounts:can_link_account', { email: 'a@b.c' });
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:can_link_account', data: { ok: true } },
    });
    const both = expect(Promise.allSettled([a, b])).resolves.toMatchObject([
      { status: 'rejected' },
      { status: 'rejected' },
    ]);
    await vi.advanceTimersByTimeAsync(500);
    await both;
  });

  it('exposes unsolicited messages to subscribers until they unsubscribe', () => {
    const browser = fakeBrowser(target);
    const channel = new WebChannel({ target, userAgent: FIREFOX });
    const seen: unknown[] = [];
    const unsubscribe = channel.subscribe((m) => seen.push(m.data));
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:logout', data: { uid: 'u' } },
    });
    unsubscribe();
    browser.answer({
      id: 'account_updates',
      message: { command: 'fxaccounts:logout', data: { uid: 'v' } },
    });
    expect(seen).toEqual([{ uid: 'u' }]);
  });
});
