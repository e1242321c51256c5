import { Localized } from '@fluent/react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/not-found-page';
import { deploymentDocuments } from './legal-config';

// `/legal/terms`, `/legal/privacy` and their localized twins `/:locale/legal/…`, the paths
// upstream serves (fxa-upstream.md §3.1 `/legal/*`; its sign-up links to them). Upstream shows
// Mozilla's documents; this project has no business to document, so its pages say plainly what
// the local stack stores and where a deployment's own documents go (legal-config.ts). The text
// is the app's own, in the page's language whatever the `:locale` segment says.

export type LegalDocument = 'terms' | 'privacy';

/** An upstream locale segment: `fr`, `en-US`, `zh-TW`, `es-419`. */
const LOCALE = /^[a-z]{2,3}(-[A-Za-z]{2}|-\d{3})?$/;

export function LegalPage({ doc }: { doc: LegalDocument }) {
  const { locale } = useParams();
  if (locale !== undefined && !LOCALE.test(locale)) return <NotFoundPage />;
  const own = deploymentDocuments[doc];
  const heading = doc === 'terms' ? 'legal-terms-heading' : 'legal-privacy-heading';
  return (
    <article className="card" aria-labelledby="legal-heading">
      <Localized id={heading}>
        <h1 id="legal-heading">{doc === 'terms' ? 'Terms of Service' : 'Privacy Notice'}</h1>
      </Localized>
      {own && (
        <p>
          <Localized id={doc === 'terms' ? 'legal-own-terms' : 'legal-own-privacy'}>
            <a href={own}>
              {doc === 'terms' ? 'Read this service’s terms' : 'Read this service’s privacy notice'}
            </a>
          </Localized>
        </p>
      )}
      <Localized id="legal-what-this-is">
        <p>
          This app is an independent copy of the Mozilla accounts web pages, made to develop and
          test them. It is not run by Mozilla.
        </p>
      </Localized>
      <Localized id="legal-stored-heading">
        <h2>What the local copy stores</h2>
      </Localized>
      <Localized id="legal-stored-body">
        <p>
          With its local emulator, accounts, sessions and codes live only in the emulator’s memory
          and are gone when it stops. Nothing is sent anywhere else, and the app sends no metrics of
          its own.
        </p>
      </Localized>
      <Localized id="legal-browser-heading">
        <h2>What your browser keeps</h2>
      </Localized>
      <Localized id="legal-browser-body">
        <p>
          The page keeps your signed-in account (its email, ID and session token) in this site’s
          local storage until you sign out.
        </p>
      </Localized>
      <Localized id="legal-deployment-heading">
        <h2>A real deployment</h2>
      </Localized>
      <Localized id="legal-deployment-body">
        <p>
          Whoever runs this app for real users publishes their own terms of service and privacy
          notice, and sets their addresses in its configuration (VITE_LEGAL_TERMS_URL and
          VITE_LEGAL_PRIVACY_URL); these pages then link to them.
        </p>
      </Localized>
      <p>
        <Link to={doc === 'terms' ? '/legal/privacy' : '/legal/terms'}>
          <Localized id={doc === 'terms' ? 'legal-see-privacy' : 'legal-see-terms'}>
            <span>{doc === 'terms' ? 'Privacy Notice' : 'Terms of Service'}</span>
          </Localized>
        </Link>
      </p>
    </article>
  );
}
