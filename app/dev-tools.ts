// Development only (imported behind import.meta.env.DEV): a simulated Firefox so the device
// exchange can be tried in any browser. `?device=signed-in` (or `none`, `no-reply`) sets it for
// the tab; `?device=off` removes it.
import { type DeviceConfig, installDeviceSimulator } from '../mocks/device/simulator';

const KEY = 'fxa-dev-device';
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
  const choice = new URLSearchParams(window.location.search).get('device');
  if (choice === 'off') sessionStorage.removeItem(KEY);
  else if (choice && presets[choice]) sessionStorage.setItem(KEY, choice);
  const preset = presets[sessionStorage.getItem(KEY) ?? ''];
  if (preset) installDeviceSimulator(preset);
}
