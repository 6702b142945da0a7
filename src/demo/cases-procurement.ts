/**
 * Agenda items 178–180: procurements before award. The reference meeting book lists them but publishes no
 * documents (secret under OSL 19 kap. 3 §). Their case numbers are invented, and every text below is a
 * fictional placeholder with no real supplier or tender data. Each text carries a marker string so tests can
 * prove that secret content never reaches a public view, export or log.
 */
import type { DemoCase, DemoDocument } from './types.ts';
import { paragraphs } from './text.ts';

export const procurementSecrecy = { legalGround: 'OSL 19 kap. 3 §', organCode: 'KSNAU' } as const;

/** One marker per procurement case; each appears in the text of both of that case's documents. */
export const procurementMarkers = {
  'KS-2024/00410': 'HEMLIG-ANBUD-LAB-7731',
  'KS-2024/00415': 'HEMLIG-ANBUD-STOL-2318',
  'KS-2024/00420': 'HEMLIG-ANBUD-TEL-4406',
} as const;

const placeholderNotice =
  'FIKTIV PLATSHÅLLARTEXT – demodata. Texten innehåller inga uppgifter ur verkliga anbud och inga verkliga leverantörer.';

interface ProcurementSpec {
  number: keyof typeof procurementMarkers;
  title: string;
  subject: string;
  /** "Beslut tilldelning" or "val av leverantör", as in the agenda title. */
  decision: string;
  openedOn: string;
  reportDate: string;
}

function procurementDocuments(spec: ProcurementSpec): DemoDocument[] {
  const marker = procurementMarkers[spec.number];
  const heading = `Tjänsteskrivelse\n${spec.reportDate}\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: ${spec.number}`;
  return [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: spec.reportDate,
      description: `Tjänsteskrivelse – ${spec.subject}, ${spec.decision}`,
      publicDescription: `Tjänsteskrivelse – upphandling, ${spec.decision}`,
      secrecy: procurementSecrecy,
      fileText: paragraphs(
        placeholderNotice,
        heading,
        spec.title,
        `Förslag till beslut\nKommunstyrelsens näringslivs- och arbetsutskott beslutar\natt anta Leverantör A (fiktiv) som leverantör avseende ${spec.subject} i enlighet med bifogad anbudsutvärdering\natt uppdra åt upphandlingsavdelningen att teckna avtal när avtalsspärren löpt ut`,
        `Ärendebeskrivning\nUpphandlingen har genomförts som ett öppet förfarande. Tre anbud från de fiktiva leverantörerna A, B och C har kommit in och prövats mot ska-kraven. Leverantör A (fiktiv) har lämnat det ekonomiskt mest fördelaktiga anbudet enligt utvärderingsmodellen.`,
        'Uppgifterna i ärendet omfattas av sekretess enligt 19 kap. 3 § offentlighets- och sekretesslagen till dess att samtliga anbud offentliggjorts, beslut om leverantör fattats eller ärendet annars slutförts.',
        'Beslutsunderlag\nAnbudsutvärdering (bilaga)',
        'Beredningsansvariga\nUpphandlare (fiktiv)',
        `Kontrollmarkering: ${marker}`,
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: spec.reportDate,
      description: `Anbudsutvärdering – ${spec.subject}`,
      publicDescription: 'Anbudsutvärdering',
      secrecy: procurementSecrecy,
      fileText: paragraphs(
        placeholderNotice,
        `Anbudsutvärdering – ${spec.subject}\nDnr: ${spec.number}`,
        'Leverantör A (fiktiv): uppfyller samtliga ska-krav; anbudspris 1 000 000 kr (fiktivt); utvärderingspris 940 000 kr; rangordning 1\nLeverantör B (fiktiv): uppfyller samtliga ska-krav; anbudspris 1 150 000 kr (fiktivt); utvärderingspris 1 120 000 kr; rangordning 2\nLeverantör C (fiktiv): uppfyller inte ska-krav 4.2; anbudet förkastas',
        `Kontrollmarkering: ${marker}`,
      ),
    },
  ];
}

function procurementCase(spec: ProcurementSpec): DemoCase {
  return {
    number: spec.number,
    title: spec.title,
    organCode: 'KSNAU',
    caseOfficer: 'handlaggare',
    openedOn: spec.openedOn,
    status: 'open',
    documents: procurementDocuments(spec),
  };
}

/** § 178/24 */
export const laboratoryServices = procurementCase({
  number: 'KS-2024/00410',
  title: 'Upphandling: Laboratorietjänster 2024 - Beslut tilldelning',
  subject: 'laboratorietjänster 2024',
  decision: 'beslut om tilldelning',
  openedOn: '2024-04-22',
  reportDate: '2024-05-07',
});

/** § 179/24 */
export const auditoriumChairs = procurementCase({
  number: 'KS-2024/00415',
  title: 'Upphandling: Stolar Aula Maja Beskowskolan 23310 – val av leverantör',
  subject: 'stolar till aulan på Maja Beskowskolan (upphandling 23310)',
  decision: 'val av leverantör',
  openedOn: '2024-04-23',
  reportDate: '2024-05-08',
});

/** § 180/24 */
export const telephonyServiceAgreement = procurementCase({
  number: 'KS-2024/00420',
  title: 'Upphandling: Serviceavtal telefoniplattform med diarienummer 24115',
  subject: 'serviceavtal för telefoniplattform (upphandling 24115)',
  decision: 'beslut om tilldelning',
  openedOn: '2024-04-25',
  reportDate: '2024-05-13',
});
