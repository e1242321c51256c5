// Injected faults for the security/reliability suite (security-tests.md §F): per path pattern and
// method, for the next N requests, add latency and/or answer with the auth server's back-off errors
// (429 errno 114 + Retry-After, 503 errno 201 + Retry-After, 500 errno 999), a non-JSON 502 as an
// edge proxy would send, or a network failure (`'network'`: the MSW mount answers
// Response.error(), the HTTP server drops the connection). Control routes are never faulted.
// `account` narrows a fault to one account's requests (fault-scope.ts): e2e tests share one
// emulator and run in parallel, so each faults only the account it created.

import { AuthErrors, type EmulatorError } from './errors.ts';

export type FaultStatus = 429 | 500 | 502 | 503 | 'network';

/** Marks the app's answer as "fail the request at the network level" for the transports. */
export const NETWORK_FAULT_HEADER = 'x-emulator-fault';

export interface FaultSpec {
  /** Path glob: `*` matches any run of characters, e.g. `/v1/account/*` or `*`. */
  path: string;
  /** Only this method (case-insensitive); any method when omitted. */
  method?: string;
  /** How many matching requests it applies to; default 1; 0 means until cleared. */
  times?: number;
  /** Delay before answering (or before the real route runs when there is no status). */
  delayMs?: number;
  status?: FaultStatus;
  /** Seconds, for 429/503 (body `retryAfter` and the `Retry-After` header). Default 30. */
  retryAfter?: number;
  /** Only requests made for this account (an email of it, any case); any request when omitted. */
  account?: string;
}

export interface Fault extends Required<Pick<FaultSpec, 'path'>> {
  id: number;
  method: string | null;
  remaining: number | null;
  delayMs: number;
  status: FaultStatus | null;
  retryAfter: number;
  account: string | null;
  hits: number;
}

let nextId = 1;

const STATUSES: readonly unknown[] = [429, 500, 502, 503, 'network'];

export function validateFaultSpec(spec: unknown): FaultSpec {
  const s = (spec ?? {}) as Record<string, unknown>;
  const fail = (why: string): never => {
    throw AuthErrors.invalidParameter([why]);
  };
  if (typeof s.path !== 'string' || !s.path) fail('path');
  if (s.method !== undefined && typeof s.method !== 'string') fail('method');
  if (s.account !== undefined && (typeof s.account !== 'string' || !s.account.includes('@'))) {
    fail('account');
  }
  for (const k of ['times', 'delayMs', 'retryAfter'] as const) {
    const n = s[k];
    if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 0)) fail(k);
  }
  if (s.status !== undefined && !STATUSES.includes(s.status)) fail('status');
  if (s.status === undefined && s.delayMs === undefined) fail('status');
  return s as unknown as FaultSpec;
}

export function createFault(spec: FaultSpec): Fault {
  const times = spec.times ?? 1;
  return {
    id: nextId++,
    path: spec.path,
    method: spec.method ? spec.method.toUpperCase() : null,
    remaining: times === 0 ? null : times,
    delayMs: spec.delayMs ?? 0,
    status: spec.status ?? null,
    retryAfter: spec.retryAfter ?? 30,
    account: spec.account ? spec.account.toLowerCase() : null,
    hits: 0,
  };
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** Faults that match a request's method and path, whoever it is for. */
export function faultsFor(faults: readonly Fault[], method: string, path: string): Fault[] {
  return faults.filter(
    (f) =>
      (f.method === null || f.method === method.toUpperCase()) && globToRegExp(f.path).test(path),
  );
}

/**
 * Takes (and uses up) the first fault matching this request, if any. `isFor(email)` tells
 * whether the request is made for that account; faults without an account match anyone's.
 */
export function takeFault(
  faults: Fault[],
  method: string,
  path: string,
  isFor: (email: string) => boolean = () => false,
): Fault | null {
  const match = faultsFor(faults, method, path).find((f) => f.account === null || isFor(f.account));
  const index = match ? faults.indexOf(match) : -1;
  if (index < 0) return null;
  const fault = faults[index] as Fault;
  fault.hits++;
  if (fault.remaining !== null && --fault.remaining <= 0) faults.splice(index, 1);
  return fault;
}

/** The response a fault answers with, or null when it only delays. */
export function faultResponse(fault: Fault): Response | null {
  switch (fault.status) {
    case null:
      return null;
    case 'network':
      return new Response('network fault (the transport turns this into a failed fetch)', {
        status: 503,
        headers: { [NETWORK_FAULT_HEADER]: 'network', 'content-type': 'text/plain' },
      });
    case 502:
      // What an edge proxy sends: HTML, not the auth server's JSON envelope.
      return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    case 429:
      return errorResponse(AuthErrors.tooManyRequests(fault.retryAfter));
    case 503:
      return errorResponse(AuthErrors.serviceUnavailable(fault.retryAfter));
    case 500:
      return errorResponse(AuthErrors.unexpected());
  }
}

export function errorResponse(err: EmulatorError): Response {
  return new Response(JSON.stringify(err.body), {
    status: err.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...err.headers },
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
