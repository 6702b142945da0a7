/**
 * /api/v1 the annual cycle: deadlines and reminders.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';

export async function annualCycleRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}

/** Public iCalendar feed of the annual cycle (outside /api/v1). */
export async function annualCycleFeedRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // Routes are added here.
}
