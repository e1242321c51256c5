import type { WebChannel } from './channel';
import type { Command, CommandData } from './commands';

// The one channel to the browser, set by the bootstrap. Null on browsers without a WebChannel:
// feature code calls notifyBrowser() unconditionally and nothing is sent there.
let channel: WebChannel | null = null;

export const setBrowserChannel = (value: WebChannel | null) => {
  channel = value;
};

export const getBrowserChannel = () => channel;

/** Fire-and-forget notification to the browser (login, logout, delete, profile:change …). */
export function notifyBrowser<C extends Command>(command: C, data: CommandData[C]): void {
  channel?.send(command, data);
}
