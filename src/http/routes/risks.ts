/**
 * /api/v1 risk analysis and internal control plans.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';

export async function riskRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}
