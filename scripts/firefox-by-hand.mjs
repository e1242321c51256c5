#!/usr/bin/env node
// Opens a real firefox-esr (with a display) on a throwaway profile whose FxA prefs point at the
// local stack, so the WebChannel device exchange can be tried by hand against `npm start`.
// Run with tsx (it imports the harness's prefs): npx tsx scripts/firefox-by-hand.mjs [options] [url]
//   --signed-in          write signedInUser.json: Firefox starts signed in as the emulator's demo
//                        account (demo@example.com, whose seeded session the emulator knows)
//   --private            every window private (browser.privatebrowsing.autostart)
//   --print              only write the profile and print the command
//   --pairing            QR-code pairing against npm start's channel server (docs/pairing.md)
// Prefs and caveats: ../shared/reference/firefox-device.md §2–§3. A sign-out sent by the page
// clears these (user) prefs until Firefox restarts (§2, "The user-pref trap").
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fxaPrefs } from '../e2e/support/firefox-prefs.ts';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const appOrigin = `http://localhost:${process.env.PORT ?? '3030'}`;
const emulatorOrigin = `http://localhost:${process.env.EMULATOR_PORT ?? '9000'}`;
const url = args.find((a) => !a.startsWith('--')) ?? `${appOrigin}/settings`;
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fxa-firefox-by-hand-'));
const prefs = {
  ...fxaPrefs({ appOrigin, emulatorOrigin }),
  'browser.privatebrowsing.autostart': Boolean(flag('private')),
  // A quiet first start.
  'browser.aboutwelcome.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
  ...(flag('pairing')
    ? {
        // Pairing URLs go through ensureHTTPS unless allowed (pairing.md §2.2); the Browser
        // Console's command line shows the QR code's URI (docs/pairing.md).
        'identity.fxaccounts.allowHttp': true,
        'identity.fxaccounts.remote.pairing.uri': `ws://localhost:${process.env.CHANNEL_PORT ?? '8090'}`,
        'devtools.chrome.enabled': true,
      }
    : {}),
};
const userJs = Object.entries(prefs)
  .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
  .join('\n');
fs.writeFileSync(path.join(profile, 'user.js'), `${userJs}\n`);

const signedIn = flag('signed-in');
if (signedIn) {
  // mocks/emulator/seed.ts: the demo account and its verified session (the same user the
  // dev-mode simulated Firefox holds), so /settings loads real data.
  const accountData = {
    email: 'demo@example.com',
    uid: '0123456789abcdef0123456789abcdef',
    sessionToken: 'a'.repeat(64),
    verified: true,
  };
  fs.writeFileSync(
    path.join(profile, 'signedInUser.json'),
    JSON.stringify({ version: 1, accountData }),
  );
}

const command = [firefox, '--profile', profile, '--no-remote', url];
console.info(`profile: ${profile}\n${command.join(' ')}`);
if (flag('print')) process.exit(0);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('No DISPLAY: Firefox needs a desktop session (or use --print and run it there).');
}
const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
child.on('exit', (code) => {
  fs.rmSync(profile, { recursive: true, force: true });
  process.exit(code ?? 0);
});
