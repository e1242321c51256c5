import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Encoded {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * Compresses once at startup, at maximum levels, like ../shared/bench-floor/server.mjs: the
 * build is small and immutable, so requests never pay for compression. A variant is kept only
 * when it is actually smaller.
 */
export function precompress(body: Buffer): Encoded {
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
  return {
    identity: body,
    ...(br.length < body.length ? { br } : {}),
    ...(gzip.length < body.length ? { gzip } : {}),
  };
}

/** Accept-Encoding → coding → q (RFC 9110 §12.5.3). Entries with a malformed q are dropped. */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q=(\d(?:\.\d{0,3})?)$/.exec(param);
      if (param.startsWith('q=')) q = match ? Number(match[1]) : Number.NaN;
    }
    if (!Number.isNaN(q) && q <= 1) weights.set(coding === 'x-gzip' ? 'gzip' : coding, q);
  }
  return weights;
}

/** Picks the best coding the client accepts (q > 0) among the variants we hold; br wins ties. */
export function negotiateEncoding(header: string | undefined, encoded: Encoded): Encoding {
  if (!header) return 'identity';
  const weights = parseAcceptEncoding(header);
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    const q = weight(coding);
    if (encoded[coding] && q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}
