import { CHANNEL_ID, type IncomingMessage } from './commands';

/** What a `WebChannelMessageToContent` event carried, once checked. */
export type ParsedEvent =
  | { kind: 'message'; message: IncomingMessage }
  | { kind: 'no-such-channel' }
  | { kind: 'ignore' };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a WebChannelMessageToContent detail. Firefox sends an object (Cu.cloneInto); other
 * embedders have sent JSON strings. Anything else, another channel id, or a message without a
 * command is ignored rather than trusted. The channel error carries no command:
 * `{id, message: {errno: 2, error: 'No Such Channel'}}` (WebChannel.sys.mjs).
 */
export function parseIncomingDetail(detail: unknown): ParsedEvent {
  let value = detail;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { kind: 'ignore' };
    }
  }
  if (!isRecord(value) || value.id !== CHANNEL_ID || !isRecord(value.message)) {
    return { kind: 'ignore' };
  }
  const msg = value.message;
  if (msg.errno === 2 || msg.error === 'No Such Channel') return { kind: 'no-such-channel' };
  if (typeof msg.command !== 'string' || msg.command === '') return { kind: 'ignore' };
  const messageId =
    typeof msg.messageId === 'string' || typeof msg.messageId === 'number'
      ? String(msg.messageId)
      : undefined;
  return { kind: 'message', message: { command: msg.command, messageId, data: msg.data } };
}

/** Firefox's handler error: `data: {error: {message, stack}}` or a plain `error` string. */
export function replyError(data: unknown): string | undefined {
  if (!isRecord(data) || data.error === undefined) return undefined;
  const err = data.error;
  if (typeof err === 'string') return err;
  if (isRecord(err) && typeof err.message === 'string') return err.message;
  return 'Unknown WebChannel error';
}
