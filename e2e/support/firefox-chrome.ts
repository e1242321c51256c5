// Firefox's privileged ("chrome") side, reached over raw WebDriver BiDi with the `moz:scope:
// 'chrome'` extension (Firefox needs `--remote-allow-system-access` for it). This is why the
// harness drives Firefox with puppeteer-core: it exposes its BiDi connection, Playwright does not
// (firefox-device.md §2 and §5).
import type { Browser } from 'puppeteer-core';

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';
const COMMON_DIALOG = 'chrome://global/content/commonDialog.xhtml';

/** What Firefox itself holds for the signed-in account (not what it tells a page). */
export type HeldAccount = {
  email: string;
  uid: string;
  verified: boolean;
  sessionToken: string | null;
};

type RawSend = (method: string, params: object) => Promise<unknown>;
type ChromeContext = { context: string; url: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** puppeteer-core's BiDi Browser has a public `connection` getter its type declarations omit. */
function rawSend(browser: Browser): RawSend {
  const connection: unknown = Reflect.get(browser, 'connection');
  const send = isRecord(connection) ? connection.send : undefined;
  if (typeof send !== 'function') {
    throw new Error('puppeteer-core is not driving Firefox over WebDriver BiDi');
  }
  return async (method, params) => {
    const reply: unknown = await send.call(connection, method, params);
    return isRecord(reply) ? reply.result : undefined;
  };
}

export type ChromeScope = ReturnType<typeof chromeScope>;

export function chromeScope(browser: Browser) {
  const send = rawSend(browser);

  async function contexts(): Promise<ChromeContext[]> {
    const result = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const list = isRecord(result) && Array.isArray(result.contexts) ? result.contexts : [];
    return list.flatMap((c: unknown) =>
      isRecord(c) && typeof c.context === 'string' && typeof c.url === 'string'
        ? [{ context: c.context, url: c.url }]
        : [],
    );
  }

  /**
   * Runs `body` (the body of an async function, privileged: Services, ChromeUtils) in a chrome
   * window and returns its JSON-serialisable result.
   */
  async function evaluate(body: string, windowUrl = BROWSER_WINDOW): Promise<unknown> {
    const target = (await contexts()).find((c) => c.url === windowUrl);
    if (!target) throw new Error(`no chrome window ${windowUrl}`);
    const result = await send('script.evaluate', {
      target: { context: target.context },
      awaitPromise: true,
      expression: `(async () => { ${body} })().then((v) => JSON.stringify(v ?? null))`,
    });
    if (!isRecord(result) || result.type !== 'success' || !isRecord(result.result)) {
      const details = isRecord(result) ? result.exceptionDetails : result;
      throw new Error(`chrome evaluate failed: ${JSON.stringify(details)}`);
    }
    const value = result.result.value;
    return typeof value === 'string' ? JSON.parse(value) : null;
  }

  return {
    evaluate,

    /**
     * The logout/delete trap fix (firefox-device.md §2, fix 1): the same URLs on the default
     * branch, so resetConfigURLs()' clearUserPref falls back to them and the channel is kept.
     * EnsureFxAccountsWebChannel() also opens the channel now in case gSync.init() has not yet
     * run (a message before that gets `No Such Channel`, §2 "When the channel appears").
     */
    async pinUrlPrefs(prefs: Record<string, string>): Promise<void> {
      await evaluate(`
        const defaults = Services.prefs.getDefaultBranch('');
        for (const [name, value] of Object.entries(${JSON.stringify(prefs)})) {
          defaults.setStringPref(name, value);
        }
        ChromeUtils.importESModule('resource://gre/modules/FxAccountsWebChannel.sys.mjs')
          .EnsureFxAccountsWebChannel();
      `);
    },

    async stringPref(name: string): Promise<unknown> {
      return evaluate(`return Services.prefs.getStringPref(${JSON.stringify(name)}, '');`);
    },

    async hasUserPref(name: string): Promise<boolean> {
      return (
        (await evaluate(`return Services.prefs.prefHasUserValue(${JSON.stringify(name)});`)) ===
        true
      );
    },

    /** Firefox's own account: getSignedInUser(), plus the token fxa_status would hand out. */
    async signedInUser(): Promise<HeldAccount | null> {
      const held = await evaluate(`
        const { getFxAccountsSingleton } =
          ChromeUtils.importESModule('resource://gre/modules/FxAccounts.sys.mjs');
        const fxa = getFxAccountsSingleton();
        const user = await fxa.getSignedInUser();
        if (!user) return null;
        // getSignedInUser() leaves the token out; FxAccountsWebChannel reads it like this.
        const data = await fxa._internal.getUserAccountData(['sessionToken']);
        return { email: user.email, uid: user.uid, verified: user.verified,
                 sessionToken: data?.sessionToken ?? null };
      `);
      if (!isRecord(held)) return null;
      const { email, uid, verified, sessionToken } = held;
      if (typeof email !== 'string' || typeof uid !== 'string') {
        throw new Error(`unexpected account from Firefox: ${JSON.stringify(held)}`);
      }
      return {
        email,
        uid,
        verified: verified === true,
        sessionToken: typeof sessionToken === 'string' ? sessionToken : null,
      };
    },

    /** Avoids the merge warning: it compares against this hash of the last uid (§2). */
    async forgetLastUser(): Promise<void> {
      await evaluate(`Services.prefs.clearUserPref('identity.fxaccounts.lastSignedInUserIdHash');`);
    },

    /**
     * Answers the merge-warning dialog that `can_link_account` opens for a different account.
     * It is a chrome window, not a content prompt: puppeteer's dialog events never see it (§2).
     */
    async answerDialog(button: 'accept' | 'cancel', timeoutMs = 5_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown = 'no dialog opened';
      while (Date.now() < deadline) {
        try {
          const clicked = await evaluate(
            `const dialog = document.querySelector('dialog');
             if (!dialog?.getButton) return false;
             dialog.getButton(${JSON.stringify(button)}).click();
             return true;`,
            COMMON_DIALOG,
          );
          if (clicked === true) return;
        } catch (error) {
          lastError = error; // the window may not exist or be loaded yet
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`could not answer the merge dialog: ${String(lastError)}`);
    },
  };
}
