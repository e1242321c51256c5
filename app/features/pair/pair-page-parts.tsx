import { Localized } from '@fluent/react';
import type { ReactNode } from 'react';
import { type DeviceInfo, placeOf } from './device-description';
import './pair.css';

/** The card every pairing screen is drawn in. */
export function PairCard({
  headingId,
  heading,
  children,
}: {
  headingId: string;
  heading: string;
  children?: ReactNode;
}) {
  return (
    <section className="card pair-card" aria-labelledby="pair-heading" data-pair-ready>
      <Localized id={headingId}>
        <h1 id="pair-heading">{heading}</h1>
      </Localized>
      {children}
    </section>
  );
}

/** A wait the user can see and a screen reader hears. */
export function PairWaiting({ id, text }: { id: string; text: string }) {
  return (
    <Localized id={id}>
      <p role="status">{text}</p>
    </Localized>
  );
}

type Choice = { id: string; text: string; onClick: () => void };

/** The allow screens' question: confirm (busy while it is sent) or back out. */
export function PairChoice({ busy, yes, no }: { busy: boolean; yes: Choice; no: Choice }) {
  return (
    <div className="pair-actions">
      <button type="button" className="button primary" disabled={busy} onClick={yes.onClick}>
        <Localized id={yes.id}>
          <span>{yes.text}</span>
        </Localized>
      </button>
      <button type="button" className="button" onClick={no.onClick}>
        <Localized id={no.id}>
          <span>{no.text}</span>
        </Localized>
      </button>
    </div>
  );
}

/** The phone as the channel server saw it: browser and system, place, IP (as upstream). */
export function DeviceSummary({ device }: { device: DeviceInfo }) {
  const place = placeOf(device);
  return (
    <ul className="pair-device">
      {device.family && device.os ? (
        <Localized id="pair-device-family-os" vars={{ family: device.family, os: device.os }}>
          <li>{`${device.family} on ${device.os}`}</li>
        </Localized>
      ) : device.family || device.os ? (
        <li>{device.family ?? device.os}</li>
      ) : null}
      {place && (
        <Localized id="pair-device-place" vars={{ place }}>
          <li>{`Near ${place}`}</li>
        </Localized>
      )}
      {device.ipAddress && (
        <Localized id="pair-device-ip" vars={{ ip: device.ipAddress }}>
          <li>{`IP address: ${device.ipAddress}`}</li>
        </Localized>
      )}
    </ul>
  );
}
