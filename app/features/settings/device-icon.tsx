import type { ClientKind } from './client-list';

// Small inline icons per device type (no icon library): 24×24, stroke in currentColor so they
// follow the theme. Decorative: the row's text names the device.

const PATHS: Record<ClientKind, string> = {
  desktop: 'M3 5h18v11H3z M8 20h8 M12 16v4',
  mobile: 'M7 2h10v20H7z M11 18h2',
  tablet: 'M4 3h16v18H4z M11 18h2',
  tv: 'M2 5h20v13H2z M8 22h8',
  vr: 'M2 8h20v9h-6l-2-3h-4l-2 3H2z',
  web: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  service: 'M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z',
};

export function DeviceIcon({ kind }: { kind: ClientKind }) {
  return (
    <svg
      className="device-icon"
      data-kind={kind}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
