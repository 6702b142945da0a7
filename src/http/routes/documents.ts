/**
 * /api/v1/documents and /api/v1/files: register (multipart upload), read, secrecy marks, download.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { registerDocument, type UploadedFile } from '../../use-cases/registerDocument.ts';
import { getDocument } from '../../use-cases/getDocument.ts';
import { markSecret } from '../../use-cases/markSecret.ts';
import { releaseSecret } from '../../use-cases/releaseSecret.ts';
import { readFile } from '../../use-cases/readFile.ts';
import { detectMediaType } from '../../files/detect.ts';
import { UntrustedFileError } from '../../files/untrusted/index.ts';
import { mayShowInline } from '../../files/disposition.ts';
import { AttachmentError, preparePdf } from '../../documents/pdfFacts.ts';
import { OFFICE_TYPES, convertToPdf } from '../../documents/convertOffice.ts';
import { AppError, validationError } from '../../domain/errors.ts';
import { ctxOf } from '../session.ts';
import type { RouteDeps } from './deps.ts';

const Id = Type.Object({ id: Type.String() });
const Json = Type.Object({}, { additionalProperties: true });

/**
 * PDFs are checked (corrupt or user-password ones refused, naming the file; owner-password ones decrypted);
 * DOCX/ODT get a PDF rendition when LibreOffice is installed. Both are read off the event loop (files/untrusted).
 */
async function prepareUpload(file: UploadedFile): Promise<UploadedFile> {
  if (file.mediaType === 'application/pdf') {
    try {
      return { ...file, bytes: (await preparePdf(file.bytes, file.name)).bytes };
    } catch (error) {
      if (error instanceof AttachmentError && error.overLimit) throw new AppError('payload_too_large', error.message);
      if (error instanceof AttachmentError) throw validationError([{ field: 'file', message: error.message }]);
      throw error;
    }
  }
  if (OFFICE_TYPES.has(file.mediaType)) {
    const converted = await convertToPdf(file.bytes, file.name);
    return converted.ok
      ? { ...file, rendition: { name: file.name.replace(/\.[^.]+$/, '') + '.pdf', mediaType: 'application/pdf', bytes: converted.pdf } }
      : { ...file, warning: converted.message };
  }
  return file;
}

function parseMetadata(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationError([{ field: 'metadata', message: 'är inte giltig JSON' }]);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw validationError([{ field: 'metadata', message: 'måste vara ett JSON-objekt' }]);
  return value as Record<string, unknown>;
}

/** Reads the `metadata` JSON part and the optional `file` part; checks the file's real type. */
async function readRegistration(request: FastifyRequest): Promise<{ metadata: Record<string, unknown>; file?: UploadedFile }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Skicka handlingen som multipart/form-data med delarna "metadata" och "file".');
  let metadata: Record<string, unknown> | undefined;
  let file: UploadedFile | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file' && part.fieldname === 'metadata') {
      metadata = parseMetadata((await part.toBuffer()).toString('utf8')); // sent as a JSON file part (curl -F metadata=@m.json)
    } else if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw validationError([{ field: part.fieldname, message: 'endast en fil i delen "file" tas emot' }]);
      const bytes = await part.toBuffer();
      const name = part.filename.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || 'fil';
      if (bytes.length === 0) throw validationError([{ field: 'file', message: `filen ${name} är tom (0 byte)` }]);
      const check = await detectMediaType(name, part.mimetype, bytes).catch((error: unknown) => {
        throw error instanceof UntrustedFileError ? new AppError(error.code, error.message) : error;
      });
      if (check.error) throw new AppError('unsupported_media_type', check.error);
      file = await prepareUpload({ name, mediaType: check.mediaType, bytes });
    } else if (part.fieldname === 'metadata') {
      // A part sent with Content-Type application/json arrives already parsed.
      metadata = typeof part.value === 'object' && part.value !== null ? parseMetadata(JSON.stringify(part.value)) : parseMetadata(String(part.value));
    }
  }
  if (!metadata) throw validationError([{ field: 'metadata', message: 'saknas' }]);
  return { metadata, file };
}

export async function documentRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const tags = ['registry'];
  app.post('/documents', { schema: { tags, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const ctx = ctxOf(request, services);
    const input = await readRegistration(request);
    const document = await registerDocument(ctx, input);
    return reply.status(201).send(input.file?.warning ? { ...document, warnings: [input.file.warning] } : document);
  });
  app.get('/documents/:id', { schema: { tags, params: Id, querystring: Type.Object({ purpose: Type.Optional(Type.String()) }) } },
    async (r) => getDocument(ctxOf(r, services), (r.params as { id: string }).id, (r.query as { purpose?: string }).purpose));
  app.post('/documents/:id/secrecy', { schema: { tags, params: Id, body: Json } }, async (r) => markSecret(ctxOf(r, services), (r.params as { id: string }).id, r.body));
  app.post('/documents/:id/secrecy/release', { schema: { tags, params: Id, body: Json } }, async (r) => releaseSecret(ctxOf(r, services), (r.params as { id: string }).id, r.body as { reason?: unknown }));
  app.get('/files/:id', { schema: { tags, params: Id, querystring: Type.Object({ inline: Type.Optional(Type.Boolean()), purpose: Type.Optional(Type.String()) }) } }, async (request, reply) => {
    const file = await readFile(ctxOf(request, services), (request.params as { id: string }).id, (request.query as { purpose?: string }).purpose);
    // PDFs and images may be shown in the reading view (`?inline=true`); HTML, XML, SVG and the rest are always a download.
    const disposition = (request.query as { inline?: boolean }).inline && mayShowInline(file.mediaType) ? 'inline' : 'attachment';
    return reply.type(file.mediaType).header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(file.bytes);
  });
}
