// Where a deployment's own legal documents are: build-time configuration, as the server URLs'
// VITE_* alternatives (app/config.ts). Unset (the local stack), the pages say what this copy
// stores and link nowhere else. Only https:// addresses are taken.
const env = import.meta.env as Record<string, unknown>;

function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export const deploymentDocuments = {
  terms: httpsUrl(env.VITE_LEGAL_TERMS_URL),
  privacy: httpsUrl(env.VITE_LEGAL_PRIVACY_URL),
};
