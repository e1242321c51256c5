// Development only (imported behind import.meta.env.DEV), both remembered for the tab:
// - the FxA emulator inside an MSW service worker (mocks/msw/browser.ts), so `npm run dev` needs
//   no other server; `?emulator=server` uses a running `npm run emulator` instead, and
//   `?emulator=browser` goes back;
// - a simulated Firefox so the device exchange can be tried in any browser: `?device=signed-in`
//   (the emulator's demo account and its seeded session), `none` or `no-reply`; `?device=off`.
import { type DeviceConfig, installDeviceSimulator } from '../mocks/device/simulator';

const KEY = 'fxa-dev-device';
const EMULATOR_KEY = 'fxa-dev-emulator';
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const DEMO_USER = {
  email: 'demo@example.com',
  uid: '0123456789abcdef0123456789abcdef',
  sessionToken: 'a'.repeat(64),
  verified: true,
};

const presets: Record<string, DeviceConfig> = {
  'signed-in': { signedInUser: DEMO_USER, userAgent: FIREFOX_UA },
  none: { signedInUser: null, userAgent: FIREFOX_UA },
  'no-reply': { signedInUser: null, noReply: true, userAgent: FIREFOX_UA },
};

export async function installDevTools(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const emulator = query.get('emulator');
  if (emulator === 'server' || emulator === 'browser')
    sessionStorage.setItem(EMULATOR_KEY, emulator);
  if (sessionStorage.getItem(EMULATOR_KEY) !== 'server') {
    const { startBrowserEmulator } = await import('../mocks/msw/browser');
    await startBrowserEmulator();
  }
  const choice = query.get('device');
  if (choice === 'off') sessionStorage.removeItem(KEY);
  else if (choice && presets[choice]) sessionStorage.setItem(KEY, choice);
  const preset = presets[sessionStorage.getItem(KEY) ?? ''];
  if (preset) installDeviceSimulator(preset);
}
