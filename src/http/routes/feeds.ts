/**
 * The public feeds: Atom of the notice board (/anslagstavla.atom) and of published minutes (/protokoll.atom),
 * and each organ's iCalendar (/organ/:organ/kalender.ics). Answered with an ETag (304 when unchanged),
 * Last-Modified for the Atom feeds, and a few minutes' public cache lifetime.
 */
import type { FastifyInstance } from 'fastify';
import { feedUpdated, renderAtom } from '../../portal/feedsAtom.ts';
import { boardFeed, minutesFeed, organCalendarFeed } from '../../portal/feedsData.ts';
import { notFound } from '../../domain/errors.ts';
import { sendCacheable } from '../security.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty } from './portalReply.ts';

const hidden = { schema: { hide: true } };
const FEED_CACHE = 'public, max-age=300';
const ATOM = 'application/atom+xml; charset=utf-8';

export async function feedRoutes(app: FastifyInstance, { services, config }: RouteDeps): Promise<void> {
  const base = config.baseUrl.replace(/\/$/, '');

  app.get('/anslagstavla.atom', hidden, async (request, reply) => {
    const feed = await boardFeed(services, await portalBodyOrEmpty(services), base);
    return sendCacheable(request, reply, { body: renderAtom(feed), type: ATOM, cacheControl: FEED_CACHE, lastModified: feedUpdated(feed) });
  });

  app.get('/protokoll.atom', hidden, async (request, reply) => {
    const feed = await minutesFeed(services, await portalBodyOrEmpty(services), base);
    return sendCacheable(request, reply, { body: renderAtom(feed), type: ATOM, cacheControl: FEED_CACHE, lastModified: feedUpdated(feed) });
  });

  app.get<{ Params: { organ: string } }>('/organ/:organ/kalender.ics', hidden, async (request, reply) => {
    const ics = await organCalendarFeed(services, await portalBodyOrEmpty(services), request.params.organ, base);
    if (ics === undefined) throw notFound('Organet');
    return sendCacheable(request, reply, { body: ics, type: 'text/calendar; charset=utf-8', cacheControl: 'public, max-age=900' });
  });
}
