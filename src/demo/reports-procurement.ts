/**
 * Official reports of agenda items 178–180: procurements before award, secret under OSL 19 kap. 3 §. The
 * reference book publishes nothing for them, so every report here is a fictional placeholder. Each
 * description carries its case's marker string so tests can prove it never reaches a public view.
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { auditoriumChairs, laboratoryServices, procurementMarkers, telephonyServiceAgreement } from './cases-procurement.ts';
import type { DemoCase } from './types.ts';
import { blocks, p, table } from './reports-html.ts';

const fictionalOfficer = { name: 'Upphandlare (fiktiv)', title: 'Upphandlingsavdelningen' };
const fictionalHead = { name: 'Upphandlingschef (fiktiv)', title: 'Upphandlingsavdelningen' };

function procurementReport(demoCase: DemoCase, subject: string): ReportContent {
  const marker = procurementMarkers[demoCase.number as keyof typeof procurementMarkers];
  const report = demoCase.documents.find((d) => d.kind === 'official_report');
  if (!marker || !report) throw new Error(`procurement case ${demoCase.number} lacks a marker or a report`);
  return {
    date: report.registeredDate,
    title: demoCase.title,
    decision: 'decides',
    proposesTo: null,
    clauses: [
      `anta Leverantör A (fiktiv) som leverantör avseende ${subject} i enlighet med bifogad anbudsutvärdering`,
      'uppdra åt upphandlingsavdelningen att teckna avtal när avtalsspärren löpt ut',
    ],
    description: blocks(
      p('<strong>FIKTIV PLATSHÅLLARTEXT – demodata.</strong> Texten innehåller inga uppgifter ur verkliga anbud och inga verkliga leverantörer.'),
      p(
        `Upphandlingen av ${subject} har genomförts som ett öppet förfarande. Tre anbud från de fiktiva leverantörerna A, B och C har kommit in och prövats mot ska-kraven. Leverantör A (fiktiv) har lämnat det ekonomiskt mest fördelaktiga anbudet enligt utvärderingsmodellen.`,
      ),
      table(
        ['Leverantör', 'Ska-krav', 'Anbudspris (kr)', 'Utvärderingspris (kr)', 'Rangordning'],
        [
          ['Leverantör A (fiktiv)', 'Uppfyllda', '1 000 000', '940 000', '1'],
          ['Leverantör B (fiktiv)', 'Uppfyllda', '1 150 000', '1 120 000', '2'],
          ['Leverantör C (fiktiv)', 'Krav 4.2 ej uppfyllt', '–', '–', 'Förkastas'],
        ],
        { rowHeaders: true },
      ),
      p(
        'Uppgifterna i ärendet omfattas av sekretess enligt 19 kap. 3 § offentlighets- och sekretesslagen till dess att samtliga anbud offentliggjorts, beslut om leverantör fattats eller ärendet annars slutförts.',
        `Kontrollmarkering: ${marker}`,
      ),
    ),
    basis: [{ documentId: null, text: 'Anbudsutvärdering (bilaga)' }],
    preparedBy: [fictionalOfficer],
    distribution: ['Upphandlingsavdelningen'],
    signatories: [fictionalHead],
  };
}

/** § 178/24 */
export const laboratoryServicesReport = procurementReport(laboratoryServices, 'laboratorietjänster 2024');
/** § 179/24 */
export const auditoriumChairsReport = procurementReport(auditoriumChairs, 'stolar till aulan på Maja Beskowskolan (upphandling 23310)');
/** § 180/24 */
export const telephonyServiceAgreementReport = procurementReport(telephonyServiceAgreement, 'serviceavtal för telefoniplattform (upphandling 24115)');
