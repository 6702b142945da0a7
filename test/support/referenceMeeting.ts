/**
 * The reference meeting (KSNAU 2024-05-21) opened for conduct in a demo app, as the registers' tests need it to
 * let KSNAU decide a case: the clock on the meeting day, the five members present, the adjuster chosen.
 */
import { expect } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { loginAs, type Client, type DemoApp } from './http.ts';

export interface OpenedMeeting<View> { meetingId: string; secretary: Client; view: View }

export async function openReferenceMeeting<View>(demo: DemoApp): Promise<OpenedMeeting<View>> {
  demo.db.services.clock = fixedClock('2024-05-21T11:30:00Z');
  const secretary = await loginAs(demo.app, 'sekreterare');
  const [meeting] = await demo.query<{ id: string }>(`SELECT id FROM meetings WHERE date = '2024-05-21'`);
  const people = new Map((await demo.query<{ id: string; name: string }>(`SELECT id, given_name || ' ' || family_name AS name FROM people`)).map((p) => [p.name, p.id]));
  const opened = await secretary.post(`/meetings/${meeting.id}/conduct`, {
    present: ['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Jenny Brännström', 'Moa Selin'].map((n) => people.get(n)!),
    adjusterPersonIds: [people.get('Moa Selin')!], secretaryName: 'Ingrid Norlén', adjustmentPlace: 'Stadshuset', adjustmentDate: '2024-05-23', adjustmentTime: '10:00',
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return { meetingId: meeting.id, secretary, view: opened.json() as View };
}
