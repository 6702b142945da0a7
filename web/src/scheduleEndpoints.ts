// Typed calls to the schedule routes (sammanträdesplan) of the staff API.
import { api } from './api.ts';
import type { MeetingState } from './meetingTypes.ts';

export interface ScheduleView {
  organId: string;
  organCode: string;
  organName: string;
  year: number;
  schedule: { defaultStartTime: string; defaultPlace: string; noticeDays: number } | null;
  meetings: { id: string; date: string; startTime: string; place: string; state: MeetingState; fromSchedule: boolean }[];
}

export interface ScheduleInput {
  organId: string;
  year: number;
  defaultStartTime: string;
  defaultPlace: string;
  noticeDays: number;
  /** One date per line: `2025-01-14`, `2025-01-28 14:30`, `2025-02-11 14:30 Stadshuset, sal A`. */
  datesText: string;
}

export const getSchedule = (organId: string, year: string, signal?: AbortSignal) =>
  api.get<ScheduleView>('/schedules', { organId, year }, signal);
export const saveSchedule = (body: ScheduleInput) => api.put<ScheduleView>('/schedules', body);
