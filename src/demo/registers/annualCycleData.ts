/**
 * The annual cycle of the demo municipality: "Viktiga datum för Umeå kommuns nämnder 2025" and "… bolag 2025"
 * (Bilaga 8 of § 177, KS-2023/00651-4) row by row as published — the date as printed (the lists' own spellings:
 * "05-feb", "26-sept", "13 maj", the period "31 mar -8 apr"), the activity heading and its text — with KS as the
 * responsible organ where the text sends something to "KS diarium"; the council's own dates for its årshjul
 * (Bilaga 6, KS-2023/00651-2); and the council's meeting days of 2025 from Bilaga 7 (KF kl. 9.00).
 */

export interface DemoDeadline {
  /** The date as the published list prints it. */
  printed: string;
  heading: string;
  text: string;
  deliverer: string;
  /** Responsible organ (the one whose diarium receives). */
  organCode?: 'KS';
}

export const year = 2025;
export const municipality = 'Umeå kommun';

const committees = 'Samtliga nämnder';
const companies = 'Samtliga bolag';

export const committeeDeadlines: DemoDeadline[] = [
  { printed: '27-jan', heading: 'Verksamhetsdagen i KF', text: 'Förvaltningar lämnar information till KF om möjligheter/utmaningar 3–5 år.', deliverer: committees },
  { printed: '05-feb', heading: 'Underlag till Årsredovisning', text: 'Förvaltningens förslag till KS-rapport från xxx-nämnden för perioden jan-dec 2024 ska vara färdigt och inskickat till SLK Ekonomi.', deliverer: committees },
  { printed: '24-feb', heading: 'Underlag till Årsredovisning', text: 'XXX-nämndens fastställda rapport till KS/KF för perioden jan-dec 2024 (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK Ekonomi.', deliverer: committees, organCode: 'KS' },
  { printed: '24-feb', heading: 'Uppföljning Intern kontroll fg år', text: 'Nämndens beslut om att Intern kontrollen under föregående år varit ändamålsenlig och tillräcklig samt nämnden godkännande av uppföljning av internkontrollplan för föregående ska vara inskickad till KS diarium.', deliverer: committees, organCode: 'KS' },
  { printed: '21-mar', heading: 'Planering och budget nästkommande år', text: 'Sista datum för nämnd att lämna yttrande på SLK:s förslag till planeringsdirektiv samt inkomma med förslag till revidering av taxor och avgifter. Sista datum för Personalnämnden att lämna yttrande över löneutveckling och personalpolitiska mål', deliverer: committees },
  { printed: '31 mar -8 apr', heading: 'Planering och budget nästkommande år', text: 'Planeringsdialog - nämnder presenterar sina yttranden för KS:nau', deliverer: committees },
  { printed: '13-maj', heading: 'Förenklad rapport jan-apr', text: 'Förvaltningens förslag till förenklad KS/KF-rapport fr nämnden för perioden jan-april färdigt och inskickat till SLK ekonomi.', deliverer: committees },
  { printed: '26-maj', heading: 'Förenklad rapport jan-apr', text: 'Nämndens fastställda rapport till KS/KF för perioden jan-april (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK ekonomi.', deliverer: committees, organCode: 'KS' },
  { printed: '26-maj', heading: 'Uppföljning Intern Kontroll jan-apr', text: 'Nämndens uppföljning av internkontrollplan för perioden jan-april inskickad till KS diarium.', deliverer: committees, organCode: 'KS' },
  { printed: '15-sep', heading: 'Delårsrapport jan-aug', text: 'Förvaltningens förslag till KS/KF-rapport fr nämnden för perioden januari-augusti färdigt och inskickat till SLK ekonomi.', deliverer: committees },
  { printed: '26-sept', heading: 'TN:s detaljbudget', text: 'Sista datum för TN att lämna fastställd detaljbudget till KS, FoGn och GyVn.', deliverer: 'Tekniska nämnden' },
  { printed: '26-sep', heading: 'Delårsrapport jan-aug', text: 'Nämndens fastställda rapport till KS/KF för perioden jan-aug (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK Ekonomi.', deliverer: committees, organCode: 'KS' },
  { printed: '26-sep', heading: 'Uppföljning Intern kontroll jan-aug', text: 'Nämndens uppföljning av internkontrollplan för perioden jan-aug innevarande år inskickad till KS diarium', deliverer: committees, organCode: 'KS' },
  { printed: '14-nov', heading: 'Investeringsplanering och budget nästkommande år', text: 'TN lämnar fastställt förslag till investeringsbudget och plan samt 10-årig investeringsunderlag till KS diarium', deliverer: 'Tekniska nämnden', organCode: 'KS' },
  { printed: '26-nov', heading: 'Verksamhetsplan och budget för 2026', text: 'Sista datum för nämnder att lämna nämndens fastställda Verksamhetsplan (inkl. detaljbudget). Plan för styrning och uppföljning av verksamhet som utförs av externa utförare samt Riskanalys och Internkontrollplan för nästkommande verksamhetsår till KS diarium.', deliverer: committees, organCode: 'KS' },
  { printed: '8 dec', heading: 'Nuläge & framtid', text: 'Presentation av planeringsförutsättningar och förslag till planeringsdirektiv för 2027.', deliverer: committees },
];

export const companyDeadlines: DemoDeadline[] = [
  { printed: '13-feb', heading: 'Underlag till Årsredovisning', text: 'Bolag lämnar underlag till SLK ekonomi - rapportpaket Cognos/mail', deliverer: companies },
  { printed: '24-feb', heading: 'Underlag till Årsredovisning', text: 'Bolagets förslag till KS/KF-rapport från xxx-bolaget för perioden jan-dec 2024 färdigt och inskickat till SLK ekonomi.', deliverer: companies },
  { printed: '24-feb', heading: 'Bolagsdagen i KF', text: '', deliverer: companies },
  { printed: '14-mar', heading: 'Underlag till Årsredovisning', text: 'XXX-bolagets fastställda rapport till KS/KF för perioden jan-dec 2024 (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK ekonomi.', deliverer: companies, organCode: 'KS' },
  { printed: '21-mar', heading: 'Planering nästkommande år', text: 'Sista datum för UKF/bolag att lämna yttrande på SLK:s förslag till planeringsförutsättningar samt inkomma med förslag till revidering av eventuella taxor och avgifter.', deliverer: 'UKF och bolagen' },
  { printed: '31 mar -8 apr', heading: 'Planering nästkommande år', text: 'Planeringsdialog – UKF och berörda bolag presenterar sina yttranden för KSnu', deliverer: 'UKF och berörda bolag' },
  { printed: '13 maj', heading: 'Förenklad rapport jan-apr', text: 'Bolag lämnar underlag till SLK ekonomi - rapportpaket Cognos/mail.', deliverer: companies },
  { printed: '13 maj', heading: 'Förenklad rapport jan-apr', text: 'Bolagets förslag till KS/KF-rapport från xxx-bolaget för perioden jan-april färdigt och inskickat till SLK ekonomi.', deliverer: companies },
  { printed: '15-maj', heading: 'Underlag för KS uppsiktspflicht', text: 'Sista dag för UKF att överlämna underlag till KS för uppsiktspflichtens verkställande', deliverer: 'UKF' },
  { printed: '27-maj', heading: 'Förenklad rapport jan-apr', text: 'UKF:s rapport (verksamhetsberättelse/underlag) till KS/KF för perioden jan-april ska vara inskickad till KS diarium och SLK ekonomi.', deliverer: 'UKF', organCode: 'KS' },
  { printed: '15-sep', heading: 'Delårsrapport jan-aug', text: 'Bolag lämnar underlag till SLK ekonomi - rapportpaket Cognos/mail.', deliverer: companies },
  { printed: '15-sep', heading: 'Delårsrapport jan-aug', text: 'Bolagets förslag till KS/KF-rapport från xxx-bolaget för perioden jan-aug 2024 färdigt och inskickat till SLK ekonomi.', deliverer: companies },
  { printed: '29-sep', heading: 'Delårsrapport jan-aug', text: 'Styrelsen för Umeå folkets hus skickar fastställd rapport till KS diarium och SLK ekonomi.', deliverer: 'Umeå folkets hus', organCode: 'KS' },
  { printed: '29-sep', heading: 'Delårsrapport jan-aug', text: 'Av respektive bolagsstyrelse fastställd rapport till KS/KF (direktjusterad vid sammanträde om så behövs) skickas till UKF för överlämning till KS diarium och SLK ekonomi.', deliverer: companies, organCode: 'KS' },
  { printed: '8 dec', heading: 'Nuläge & framtid', text: 'Presentation av planeringsförutsättningar och förslag till planeringsdirektiv för 2027.', deliverer: companies },
];

/** The council's own dates of its årshjul: the days the lists hold in the council (Verksamhetsdagen, Bolagsdagen, Nuläge & framtid). */
export const councilDeadlines: DemoDeadline[] = [
  { printed: '27-jan', heading: 'Verksamhetsdagen i KF', text: 'Förvaltningar lämnar information till KF om möjligheter/utmaningar 3–5 år.', deliverer: 'Förvaltningarna' },
  { printed: '24-feb', heading: 'Bolagsdagen i KF', text: '', deliverer: companies },
  { printed: '8 dec', heading: 'Nuläge & framtid', text: 'Presentation av planeringsförutsättningar och förslag till planeringsdirektiv för 2027.', deliverer: 'Stadsledningskontoret' },
];

/** Kommunfullmäktige's meeting days 2025 (Bilaga 7), kl. 9.00. */
export const councilMeetings2025: string[] = [
  '2025-01-27', '2025-02-24', '2025-03-31', '2025-04-28', '2025-05-26', '2025-06-16',
  '2025-08-25', '2025-09-29', '2025-10-27', '2025-11-24', '2025-12-15',
];

/** Reminders for the dates the KS diarium receives: 14 and 3 days before, to the staff with access to KS. */
export const ksReminderDays: number[] = [14, 3];

/** The demo copies the 2025 deadlines to these years, so today's calendar and reminders have dates. */
export const copyToYears: number[] = [2026, 2027];

/** The caveat printed under the årshjul's title (Bilaga 6). */
export const wheelNote = 'Observera att nedanstående planering gäller under förutsättning att föreslagna sammanträdestider fastställs och att ordinarie planerings- och uppföljningsprocess följs. Observera även att det kan tillkomma ytterligare aktiviteter';

/** The note under the titles of the lists (Bilaga 8). */
export const listNote = 'Observera att detaljerad information om nedanstående aktiviteter lämnas i separata anvisningar.';
