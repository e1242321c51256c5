// A fake browser side of the `account_updates` WebChannel: what Firefox's
// FxAccountsWebChannel.sys.mjs does for a page, scripted. Dev mode, vitest and Playwright
// (as an init script in Chromium) all install this one function.
//
// It must stay self-contained (no imports, no outer variables): Playwright serialises it with
// Function.prototype.toString and runs it in the page before any of the page's scripts.

export type SimulatedUser = {
  email: string;
  uid: string;
  sessionToken?: string;
  verified?: boolean;
};

export type DeviceConfig = {
  /** null: nobody signed in to the browser. */
  signedInUser: SimulatedUser | null;
  /** undefined: Firefox 153 desktop's capabilities; null: none at all (old Firefox iOS). */
  capabilities?: Record<string, unknown> | null;
  /** Delay before each reply, in ms. */
  delayMs?: number;
  /** fxa_status is never answered (a Firefox whose channel is not ready, or not Firefox). */
  noReply?: boolean;
  /** Every message gets WebChannel.sys.mjs's `No Such Channel` error. */
  noSuchChannel?: boolean;
  /**
   * The first N messages get `No Such Channel`, then Firefox answers: a Firefox that opened the
   * page at launch, before its channel was registered (issue #20).
   */
  noSuchChannelFirst?: number;
  /** fxa_status is answered with a detail that is not valid JSON. */
  malformed?: boolean;
  /** Every reply is sent twice. */
  duplicate?: boolean;
  /** Firefox iOS: page messages arrive as objects, not strings. */
  ios?: boolean;
  /** Reply for can_link_account. */
  canLinkAccount?: boolean;
  /** Raw fxa_status reply data, replacing the one built from signedInUser (forged replies). */
  statusOverride?: unknown;
  /** Overrides navigator.userAgent, e.g. to act as Firefox inside Chromium. */
  userAgent?: string;
};

export type RecordedMessage = { command: string; data: unknown; messageId: string; at: number };

export type DeviceHandle = {
  sent: RecordedMessage[];
  config: DeviceConfig;
  /** The user Firefox now holds (changes on login, logout, delete, change_password). */
  user: () => SimulatedUser | null;
  /** Sends an unsolicited message to the page. */
  push: (command: string, data: unknown) => void;
};

/**
 * Installs the fake browser on `target` (the page's window by default, where it is also
 * published as `window.__fxaDevice` for tests to read). Installing twice on a window is a no-op.
 */
export function installDeviceSimulator(config: DeviceConfig, target?: EventTarget): DeviceHandle {
  const w = window as unknown as Window & { __fxaDevice?: DeviceHandle };
  const host: EventTarget = target ?? w;
  if (host === w && w.__fxaDevice) return w.__fxaDevice;
  const CHANNEL = 'account_updates';
  const DESKTOP_CAPABILITIES = {
    multiService: true,
    pairing: true,
    choose_what_to_sync: true,
    keys_optional: true,
    can_link_account_uid: true,
    engines: [
      'addons',
      'bookmarks',
      'history',
      'passwords',
      'prefs',
      'tabs',
      'addresses',
      'creditcards',
    ],
  };
  let user: SimulatedUser | null = config.signedInUser ? { ...config.signedInUser } : null;
  const sent: RecordedMessage[] = [];

  if (config.userAgent) {
    Object.defineProperty(navigator, 'userAgent', {
      get: () => config.userAgent,
      configurable: true,
    });
  }

  const deliver = (target: EventTarget, detail: unknown) => {
    const fire = () => {
      target.dispatchEvent(new CustomEvent('WebChannelMessageToContent', { detail }));
      if (config.duplicate)
        target.dispatchEvent(new CustomEvent('WebChannelMessageToContent', { detail }));
    };
    if (config.delayMs) setTimeout(fire, config.delayMs);
    else setTimeout(fire, 0); // Firefox answers from another process: never synchronously
  };

  const reply = (target: EventTarget, command: string, messageId: string, data: unknown) =>
    deliver(target, { id: CHANNEL, message: { command, messageId, data } });

  const statusData = () => {
    if (config.statusOverride !== undefined) return config.statusOverride;
    const status: Record<string, unknown> = {
      signedInUser: user
        ? {
            email: user.email,
            sessionToken: user.sessionToken,
            uid: user.uid,
            verified: user.verified,
          }
        : null,
      clientId: '5882386c6d801776',
    };
    if (config.capabilities !== null)
      status.capabilities = config.capabilities ?? DESKTOP_CAPABILITIES;
    return status;
  };

  host.addEventListener(
    'WebChannelMessageToChrome',
    (event) => {
      const raw = (event as CustomEvent).detail;
      const replyTarget = event.target ?? host;
      // Firefox 153 drops object details (the iOS embedding reads objects instead).
      if (typeof raw !== 'string' && !config.ios) return;
      let parsed: {
        id?: string;
        message?: { command?: string; data?: unknown; messageId?: string };
      };
      try {
        parsed = typeof raw === 'string' ? JSON.parse(raw) : raw;
      } catch {
        return;
      }
      if (!parsed || parsed.id !== CHANNEL || !parsed.message) return;
      const { command = '', data, messageId = '' } = parsed.message;
      sent.push({ command, data, messageId, at: performance.now() });
      if (config.noSuchChannel || sent.length <= (config.noSuchChannelFirst ?? 0)) {
        deliver(replyTarget, { id: CHANNEL, message: { errno: 2, error: 'No Such Channel' } });
        return;
      }
      switch (command) {
        case 'fxaccounts:fxa_status':
          if (config.noReply) return;
          if (config.malformed) deliver(replyTarget, '{"id":"account_updates","message":');
          else reply(replyTarget, command, messageId, statusData());
          return;
        case 'fxaccounts:can_link_account':
          reply(replyTarget, command, messageId, { ok: config.canLinkAccount !== false });
          return;
        case 'fxaccounts:login':
        case 'fxaccounts:change_password': {
          const d = data as SimulatedUser;
          user = { email: d.email, uid: d.uid, sessionToken: d.sessionToken, verified: d.verified };
          reply(replyTarget, command, messageId, { ok: true });
          return;
        }
        case 'fxaccounts:logout':
        case 'fxaccounts:delete': {
          const d = data as { uid?: string };
          if (user && d.uid === user.uid) user = null;
          reply(replyTarget, command, messageId, { ok: true });
          return;
        }
        case 'fxaccounts:oauth_login':
          reply(replyTarget, command, messageId, { ok: true });
          return;
        case 'profile:change':
          return; // Firefox never answers this one
        case 'fxaccounts:pair_preferences':
          // Firefox 153 answers, then loads about:preferences?action=pair#sync in the tab.
          reply(replyTarget, command, messageId, { ok: true });
          return;
        default:
          // Firefox 153's default branch answers unknown commands (fxaccounts:loaded) with an error.
          reply(replyTarget, command, messageId, {
            error: { message: 'TypeError: target is undefined', stack: '' },
          });
      }
    },
    { capture: true },
  );

  const handle: DeviceHandle = {
    sent,
    config,
    user: () => user,
    push: (command, data) => deliver(host, { id: CHANNEL, message: { command, data } }),
  };
  if (host === w) w.__fxaDevice = handle;
  return handle;
}
