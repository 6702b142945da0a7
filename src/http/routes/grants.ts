/**
 * /api/v1 grant rounds and applications.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';

export async function grantRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}
