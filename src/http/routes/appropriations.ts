/**
 * /api/v1 appropriations (anslag): amounts per year, commitments, remaining funds.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';

export async function appropriationRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}
