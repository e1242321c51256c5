// Receives the browser's CSP violation reports (`report-uri`, ASVS 3.4.7; upstream
// server/lib/routes/post-csp.js) and logs one scrubbed line per report.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { URL } from 'node:url'; // not the global: under vitest that is happy-dom's

export const MAX_REPORT_BYTES = 16 * 1024;

// `report-uri` reports are `application/csp-report` (CSP2/3); some browsers send plain JSON.
const REPORT_TYPES = ['application/csp-report', 'application/json'];

export type ReportOutcome =
  | { status: 204; summary: string }
  | { status: 400 | 413 | 415; summary?: undefined };

/**
 * Keeps only origin and path. Report URLs are page URLs, whose query and fragment can hold an
 * OAuth code, state, email or token (RFC 9700 §4.3.2, reference B26); upstream stripped only
 * email and uid. Non-URL values (`inline`, `eval`, `self`) pass through, truncated.
 */
export function scrubUrl(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  try {
    const url = new URL(value);
    return url.origin === 'null' ? url.protocol : `${url.origin}${url.pathname}`;
  } catch {
    return value.slice(0, 40).replace(/[^\w:.-]/g, '');
  }
}

function summarize(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const report = (body as Record<string, unknown>)['csp-report'];
  if (typeof report !== 'object' || report === null) return undefined;
  const fields = report as Record<string, unknown>;
  const directive = fields['effective-directive'] ?? fields['violated-directive'];
  if (typeof directive !== 'string') return undefined;
  return [
    `directive=${directive.replace(/[^\w -]/g, '').slice(0, 60)}`,
    `blocked=${scrubUrl(fields['blocked-uri'])}`,
    `document=${scrubUrl(fields['document-uri'])}`,
    `source=${scrubUrl(fields['source-file'])}`,
  ].join(' ');
}

/** Reads at most MAX_REPORT_BYTES; a larger body is refused without buffering it. */
export async function readCspReport(req: IncomingMessage): Promise<ReportOutcome> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!REPORT_TYPES.includes(type)) return { status: 415 };
  if (Number(req.headers['content-length'] ?? 0) > MAX_REPORT_BYTES) return { status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REPORT_BYTES) return { status: 413 };
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { status: 400 };
  }
  const summary = summarize(body);
  return summary ? { status: 204, summary } : { status: 400 };
}

export interface ReportLogger {
  info(message: string): void;
}

function answer(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  // 204 must not carry Content-Length (RFC 9110 §8.6); the errors are empty too.
  if (status !== 204) res.setHeader('Content-Length', '0');
  res.end();
}

/**
 * The whole endpoint, for node:http and Vite's connect middlewares alike. The caller has already
 * applied the security headers.
 */
export async function receiveCspReport(
  req: IncomingMessage,
  res: ServerResponse,
  log: ReportLogger,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return answer(res, 405);
  }
  const outcome = await readCspReport(req);
  if (outcome.status === 204) log.info(`csp-violation ${outcome.summary}`);
  // The rest of an oversized body is not worth reading: drop the connection after answering.
  if (outcome.status === 413) res.setHeader('Connection', 'close');
  answer(res, outcome.status);
}
