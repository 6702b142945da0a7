/**
 * Structured content of every demo official report (tjänsteskrivelse), keyed by document number
 * (`{case}-{n}`), and the agenda of the reference meeting (KSNAU 2024-05-21, §§ 177–189).
 * Plain typed constants only — no I/O.
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { climateNeutralityGrantReport, environmentRideReport, northSwedenStockholmOfficeReport, planningDirectiveReport } from './reports-planning.ts';
import { auditoriumChairsReport, laboratoryServicesReport, telephonyServiceAgreementReport } from './reports-procurement.ts';
import { auditEnvironmentalGoalsReport, auditProtectedDataReport, motionCowOnRootReport, motionTaiwanReport } from './reports-council.ts';
import { followUpJanAprReport, soundFinancialManagementReport } from './reports-followup.ts';

export const officialReports: Record<string, ReportContent> = {
  'KS-2023/00651-1': planningDirectiveReport,
  'KS-2024/00410-1': laboratoryServicesReport,
  'KS-2024/00415-1': auditoriumChairsReport,
  'KS-2024/00420-1': telephonyServiceAgreementReport,
  'KS-2024/00361-2': northSwedenStockholmOfficeReport,
  'KS-2024/00456-1': climateNeutralityGrantReport,
  'KS-2024/00457-1': environmentRideReport,
  'KS-2024/00167-2': motionCowOnRootReport,
  'KS-2024/00179-2': motionTaiwanReport,
  'KS-2024/00133-2': auditProtectedDataReport,
  'KS-2023/00675-2': auditEnvironmentalGoalsReport,
  'KS-2024/00482-1': followUpJanAprReport,
  'KS-2024/00500-1': soundFinancialManagementReport,
};

export type MeetingSection = 'Planeringsdirektiv' | 'Beslutsärenden' | 'Till KS/KF' | 'Information';

export interface MeetingItem {
  caseNumber: string;
  section: MeetingSection;
  paragraph: number;
  /** Exactly as in the agenda of the reference book. */
  title: string;
  kind: 'decision' | 'information' | 'to_council';
  public: boolean;
  /** Who presents the item, where the book names one. */
  presenter?: string;
}

/** The agenda of KSNAU 2024-05-21 in order. Procurement items (178–180) are closed to the public. */
export const meetingItems: MeetingItem[] = [
  { caseNumber: 'KS-2023/00651', section: 'Planeringsdirektiv', paragraph: 177, title: 'Planeringsdirektiv och budget 2025 samt plan 2026-2028', kind: 'to_council', public: true },
  { caseNumber: 'KS-2024/00410', section: 'Beslutsärenden', paragraph: 178, title: 'Upphandling: Laboratorietjänster 2024 - Beslut tilldelning', kind: 'decision', public: false },
  { caseNumber: 'KS-2024/00415', section: 'Beslutsärenden', paragraph: 179, title: 'Upphandling: Stolar Aula Maja Beskowskolan 23310 – val av leverantör', kind: 'decision', public: false },
  { caseNumber: 'KS-2024/00420', section: 'Beslutsärenden', paragraph: 180, title: 'Upphandling: Serviceavtal telefoniplattform med diarienummer 24115', kind: 'decision', public: false },
  { caseNumber: 'KS-2024/00361', section: 'Beslutsärenden', paragraph: 181, title: 'Medfinansiering: North Sweden Stockholm Office 2024-2027', kind: 'decision', public: true },
  { caseNumber: 'KS-2024/00456', section: 'Beslutsärenden', paragraph: 182, title: 'Utvecklingsanslag klimatneutralitet, förslag på utdelning våren 24', kind: 'decision', public: true },
  { caseNumber: 'KS-2024/00457', section: 'Beslutsärenden', paragraph: 183, title: 'Utdelning av Miljöskjutsen 2024', kind: 'information', public: true },
  { caseNumber: 'KS-2024/00167', section: 'Till KS/KF', paragraph: 184, title: 'Motion 2/2024: "Ko på rot" för mer lokalproducerad mat; Veronica Kerr (KD)', kind: 'to_council', public: true },
  { caseNumber: 'KS-2024/00179', section: 'Till KS/KF', paragraph: 185, title: 'Motion 4/2024: Fördjupad relation mellan Umeå kommun och Taiwan; Cathrin Alenskär', kind: 'to_council', public: true },
  { caseNumber: 'KS-2024/00133', section: 'Till KS/KF', paragraph: 186, title: 'Revisionsrapport: Granskning av kommunens hantering av skyddade personuppgifter', kind: 'to_council', public: true },
  { caseNumber: 'KS-2023/00675', section: 'Till KS/KF', paragraph: 187, title: 'Revisionsrapport: Granskning av kommunens arbete med miljömål', kind: 'to_council', public: true },
  { caseNumber: 'KS-2024/00482', section: 'Till KS/KF', paragraph: 188, title: 'Verksamhetsuppföljning kommunstyrelsens verksamheter jan-april 2024', kind: 'to_council', public: true },
  { caseNumber: 'KS-2024/00500', section: 'Information', paragraph: 189, title: 'Information: God ekonomisk hushållning', kind: 'information', public: true, presenter: 'Lena Höök Gustafsson, ekonomidirektör' },
];
