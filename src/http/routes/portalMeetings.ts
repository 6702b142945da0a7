/**
 * Portal pages of organs and meetings: /organ, /organ/:organ, /sammantraden, /organ/:organ/:meeting and the
 * minutes page /organ/:organ/:meeting/protokoll. Unknown or non-public addresses answer 404 with a page.
 */
import type { FastifyInstance } from 'fastify';
import { swedishDate } from '../../domain/dates.ts';
import { calendarPage } from '../../portal/calendarPage.ts';
import { meetingPage } from '../../portal/meetingPage.ts';
import { minutesPage } from '../../portal/minutesPage.ts';
import { notFoundPage } from '../../portal/notFoundPage.ts';
import { organPage } from '../../portal/organPage.ts';
import { organsPage } from '../../portal/organsPage.ts';
import { portalUrls } from '../../portal/urls.ts';
import { getPortalMeeting } from '../../use-cases/public/portalMeeting.ts';
import { publicMinutesDocument } from '../../use-cases/public/portalMinutes.ts';
import { getPortalOrgan, listPortalMeetings, listPortalOrgans, splitMeetings } from '../../use-cases/public/portalOrgans.ts';
import type { RouteDeps } from './deps.ts';
import { portalBodyOrEmpty, sendPage } from './portalReply.ts';

type OrganParams = { organ: string };
type MeetingParams = { organ: string; meeting: string };
const hidden = { schema: { hide: true } };

export async function portalMeetingRoutes(app: FastifyInstance, { services }: RouteDeps): Promise<void> {
  const organsBack = { url: portalUrls.organs(), label: 'Till alla organ' };

  app.get('/organ', hidden, async (_r, reply) => {
    const b = await portalBodyOrEmpty(services);
    return sendPage(reply, organsPage(b.name, b.id ? await listPortalOrgans(services, b.id) : []));
  });

  app.get<{ Params: OrganParams }>('/organ/:organ', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const organ = b.id ? await getPortalOrgan(services, b.id, r.params.organ) : undefined;
    return organ ? sendPage(reply, organPage(b.name, organ)) : sendPage(reply, notFoundPage(b.name, 'Organet', organsBack, portalUrls.organs()), 404);
  });

  app.get('/sammantraden', hidden, async (_r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const today = swedishDate(services.clock.now());
    const { coming, past } = splitMeetings(b.id ? await listPortalMeetings(services, b.id) : [], today);
    return sendPage(reply, calendarPage(b.name, coming, past, today));
  });

  app.get<{ Params: MeetingParams }>('/organ/:organ/:meeting', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const detail = b.id ? await getPortalMeeting(services, b.id, r.params.organ, r.params.meeting) : undefined;
    return detail ? sendPage(reply, meetingPage(b.name, detail)) : sendPage(reply, notFoundPage(b.name, 'Sammanträdet', organsBack, portalUrls.organs()), 404);
  });

  app.get<{ Params: MeetingParams }>('/organ/:organ/:meeting/protokoll', hidden, async (r, reply) => {
    const b = await portalBodyOrEmpty(services);
    const detail = b.id ? await getPortalMeeting(services, b.id, r.params.organ, r.params.meeting) : undefined;
    const doc = detail?.minutes ? await publicMinutesDocument(services, b.id, detail.meeting.id) : undefined;
    if (!detail?.minutes || !doc) return sendPage(reply, notFoundPage(b.name, 'Protokollet', organsBack, portalUrls.organs()), 404);
    return sendPage(reply, minutesPage(b.name, {
      doc, organName: detail.meeting.organName, organUrl: detail.organUrl, meetingUrl: detail.meeting.url, pdfUrl: detail.minutes.pdfUrl, date: detail.meeting.date,
    }));
  });
}
