// Loads fxa-pairing-channel 1.0.2 in the page, only on the supplicant's routes (its chunk is
// ~46 KB gzip). The package's `main` names a file the tarball lacks; its web build is the UMD
// bundle, which expects `window`, the global WebSocket and WebCrypto (pairing.md §4).
import type { ConnectChannel, SupplicantChannel } from './supplicant-flow';

type PairingChannelClass = {
  connect: (
    serverUri: string,
    channelId: string,
    channelKey: Uint8Array,
  ) => Promise<SupplicantChannel>;
};

export const connectPairingChannel: ConnectChannel = async (serverUrl, channelId, channelKey) => {
  const lib = (await import('fxa-pairing-channel/dist/FxAccountsPairingChannel.babel.umd.js')) as {
    PairingChannel?: PairingChannelClass;
    default?: { PairingChannel?: PairingChannelClass };
  };
  const PairingChannel = lib.PairingChannel ?? lib.default?.PairingChannel;
  if (!PairingChannel) throw new Error('fxa-pairing-channel did not load');
  return PairingChannel.connect(serverUrl, channelId, channelKey);
};
