/**
 * /api/v1 risk analysis and internal control plans: analyses per organ and year (and a copy to the next year),
 * their risks, the control plan, follow-up comments per tertial, and the generated document (preview and
 * registration in a case).
 * Bodies are checked by the use cases (Swedish messages naming the field); the schemas document them.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createRiskAnalysis, getRiskAnalysis, listRiskAnalyses, updateRiskAnalysis } from '../../use-cases/risks/analyses.ts';
import { copyRiskAnalysis } from '../../use-cases/risks/copyAnalysis.ts';
import { addRisk, deleteRisk, updateRisk } from '../../use-cases/risks/riskRows.ts';
import { saveControl, saveFollowUp } from '../../use-cases/risks/controlPlan.ts';
import { generateRiskDocument, previewRiskDocument } from '../../use-cases/risks/riskDocument.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const open = (properties: Record<string, ReturnType<typeof Type.Unknown>>) =>
  Type.Object(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, Type.Optional(v)])), { additionalProperties: true });
const Version = Type.Unknown({ description: 'the version read (optimistic locking; 409 when stale)' });
const AnalysisCreate = open({ organId: Type.Unknown(), year: Type.Unknown(), establishedOn: Type.Unknown({ description: 'YYYY-MM-DD ("Upprättad")' }) });
const AnalysisUpdate = open({
  version: Version, establishedOn: Type.Unknown(),
  probabilityScale: Type.Unknown({ description: 'four steps {value 1–4, label, definition}' }),
  consequenceScale: Type.Unknown({ description: 'four steps {value 1–4, label, definition}' }),
  thresholds: Type.Unknown({ description: 'three bands {handling minimise|reduce|accept, from, to, label, meaning} covering 1–16' }),
});
const RiskBody = open({ version: Version, number: Type.Unknown({ description: 'R1, R2, …' }), controlArea: Type.Unknown(), description: Type.Unknown(), probability: Type.Unknown({ description: '1–4' }), consequence: Type.Unknown({ description: '1–4' }) });
const ControlBody = open({ version: Version, control: Type.Unknown(), method: Type.Unknown(), responsible: Type.Unknown(), tertials: Type.Unknown({ description: '[1, 2, 3] or "T1, T2, T3"' }) });
const FollowUpBody = open({ version: Version, tertial: Type.Unknown({ description: '1–3' }), comment: Type.Unknown(), unscheduled: Type.Unknown({ description: 'true to record a tertial outside the frequency' }) });
const CopyBody = open({ establishedOn: Type.Unknown({ description: 'YYYY-MM-DD ("Upprättad") of the new analysis; today when left out' }) });
const GenerateBody = open({ tertial: Type.Unknown({ description: '1–3' }), caseId: Type.Unknown() });

type P = { params: { id: string } };
const idOf = (r: unknown): string => (r as P).params.id;
const bodyOf = (r: unknown): Record<string, unknown> => ((r as { body?: Record<string, unknown> }).body ?? {});

export async function riskRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['risks'];
  app.get('/risk-analyses', { schema: { tags, querystring: Type.Object({ organId: Type.Optional(Type.String()), year: Type.Optional(Type.String()) }) } },
    async (r) => ({ items: await listRiskAnalyses(ctxOf(r, services), r.query as never) }));
  app.post('/risk-analyses', { schema: { tags, body: AnalysisCreate } }, async (r, reply) => reply.status(201).send(await createRiskAnalysis(ctxOf(r, services), bodyOf(r))));
  app.get('/risk-analyses/:id', { schema: { tags, params: Id } }, async (r) => getRiskAnalysis(ctxOf(r, services), idOf(r)));
  app.patch('/risk-analyses/:id', { schema: { tags, params: Id, body: AnalysisUpdate } }, async (r) => updateRiskAnalysis(ctxOf(r, services), idOf(r), bodyOf(r)));
  app.post('/risk-analyses/:id/copy', { schema: { tags, summary: 'Start next year’s analysis from this one (scales, bands, risks, control plan; no follow-ups); 409 when it exists', params: Id, body: CopyBody } },
    async (r, reply) => reply.status(201).send(await copyRiskAnalysis(ctxOf(r, services), idOf(r), bodyOf(r))));
  app.post('/risk-analyses/:id/risks', { schema: { tags, params: Id, body: RiskBody } }, async (r, reply) => reply.status(201).send(await addRisk(ctxOf(r, services), idOf(r), bodyOf(r))));
  app.put('/risks/:id', { schema: { tags, params: Id, body: RiskBody } }, async (r) => updateRisk(ctxOf(r, services), idOf(r), bodyOf(r)));
  app.delete('/risks/:id', { schema: { tags, params: Id, querystring: Type.Object({ version: Type.Optional(Type.String()) }) } },
    async (r) => deleteRisk(ctxOf(r, services), idOf(r), { version: Number((r.query as { version?: string }).version) }));
  app.put('/risks/:id/control', { schema: { tags, params: Id, body: ControlBody } }, async (r) => saveControl(ctxOf(r, services), idOf(r), bodyOf(r)));
  app.put('/internal-controls/:id/follow-up', { schema: { tags, params: Id, body: FollowUpBody } }, async (r) => saveFollowUp(ctxOf(r, services), idOf(r), bodyOf(r)));
  app.get('/risk-analyses/:id/document.pdf', { schema: { tags, params: Id, querystring: Type.Object({ tertial: Type.Optional(Type.String()) }) } },
    async (r, reply) => {
      const doc = await previewRiskDocument(ctxOf(r, services), idOf(r), r.query as never);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${doc.fileName}"`).header('cache-control', 'private, no-cache').send(doc.pdf);
    });
  app.post('/risk-analyses/:id/documents', { schema: { tags, params: Id, body: GenerateBody } },
    async (r, reply) => reply.status(201).send(await generateRiskDocument(ctxOf(r, services), idOf(r), bodyOf(r))));
}
