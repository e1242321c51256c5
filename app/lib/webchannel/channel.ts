import {
  CHANNEL_ID,
  type Command,
  type CommandData,
  type IncomingMessage,
  type ReplyData,
  type RequestCommand,
} from './commands';
import { parseIncomingDetail, replyError } from './envelope';

const TO_CHROME = 'WebChannelMessageToChrome';
const TO_CONTENT = 'WebChannelMessageToContent';

/** Upstream's value (fxa-settings firefox.ts): 100–200 ms would do on desktop, mobile needs more. */
export const DEFAULT_TIMEOUT_MS = 500;

export type WebChannelErrorKind = 'timeout' | 'no-such-channel' | 'error';

export class WebChannelError extends Error {
  constructor(
    readonly kind: WebChannelErrorKind,
    readonly command: string,
    message: string,
  ) {
    super(message);
    this.name = 'WebChannelError';
  }
}

export type WebChannelOptions = {
  /** Where events are dispatched and heard; Firefox replies on the target it was sent to. */
  target?: EventTarget;
  userAgent?: string;
  timeoutMs?: number;
  /**
   * Only events the browser itself dispatched (`isTrusted`) are heard: a page script (XSS, an
   * extension's content script) cannot forge Firefox's reply (security reference A9; real
   * Firefox 153's replies are trusted). Off only for the simulated device (acceptsSimulatedDevice).
   */
  trustedOnly?: boolean;
};

type Pending = {
  command: string;
  resolve: (data: unknown) => void;
  reject: (error: WebChannelError) => void;
};

let messageIdSuffix = 0;
// Date plus a counter, as upstream: unique within one millisecond. Firefox iOS needs an id to reply.
const nextMessageId = () => `${Date.now()}${++messageIdSuffix}`;

/**
 * The page's side of the `account_updates` WebChannel.
 *
 * Replies are matched by messageId (Firefox echoes it). The event listener is attached before the
 * first send and removed when nothing waits or listens any more. A reply that comes after its
 * request timed out is not lost: subscribers get it once, marked `late`, so a slow browser can
 * still sign the page in. Duplicates, other channels and malformed details are dropped.
 */
export class WebChannel {
  private readonly target: EventTarget;
  private readonly objectDetail: boolean;
  private readonly timeoutMs: number;
  private readonly trustedOnly: boolean;
  private readonly pending = new Map<string, Pending>();
  private readonly timedOut = new Set<string>();
  private readonly answered = new Set<string>();
  private readonly subscribers = new Set<(message: IncomingMessage) => void>();
  private listening = false;

  constructor(options: WebChannelOptions = {}) {
    this.target = options.target ?? window;
    // Firefox iOS reads `detail` as an object (bugs 1275616, 1238128); every other Firefox
    // drops anything but a string ("WebChannelMessageToChrome must only send strings").
    this.objectDetail = /fxios/i.test(options.userAgent ?? navigator.userAgent);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.trustedOnly = options.trustedOnly ?? !acceptsSimulatedDevice();
  }

  /** Fire-and-forget: Firefox does not answer these (or answers with an error nobody needs). */
  send<C extends Command>(command: C, data: CommandData[C]): void {
    this.dispatch(command, data, nextMessageId());
  }

  /** Sends and waits for the reply with the same messageId. */
  request<C extends RequestCommand>(
    command: C,
    data: CommandData[C],
    options: { timeoutMs?: number } = {},
  ): Promise<ReplyData[C]> {
    const messageId = nextMessageId();
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return new Promise<ReplyData[C]>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        if (timer !== undefined) clearTimeout(timer);
        this.pending.delete(messageId);
        this.updateListener();
      };
      this.pending.set(messageId, {
        command,
        resolve: (value) => {
          settle();
          resolve(value as ReplyData[C]);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      this.updateListener();
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.timedOut.add(messageId);
          this.pending
            .get(messageId)
            ?.reject(new WebChannelError('timeout', command, `${command} timed out`));
        }, timeoutMs);
      }
      this.dispatch(command, data, messageId);
    });
  }

  /** Messages no request is waiting for: pushes from the browser and late replies. */
  subscribe(listener: (message: IncomingMessage) => void): () => void {
    this.subscribers.add(listener);
    this.updateListener();
    return () => {
      this.subscribers.delete(listener);
      this.updateListener();
    };
  }

  private dispatch(command: string, data: unknown, messageId: string) {
    const envelope = { id: CHANNEL_ID, message: { command, data, messageId } };
    const detail = this.objectDetail ? envelope : JSON.stringify(envelope);
    this.target.dispatchEvent(new CustomEvent(TO_CHROME, { detail }));
  }

  private readonly onEvent = (event: Event) => {
    if (this.trustedOnly && !event.isTrusted) return;
    const parsed = parseIncomingDetail((event as CustomEvent).detail);
    if (parsed.kind === 'ignore') return;
    if (parsed.kind === 'no-such-channel') {
      // The error names no request, so every outstanding one fails at once (as Backbone did).
      for (const p of [...this.pending.values()]) {
        p.reject(new WebChannelError('no-such-channel', p.command, 'No Such Channel'));
      }
      return;
    }
    const { message } = parsed;
    const id = message.messageId;
    if (id !== undefined) {
      if (this.answered.has(id)) return; // duplicate reply
      const pending = this.pending.get(id);
      if (pending && pending.command === message.command) {
        this.answered.add(id);
        const error = replyError(message.data);
        if (error === undefined) pending.resolve(message.data);
        else pending.reject(new WebChannelError('error', message.command, error));
        return;
      }
      if (this.timedOut.has(id)) {
        this.timedOut.delete(id);
        this.answered.add(id);
        this.notify({ ...message, late: true });
        return;
      }
    }
    const sole = id === undefined ? this.soleRequestFor(message.command) : undefined;
    if (sole) {
      // Old browsers reply without the messageId; accept only when nothing else could match.
      const error = replyError(message.data);
      if (error === undefined) sole.resolve(message.data);
      else sole.reject(new WebChannelError('error', message.command, error));
      return;
    }
    this.notify(message);
  };

  private soleRequestFor(command: string): Pending | undefined {
    const matching = [...this.pending.values()].filter((p) => p.command === command);
    return matching.length === 1 ? matching[0] : undefined;
  }

  private notify(message: IncomingMessage) {
    for (const listener of [...this.subscribers]) listener(message);
  }

  private updateListener() {
    // Keep listening while a timed-out request may still be answered late.
    const wanted = this.pending.size > 0 || this.subscribers.size > 0;
    if (wanted && !this.listening) {
      this.target.addEventListener(TO_CONTENT, this.onEvent);
      this.listening = true;
    } else if (!wanted && this.listening) {
      this.target.removeEventListener(TO_CONTENT, this.onEvent);
      this.listening = false;
    }
  }
}

/**
 * The simulated device (mocks/device/simulator.ts) dispatches untrusted events, so it is heard
 * only in development, or under automation (`navigator.webdriver`, never set for real users) when
 * the simulator has published itself on the window before the app ran.
 */
export function acceptsSimulatedDevice(): boolean {
  if (import.meta.env.DEV) return true;
  return (
    typeof window !== 'undefined' && window.navigator.webdriver === true && '__fxaDevice' in window
  );
}
