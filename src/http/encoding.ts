/**
 * Content codings a request accepts (RFC 9110 Accept-Encoding), for answers kept compressed in memory or on disk.
 */
import type { FastifyRequest } from 'fastify';

export type Coding = 'br' | 'gzip';

/**
 * Whether the request accepts `coding`: named with a quality above zero, or covered by "*" when not named at
 * all (an explicit "gzip;q=0" refuses gzip even next to "*").
 */
export function acceptsCoding(request: FastifyRequest, coding: Coding): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  let wildcard: boolean | undefined;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    const accepted = !q || Number(q.slice(2)) > 0;
    if (name === coding) return accepted;
    if (name === '*') wildcard = accepted;
  }
  return wildcard ?? false;
}
