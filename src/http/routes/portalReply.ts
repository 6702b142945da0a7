/**
 * How portal pages are answered: HTML with a strict content security policy (no scripts; forms post only to
 * this site) and the municipality the portal shows.
 */
import type { FastifyReply } from 'fastify';
import { portalBody } from '../../use-cases/board/publicBoard.ts';
import type { RouteDeps } from './deps.ts';

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function sendPage(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache').send(page);
}

/** The municipality the portal shows (an installation without one shows an empty site). */
export const portalBodyOrEmpty = async (services: RouteDeps['services']) => (await portalBody(services)) ?? { id: '', code: '', name: 'Kommunen' };

