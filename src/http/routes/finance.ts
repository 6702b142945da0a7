/**
 * /api/v1 financial follow-up: imports, tables, staff key figures.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';

export async function financeRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}
