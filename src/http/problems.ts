/**
 * RFC 9457 problem+json answers with a closed set of codes. Messages are Swedish and never carry secret content
 * or internals: unexpected errors are logged (without request bodies) and answered as `internal`.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, type ErrorCode, type FieldError } from '../domain/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  validation: 400, unauthenticated: 401, csrf: 403, forbidden: 403, not_found: 404, conflict: 409,
  payload_too_large: 413, unsupported_media_type: 415, rate_limited: 429, internal: 500,
};
const TITLE: Record<ErrorCode, string> = {
  validation: 'Ogiltig indata', unauthenticated: 'Inloggning krävs', csrf: 'Ogiltig säkerhetstoken', forbidden: 'Åtgärden är inte tillåten',
  not_found: 'Finns inte', conflict: 'Konflikt', payload_too_large: 'För stor fil', unsupported_media_type: 'Filtypen stämmer inte',
  rate_limited: 'För många försök', internal: 'Internt fel',
};

export function sendProblem(reply: FastifyReply, code: ErrorCode, detail: string, errors: FieldError[] = []): FastifyReply {
  const body: Record<string, unknown> = { type: `https://namnd.se/problems/${code}`, title: TITLE[code], status: STATUS[code], code, detail };
  if (errors.length) body.errors = errors;
  return reply.status(STATUS[code]).type('application/problem+json; charset=utf-8').send(body);
}

const AJV_MESSAGES: Record<string, (p: Record<string, unknown>) => string> = {
  required: (p) => `${String(p.missingProperty)} måste anges`,
  type: (p) => `måste vara av typen ${String(p.type)}`,
  format: (p) => `har fel format (${String(p.format)})`,
  maxLength: (p) => `får vara högst ${String(p.limit)} tecken`,
  minLength: (p) => `måste ha minst ${String(p.limit)} tecken`,
  enum: (p) => `måste vara en av ${(p.allowedValues as unknown[]).join(', ')}`,
  maximum: (p) => `får vara högst ${String(p.limit)}`,
  minimum: (p) => `måste vara minst ${String(p.limit)}`,
};

function fromValidation(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((v) => {
    const field = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.') || (v.params as { missingProperty?: string }).missingProperty || error.validationContext || 'indata';
    const message = AJV_MESSAGES[v.keyword]?.(v.params as Record<string, unknown>) ?? 'är ogiltigt';
    return { field, message };
  });
}

export function installProblemHandlers(app: FastifyInstance, uploadLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error.code, error.message, error.errors);
    if (error.validation) {
      const errors = fromValidation(error);
      return sendProblem(reply, 'validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return sendProblem(reply, 'payload_too_large', `Filen är för stor. Största tillåtna storlek är ${Math.round(uploadLimitBytes / 1024 / 1024)} MB.`);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return sendProblem(reply, 'unsupported_media_type', 'Fel innehållstyp i anropet.');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (error.statusCode === 400 && error.code?.startsWith('FST_'))) {
      return sendProblem(reply, 'validation', 'Anropets innehåll kunde inte tolkas (ogiltig JSON eller formulärdata).');
    }
    // Database errors may arrive wrapped by the query builder, with the driver's error as `cause`.
    const pgCode = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (pgCode === '22P02' || pgCode === '23503') return sendProblem(reply, 'validation', 'Anropet hänvisar till något som inte finns eller har fel format.');
    if (pgCode === '23505') return sendProblem(reply, 'conflict', 'Uppgiften finns redan.');
    if (pgCode === '22001') return sendProblem(reply, 'validation', 'En uppgift i anropet är för lång.');
    request.log.error({ err: { message: error.message, code: error.code, stack: error.stack } }, 'unhandled error');
    return sendProblem(reply, 'internal', 'Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta support.');
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 'not_found', 'Sidan eller resursen finns inte.'));
}
