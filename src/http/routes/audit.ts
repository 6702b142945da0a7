/**
 * /api/v1/audit: the auditors' view and CSV export of the audit log (R-REG-8).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { exportAuditCsv, listAudit, type AuditFilter } from '../../use-cases/listAudit.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Filter = Type.Object({
  from: Type.Optional(Type.String()), to: Type.Optional(Type.String()), actorId: Type.Optional(Type.String()), action: Type.Optional(Type.String({ maxLength: 100 })),
  entityId: Type.Optional(Type.String()), secretOnly: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer()), cursor: Type.Optional(Type.String()),
});

export async function auditRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['audit'];
  const filter = (r: FastifyRequest) => r.query as AuditFilter;
  app.get('/audit', { schema: { tags, querystring: Filter } }, async (r) => listAudit(ctxOf(r, services), filter(r)));
  app.get('/audit.csv', { schema: { tags, querystring: Filter } }, async (r, reply) => {
    const csv = await exportAuditCsv(ctxOf(r, services), filter(r));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="granskningslogg.csv"').send(csv);
  });
}
