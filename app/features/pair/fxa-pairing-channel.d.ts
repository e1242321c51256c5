// The web build of fxa-pairing-channel ships no types (pairing-channel.ts says what it exports).
declare module 'fxa-pairing-channel/dist/FxAccountsPairingChannel.babel.umd.js' {
  const lib: unknown;
  export default lib;
}
