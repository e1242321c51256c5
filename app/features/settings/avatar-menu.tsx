import { Localized, useLocalization } from '@fluent/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { SignedInAccount } from '../../session/precedence';
import { Avatar } from './avatar';
import { useProfileQuery } from './data/queries';
import { signOutOfSettings } from './session-actions';

/**
 * The avatar drop-down (upstream DropDownAvatarMenu): who is signed in, and "Sign out". A
 * disclosure button and panel; Escape or a click outside closes it and focus returns to the button.
 */
export function AvatarMenu({ account }: { account: SignedInAccount }) {
  const { l10n } = useLocalization();
  const profile = useProfileQuery(account.uid).data;
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="avatar-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="avatar-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={l10n.getString('settings-avatar-menu', null, 'Account menu')}
        onClick={() => setOpen((v) => !v)}
      >
        <Avatar profile={profile} email={account.email} size="small" />
      </button>
      <div id={panelId} className="avatar-menu-panel card" hidden={!open}>
        {profile?.displayName ? <p className="avatar-menu-name">{profile.displayName}</p> : null}
        <p className="email" data-testid="avatar-menu-email">
          {account.email}
        </p>
        <button
          type="button"
          className="button"
          disabled={signingOut}
          onClick={async () => {
            setSigningOut(true);
            await signOutOfSettings();
          }}
        >
          <Localized id="settings-sign-out">
            <span>Sign out</span>
          </Localized>
        </button>
      </div>
    </div>
  );
}
