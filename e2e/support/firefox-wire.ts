// Test-only view of the WebChannel traffic inside a page driven by the real Firefox. The recorder
// is a preload script (puppeteer evaluateOnNewDocument → BiDi script.addPreloadScript), so it sees
// every message the app sends and every reply, with in-page timestamps. Nothing in app code knows.
import type { Page } from 'puppeteer-core';

export type Direction = 'to-chrome' | 'to-content';

/** One WebChannel event, envelope checked (firefox-device.md §4 for both shapes). */
export type WireMessage = {
  direction: Direction;
  /** performance.now() in the page: ms since navigation start. */
  at: number;
  command?: string;
  messageId?: string;
  data?: unknown;
  /** Set on the channel error `{errno: 2, error: 'No Such Channel'}`. */
  errno?: number;
};

export type Wire = {
  messages: WireMessage[];
  /** When each watched selector first matched, ms since navigation start. */
  marks: Record<string, number>;
};

type RawWire = {
  wire: { direction: Direction; at: number; detail: string }[];
  marks: Record<string, number>;
};

/**
 * Runs in the page before any app script. Capture listeners on window: the app dispatches on
 * window and Firefox replies on the target it was sent to (§4). `marks` maps a name to a CSS
 * selector whose first appearance is timed (a MutationObserver fires right after React commits).
 */
export function installWireRecorder(marks: Record<string, string>): void {
  const log: RawWire = { wire: [], marks: {} };
  Object.defineProperty(window, '__fxaWire', { value: log });
  const record = (direction: Direction) => (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    log.wire.push({
      direction,
      at: performance.now(),
      detail: typeof detail === 'string' ? detail : JSON.stringify(detail),
    });
  };
  window.addEventListener('WebChannelMessageToChrome', record('to-chrome'), true);
  window.addEventListener('WebChannelMessageToContent', record('to-content'), true);
  const check = () => {
    for (const [name, selector] of Object.entries(marks)) {
      if (log.marks[name] === undefined && document.querySelector(selector)) {
        log.marks[name] = performance.now();
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(direction: Direction, at: number, detail: string): WireMessage {
  const envelope: unknown = JSON.parse(detail);
  const message = isRecord(envelope) && isRecord(envelope.message) ? envelope.message : {};
  return {
    direction,
    at,
    ...(typeof message.command === 'string' ? { command: message.command } : {}),
    ...(message.messageId !== undefined ? { messageId: String(message.messageId) } : {}),
    ...('data' in message ? { data: message.data } : {}),
    ...(typeof message.errno === 'number' ? { errno: message.errno } : {}),
  };
}

export async function readWire(page: Page): Promise<Wire> {
  const raw = await page.evaluate(
    () => (window as unknown as { __fxaWire?: RawWire }).__fxaWire ?? { wire: [], marks: {} },
  );
  return {
    messages: raw.wire.map((w) => parse(w.direction, w.at, w.detail)),
    marks: raw.marks,
  };
}

export const sentCommands = (wire: Wire) =>
  wire.messages.filter((m) => m.direction === 'to-chrome').map((m) => m.command);

/** The first `command` the page sent and Firefox's reply to it (matched by messageId). */
export function exchange(wire: Wire, command: string) {
  const request = wire.messages.find((m) => m.direction === 'to-chrome' && m.command === command);
  const reply = wire.messages.find(
    (m) =>
      m.direction === 'to-content' &&
      m.messageId !== undefined &&
      m.messageId === request?.messageId,
  );
  return { request, reply, roundTripMs: request && reply ? reply.at - request.at : undefined };
}

export type RequestOutcome =
  | { kind: 'reply'; data: unknown }
  | { kind: 'no-such-channel' }
  | { kind: 'timeout' };

/**
 * Sends one message the way a page must (a JSON *string* detail; an object is dropped, §4) and
 * waits for Firefox's reply to it. Used by harness tests for commands the app has no UI for yet.
 */
export async function requestFromFirefox(
  page: Page,
  command: string,
  data: unknown,
  timeoutMs = 5_000,
): Promise<RequestOutcome> {
  return page.evaluate(
    (command, data, timeoutMs) =>
      new Promise<RequestOutcome>((resolve) => {
        const messageId = `harness-${Date.now()}-${Math.random().toString(16).slice(2)}`;
        const done = (outcome: RequestOutcome) => {
          window.removeEventListener('WebChannelMessageToContent', onReply);
          clearTimeout(timer);
          resolve(outcome);
        };
        const onReply = (event: Event) => {
          const detail = (event as CustomEvent).detail as {
            id?: string;
            message?: { messageId?: string; errno?: number; data?: unknown };
          };
          if (detail?.id !== 'account_updates') return;
          if (detail.message?.errno === 2) done({ kind: 'no-such-channel' });
          else if (detail.message?.messageId === messageId) {
            done({ kind: 'reply', data: detail.message.data });
          }
        };
        const timer = setTimeout(() => done({ kind: 'timeout' }), timeoutMs);
        window.addEventListener('WebChannelMessageToContent', onReply);
        window.dispatchEvent(
          new CustomEvent('WebChannelMessageToChrome', {
            detail: JSON.stringify({
              id: 'account_updates',
              message: { command, data, messageId },
            }),
          }),
        );
      }),
    command,
    data,
    timeoutMs,
  );
}
