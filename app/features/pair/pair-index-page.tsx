import { Localized } from '@fluent/react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { getBrowserChannel } from '../../lib/webchannel/browser-channel';
import { useSessionStore } from '../../session/session-store';
import { PairCard, PairWaiting } from './pair-page-parts';

// `/pair` on the desktop: "Connect another device" (upstream views/pair/index.js). Offered only
// when Firefox reports the `pairing` capability; its button asks Firefox to open its own QR-code
// dialog (`fxaccounts:pair_preferences`: Firefox answers `{ok:true}` and loads
// about:preferences?action=pair#sync in this tab, pairing.md §1). A QR code scanned with a
// phone's camera opens this page too (`/pair#channel_id=…`): that needs the Firefox app instead.

/** Where a phone gets Firefox (drawn as a QR code, as upstream's pair page does). */
export const FIREFOX_MOBILE_URL = 'https://www.mozilla.org/firefox/mobile/get-app/';

function DownloadQrCode() {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ toCanvas }) => {
      if (live && canvas.current) {
        void toCanvas(canvas.current, FIREFOX_MOBILE_URL, {
          errorCorrectionLevel: 'L',
          width: 160,
        });
      }
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Localized id="pair-download-qr" attrs={{ 'aria-label': true }}>
      <canvas
        ref={canvas}
        className="pair-qr"
        role="img"
        aria-label="QR code to download Firefox for your phone"
      />
    </Localized>
  );
}

export function PairIndexPage() {
  const location = useLocation();
  const device = useSessionStore((s) => s.device);
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);

  if (/channel_id=/.test(location.hash)) return <Navigate to="/pair/unsupported" replace />;
  if (device.channel === 'pending') {
    return (
      <PairCard headingId="pair-index-heading" heading="Connect another device">
        <PairWaiting id="pair-loading-text" text="Loading…" />
      </PairCard>
    );
  }
  if (device.channel !== 'answered' || !device.capabilities.pairing) {
    return <Navigate to="/pair/unsupported" replace />;
  }
  if (!device.browserAccount) {
    return (
      <PairCard headingId="pair-index-heading" heading="Connect another device">
        <Localized id="pair-index-signed-out">
          <p>Sign in to Firefox on this computer first, then connect your phone.</p>
        </Localized>
        <Localized id="pair-index-sign-in">
          <Link to="/?context=fx_desktop_v3&service=sync&entrypoint=pairing">
            Sign in to Firefox
          </Link>
        </Localized>
      </PairCard>
    );
  }

  const openDialog = async () => {
    setBusy(true);
    setProblem(false);
    try {
      const reply = await getBrowserChannel()?.request(
        'fxaccounts:pair_preferences',
        {},
        {
          timeoutMs: 3_000,
        },
      );
      if ((reply as { ok?: unknown } | undefined)?.ok !== true) setProblem(true);
    } catch {
      setProblem(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PairCard headingId="pair-index-heading" heading="Connect another device">
      <Localized id="pair-index-step-download">
        <h2>Download Firefox on your phone</h2>
      </Localized>
      <DownloadQrCode />
      <Localized id="pair-index-step-scan">
        <h2>Then scan the code Firefox shows you</h2>
      </Localized>
      <Localized id="pair-index-explain">
        <p>Open Firefox on your phone, choose “Sign in”, then “Ready to scan”.</p>
      </Localized>
      {problem && (
        <Localized id="pair-index-dialog-failed">
          <p role="alert" className="pair-error">
            Firefox did not open the pairing window. Try again.
          </p>
        </Localized>
      )}
      <div className="pair-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void openDialog()}
        >
          <Localized id="pair-index-ready">
            <span>Ready to scan</span>
          </Localized>
        </button>
      </div>
    </PairCard>
  );
}
