/**
 * The OParl 1.1 open-data API under /oparl/v1.1/ (docs/oparl.md): the System entry point, bodies, their lists
 * and every object by its id. Public data only, no session; every answer allows any origin (CORS).
 */
import type { FastifyInstance } from 'fastify';
import { asc } from 'drizzle-orm';
import { bodies } from '../../db/schema/index.ts';
import { notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { loadCatalog, findEntry, type Catalog } from '../../oparl/catalog.ts';
import { listPage, parseListQuery } from '../../oparl/listing.ts';
import { systemObject } from '../../oparl/organisationObjects.ts';
import { BODY_LISTS, OPARL_PREFIX, OparlUrls, segmentType, type BodyList } from '../../oparl/urls.ts';
import type { Entry } from '../../oparl/entry.ts';
import type { RouteDeps } from './deps.ts';

const LIST_TYPE: Record<BodyList, Entry['type']> = {
  organization: 'Organization', person: 'Person', meeting: 'Meeting', paper: 'Paper', agendaItem: 'AgendaItem', consultation: 'Consultation',
  file: 'File', location: 'Location', legislativeTerm: 'LegislativeTerm', membership: 'Membership',
};

/** Generated files (the public meeting book, the public minutes) have ids `motesbok-<meeting>` / `protokoll-<meeting>`. */
const GENERATED_FILE = /^(motesbok|protokoll)-([0-9a-f-]{36})$/;

export async function oparlRoutes(app: FastifyInstance, { services, config }: RouteDeps): Promise<void> {
  const urls = new OparlUrls(config.baseUrl.replace(/\/$/, ''));
  const bodyIds = async () => (await services.db.select({ id: bodies.id }).from(bodies).orderBy(asc(bodies.createdAt), asc(bodies.id))).map((b) => b.id);
  /** Objects belong to one body; find the catalog that holds the id (installations have one body or a few). */
  const catalogs = async (): Promise<Catalog[]> => (await Promise.all((await bodyIds()).map((id) => loadCatalog(services, id, urls)))).filter((c): c is Catalog => !!c);
  const catalogOf = async (bodyId: string) => (isUuid(bodyId) ? loadCatalog(services, bodyId, urls) : undefined);

  await app.register(async (api) => {
    api.addHook('onSend', async (_request, reply, payload) => {
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60').header('x-content-type-options', 'nosniff');
      return payload;
    });

    api.get('/', { schema: { hide: true } }, async () => {
      const all = await catalogs();
      return systemObject(urls, all.map((c) => ({ created: c.created, modified: c.modified })));
    });

    api.get('/body', { schema: { hide: true } }, async (request) => {
      const q = parseListQuery(request.query as Record<string, unknown>);
      const all = await catalogs();
      const entries: Entry[] = all.map((c) => ({ type: 'Body', id: String(c.body.id).split('/').pop()!, created: c.created, modified: c.modified, public: true, tombstone: false, build: () => c.body }));
      return listPage(urls, urls.bodies(), entries, q);
    });

    api.get('/body/:id', { schema: { hide: true } }, async (request) => {
      const catalog = await catalogOf((request.params as { id: string }).id);
      if (!catalog) throw notFound('Kommunen');
      return catalog.body;
    });

    api.get('/body/:id/:list', { schema: { hide: true } }, async (request) => {
      const { id, list } = request.params as { id: string; list: string };
      if (!(BODY_LISTS as readonly string[]).includes(list)) throw notFound('Listan');
      const q = parseListQuery(request.query as Record<string, unknown>);
      const catalog = await catalogOf(id);
      if (!catalog) throw notFound('Kommunen');
      return listPage(urls, urls.bodyList(id, list as BodyList), catalog.entries.get(LIST_TYPE[list as BodyList])!, q);
    });

    api.get('/organization/:id/meeting', { schema: { hide: true } }, async (request) => {
      const { id } = request.params as { id: string };
      const q = parseListQuery(request.query as Record<string, unknown>);
      const catalog = (await catalogs()).find((c) => c.entries.get('Organization')!.some((e) => e.id === id && e.public));
      if (!catalog) throw notFound('Organet');
      return listPage(urls, urls.organizationMeetings(id), catalog.entries.get('Meeting')!.filter((e) => e.organId === id), q);
    });

    api.get('/:type/:id', { schema: { hide: true } }, async (request) => {
      const { type: segment, id } = request.params as { type: string; id: string };
      const type = segmentType(segment);
      if (!type || type === 'Body') throw notFound('Objektet');
      const generated = type === 'File' ? GENERATED_FILE.exec(id) : null;
      for (const catalog of await catalogs()) {
        if (generated) {
          const meeting = catalog.entries.get('Meeting')!.find((e) => e.id === generated[2] && e.public)?.build();
          const file = meeting?.[generated[1] === 'motesbok' ? 'invitation' : 'resultsProtocol'];
          if (file) return file;
          continue;
        }
        if (!isUuid(id)) break;
        const object = findEntry(catalog, urls, type, id);
        if (object) return object;
      }
      throw notFound('Objektet');
    });
  }, { prefix: OPARL_PREFIX });
}
