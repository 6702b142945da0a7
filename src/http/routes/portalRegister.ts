/**
 * Portal pages of the public register and the search: /arenden (list with paging), /arenden/:case and /sok.
 */
import type { FastifyInstance } from 'fastify';
import { casePage } from '../../portal/casePage.ts';
import { casesPage } from '../../portal/casesPage.ts';
import { DOCUMENT_KIND_LABELS } from '../../portal/format.ts';
import { notFoundPage } from '../../portal/notFoundPage.ts';
import { searchPage } from '../../portal/searchPage.ts';
import { organSlug, portalUrls } from '../../portal/urls.ts';
import { getPortalCase, listPortalCases } from '../../use-cases/public/portalCases.ts';
import { publicDocumentAddress } from '../../use-cases/public/publicDocument.ts';
import { listPortalOrgans } from '../../use-cases/public/portalOrgans.ts';
import { portalSearch, searchFilters } from '../../use-cases/public/portalSearch.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';

const hidden = { schema: { hide: true } };
const KINDS = [{ value: 'case', label: 'Ärenden' }, { value: 'minutes', label: 'Protokoll' }, ...Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))];

export async function portalRegisterRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  app.get<{ Querystring: Record<string, unknown> }>('/arenden', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const q = typeof r.query.q === 'string' ? r.query.q : '';
    const page = Number(typeof r.query.sida === 'string' ? r.query.sida : 1) || 1;
    const list = b.id ? await listPortalCases(services, b.id, { q, page }) : { items: [], total: 0, page: 1, pages: 1, query: '' };
    return sendPage(reply, casesPage(b.name, list));
  });

  app.get<{ Params: { case: string } }>('/arenden/:case', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const detail = b.id ? await getPortalCase(services, b.id, r.params.case) : undefined;
    return detail ? sendPage(reply, casePage(b.name, detail))
      : sendPage(reply, notFoundPage(b.name, 'Ärendet', { url: portalUrls.cases(), label: 'Till diariet' }, portalUrls.cases()), 404);
  });

  app.get<{ Params: { id: string } }>('/handlingar/:id', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const address = b.id ? await publicDocumentAddress(services, b.id, r.params.id) : undefined;
    return address ? reply.redirect(address)
      : sendPage(reply, notFoundPage(b.name, 'Handlingen', { url: portalUrls.cases(), label: 'Till diariet' }, portalUrls.cases()), 404);
  });

  app.get<{ Querystring: Record<string, unknown> }>('/sok', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const organs = b.id ? (await listPortalOrgans(services, b.id)).map((o) => ({ slug: organSlug(o.code), name: o.name })) : [];
    const filters = searchFilters(r.query, organs.map((o) => o.slug), KINDS.map((k) => k.value));
    const result = filters.q && b.id ? await portalSearch(services, b.id, filters) : null;
    return sendPage(reply, searchPage(b.name, filters, { organs, kinds: KINDS }, result));
  });
}
