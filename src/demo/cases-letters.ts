/**
 * A letter from a private person with skyddade personuppgifter (protected identity). Not part of the
 * reference meeting book: the case, the person and the text are fictional. The marker string lets tests prove
 * that the protected content never reaches a public view, export or print.
 */
import type { DemoCase } from './types.ts';
import { paragraphs } from './text.ts';

export const protectedIdentityMarker = 'SKYDDAD-PERSON-5520';

const writer = {
  name: 'Linnea Sjölander',
  address: 'Skyddad adress',
  protectedIdentity: true,
};

export const schoolTransportLetter: DemoCase = {
  number: 'KS-2024/00512',
  title: 'Synpunkter på skolskjuts (avsändare med skyddade personuppgifter)',
  publicTitle: 'Synpunkter på skolskjuts',
  organCode: 'KS',
  caseOfficer: 'handlaggare',
  openedOn: '2024-05-20',
  status: 'open',
  documents: [
    {
      kind: 'letter',
      direction: 'incoming',
      registeredDate: '2024-05-20',
      description: 'Skrivelse med synpunkter på skolskjuts',
      publicDescription: 'Skrivelse från privatperson med synpunkter på skolskjuts',
      counterparty: writer,
      // The letter reveals where the writer's child goes to school and travels: secret under OSL 21 kap. 3 §.
      secrecy: { legalGround: 'OSL 21 kap. 3 §', organCode: 'KS' },
      fileText: paragraphs(
        'FIKTIV SKRIVELSE – demodata. Personen och uppgifterna är påhittade.',
        'Till Umeå kommun, kommunstyrelsen',
        'Synpunkter på skolskjuts',
        'Mitt barn har sedan terminsstarten åkt skolskjuts på morgonen från vår hållplats. Bussen har vid flera tillfällen kommit för sent eller inte kommit alls, och barnet har då fått vänta ensamt vid vägen. Jag vill att kommunen ser över tidtabellen och att någon kontaktar mig via min ombudsadress hos Skatteverket.',
        'Eftersom vi har skyddade personuppgifter ber jag att hållplatsen, skolan och tiderna inte lämnas ut till någon.',
        `Kontrollmarkering: ${protectedIdentityMarker}`,
        'Linnea Sjölander',
      ),
    },
    {
      kind: 'letter',
      direction: 'outgoing',
      registeredDate: '2024-05-20',
      description: 'Bekräftelse på mottagen skrivelse',
      publicDescription: 'Bekräftelse på mottagen skrivelse till privatperson',
      counterparty: writer,
      fileText: paragraphs(
        'FIKTIV SKRIVELSE – demodata.',
        'Tack för din skrivelse. Den är registrerad i kommunstyrelsens diarium under diarienummer KS-2024/00512 och har lämnats till ansvarig handläggare. Ärendet hanteras med hänsyn till dina skyddade personuppgifter.',
        'Umeå kommun\nKommunstyrelsen',
      ),
    },
  ],
};
