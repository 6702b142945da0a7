/**
 * /api/v1 financial follow-up: follow-ups per organ, figure imports (CSV/XLSX), staff key figures, the report.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AppError, validationError } from '../../domain/errors.ts';
import { IMPORT_TEMPLATE_CSV } from '../../domain/financeImport.ts';
import { createFollowUp, getFollowUp, listFollowUps, updateFollowUp } from '../../use-cases/finance/followUps.ts';
import { importFigures, type ImportFile } from '../../use-cases/finance/importFigures.ts';
import { saveStaffKpis } from '../../use-cases/finance/staffKpis.ts';
import { followUpPdf, registerFollowUpDocument } from '../../use-cases/finance/generateDocument.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });
type R = { params: { id: string }; body: Record<string, unknown> };

/** The `file` part and the `version` field of an import. */
async function readImport(request: FastifyRequest): Promise<{ file?: ImportFile; version: unknown }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Skicka filen som multipart/form-data med delarna "file" och "version".');
  let file: ImportFile | undefined;
  let version: unknown;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw validationError([{ field: part.fieldname, message: 'endast en fil i delen "file" tas emot' }]);
      const bytes = await part.toBuffer();
      const name = part.filename.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || 'fil';
      if (bytes.length === 0) throw validationError([{ field: 'file', message: `filen ${name} är tom (0 byte)` }]);
      file = { name, bytes };
    } else if (part.fieldname === 'version') {
      version = Number(part.value);
    }
  }
  return { file, version };
}

export async function financeRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['finance'];
  app.get('/follow-ups', { schema: { tags, querystring: Type.Object({ organId: Type.Optional(Type.String()) }) } },
    async (r) => ({ items: await listFollowUps(ctxOf(r, services), r.query as never) }));
  app.post('/follow-ups', { schema: { tags, body: Json } }, async (r, reply) => reply.status(201).send(await createFollowUp(ctxOf(r, services), r.body as Record<string, unknown>)));
  app.get('/follow-ups/import-template.csv', { schema: { tags } }, async (r, reply) => {
    ctxOf(r, services); // staff only
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="uppfoljning-mall.csv"').send(`\uFEFF${IMPORT_TEMPLATE_CSV}`);
  });
  app.get('/follow-ups/:id', { schema: { tags, params: Id } }, async (r) => getFollowUp(ctxOf(r, services), (r as unknown as R).params.id));
  app.patch('/follow-ups/:id', { schema: { tags, params: Id, body: Json } }, async (r) => updateFollowUp(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body));
  app.put('/follow-ups/:id/staff-kpis', { schema: { tags, params: Id, body: Json } }, async (r) => saveStaffKpis(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body));
  app.post('/follow-ups/:id/import', { schema: { tags, params: Id, consumes: ['multipart/form-data'] } }, async (r) => {
    const ctx = ctxOf(r, services);
    const { file, version } = await readImport(r);
    return importFigures(ctx, (r.params as { id: string }).id, file, version);
  });
  app.get('/follow-ups/:id/report.pdf', { schema: { tags, params: Id } }, async (r, reply) => {
    const { pdf, fileName } = await followUpPdf(ctxOf(r, services), (r as unknown as R).params.id);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).header('cache-control', 'private, no-store').send(pdf);
  });
  app.post('/follow-ups/:id/document', { schema: { tags, params: Id, body: Json } }, async (r, reply) =>
    reply.status(201).send(await registerFollowUpDocument(ctxOf(r, services), (r as unknown as R).params.id, (r as unknown as R).body)));
}
