/**
 * Kommunstyrelsen's risk analysis and internal control plan 2024 with the T1 follow-up, verbatim from the
 * reference meeting book (§ 188/24, "Bilaga 2. KS uppföljning internkontrollplan jan-april 2024").
 * Probability and consequence are the 1–4 values of the labels the reference prints.
 */
export interface DemoRisk {
  number: string; controlArea: string; description: string; probability: number; consequence: number;
  control: { control: string; method: string; responsible: string; tertials: number[] };
  /** Comment per T1; `t1Unscheduled` where the control is not followed up in T1 by its frequency. */
  t1?: string; t1Unscheduled?: boolean;
}

export interface DemoRiskAnalysis {
  organCode: string; year: number; establishedOn: string;
  /** Who keeps the register (username) and when the T1 comments were written. */
  keptBy: string; t1RecordedAt: string;
  /** The case and document the generated PDF belongs to. */
  caseNumber: string; documentNumber: string;
  risks: DemoRisk[];
}

const COMPLIANCE = 'Kontroll av efterlevnad av regler, policyer och beslut';
const SECURITY = 'Säkerhet och krisberedskap';
const SYSTEMS = 'Kontroll av system och rutiner';
const ECONOMY = 'God ekonomisk hushållning';

export const ksRiskAnalysis2024: DemoRiskAnalysis = {
  organCode: 'KS', year: 2024, establishedOn: '2023-11-05',
  keptBy: 'ekonomi', t1RecordedAt: '2024-05-08T09:00:00+02:00',
  caseNumber: 'KS-2024/00482', documentNumber: 'KS-2024/00482-3',
  risks: [
    {
      number: 'R1', controlArea: 'Kompetensförsörjning', probability: 2, consequence: 3,
      description: 'Svårighet att tillgodose behov av kompetensförsörjning relaterat till enskilda funktioner inom KS verksamheter kan leda till negativ verksamhetspåverkan och brister i arbetsmiljö.',
      control: {
        control: 'Verkställa och vid behov komplettera KS kompetensförsörjningsplan med relevant aktivitetsplanering',
        method: 'Kontroll av att KS kompetensförsörjningsplan är uppdaterad och att aktiviteter genomförs enligt plan',
        responsible: 'HR-chef', tertials: [2, 3],
      },
    },
    {
      number: 'R2', controlArea: SECURITY, probability: 3, consequence: 4,
      description: 'Risk för att förtroendevalda och tjänstemän utsätts för hot och påtryckningar som leder till otillbörlig påverkan på verksamhet eller beslutsprocess.',
      control: {
        control: 'Säkerställa tydlig ansvarsfördelning och metoder för hur otillbörlig påverkan genom hot, påtryckningar eller påverkanskampanjer ska motverkas och hanteras.',
        method: 'Kontroll av att styrande dokument och rutiner inom området är framtagna och uppdaterade.',
        responsible: 'Säkerhetschef', tertials: [2],
      },
    },
    {
      number: 'R3', controlArea: SECURITY, probability: 2, consequence: 3,
      description: 'Risk för brister i gemensam inriktning i kommunens samlade beredskapsarbete.',
      control: {
        control: 'Säkerställa att beredskapsplaneringen i kommunen utgår från samma principer och att kompetensen inom området stärks.',
        method: 'Kontroll att styrande dokument inom området är fastställda och förankrade.',
        responsible: 'Säkerhetschef', tertials: [3],
      },
    },
    {
      number: 'R4', controlArea: SECURITY, probability: 4, consequence: 4,
      description: 'Risk för att kommunala medel finansierar organiserad brottslighet.',
      control: {
        control: 'Säkerställa tydlig ansvarsfördelning och arbetsätt/metoder för hur välfärdsbrott ska motverkas. Utveckla samverkan med andra aktörer.',
        method: 'Kontroll av att; -kunskapshöjande insatser genomförs i kommunens förvaltningar, - rutiner och arbetsätt finns - samt att strukturer för samverkan finns upprättade.',
        responsible: 'Säkerhetschef', tertials: [1, 2, 3],
      },
      t1: 'Kunskapshöjande insatser har genomförts i flera förvaltningar, och även för andra berörda aktörer i vårt närområde. Extern samverkan sker, bland annat inom ramen för LOS, MUR och CURA. Arbete pågår för att utveckla rutiner och stöd inom bland annat LOS- och CURA- samverkan. Det pågår även dialog för hur vi internt ska skapa strukturer för att motverka möjliggörare.',
    },
    {
      number: 'R5', controlArea: SECURITY, probability: 3, consequence: 4,
      description: 'Risk för negativ verksamhetspåverkan om det finns brister i kommunens systematiska informationssäkerhetsarbete.',
      control: {
        control: 'Kontroll av att information i prioriterade IT-system är säkerhetsklassificerad.',
        method: 'Kontroll av att prioriterade IT-system är informationsklassade med avseende på konfidentialitet, riktighet och tillgänglighet.',
        responsible: 'Enhetschef Juridik', tertials: [2, 3],
      },
    },
    {
      number: 'R6', controlArea: COMPLIANCE, probability: 3, consequence: 2,
      description: 'Risk för bristande kunskap om och/eller efterlevnad av fastställda representationsregler.',
      control: {
        control: 'Säkerställa att chefer och granskare inom stadsledningskontoret har kunskap om gällande representationsregler samt att kontroll av representationsfakturer genomförs.',
        method: 'Kontroll av att kunskapshöjande insatser genom information och utbildningar för chefer och granskare om gällande regelverk avseende representation är genomförda. Stickprov genomförs för att verifiera att gällande regelverk efterlevs.',
        responsible: 'Eko-dir', tertials: [2, 3],
      },
    },
    {
      number: 'R7', controlArea: COMPLIANCE, probability: 3, consequence: 2,
      description: 'Risk för bristande kunskap om och/eller efterlevnad av fastställda regler för förtjänstgåvor och kommunala uppvaktningar.',
      control: {
        control: 'Säkerställa att chefer och granskare inom stadsledningskontoret har kunskap om gällande regler för gåva samt att kontroll genomförs.',
        method: 'Kontroll av att kunskapshöjande insatser genom information och utbildningar för chefer och granskare om gällande regelverk avseende gåva är genomförda. Stickprov genomförs för att verifiera att gällande regelverk efterlevs.',
        responsible: 'Eko-dir', tertials: [2, 3],
      },
    },
    {
      number: 'R8', controlArea: COMPLIANCE, probability: 3, consequence: 2,
      description: 'Risk för att brister i beredning av styrande dokument medför förseningar av politiska beslut och/eller kvalitetsbrister som försvårar verkställande/efterlevnad.',
      control: {
        control: 'Befintliga riktlinjer för styrande dokument revideras och kompletteras med riktlinjer för beredning av styrande dokument',
        method: 'Kontroll av att reviderade riktlinjer för styrande dokument är tillställda kommunfullmäktige',
        responsible: 'Enhetschef Styrning och samordning', tertials: [1],
      },
      t1: 'Reviderade riktlinjer för styrande dokument fastställdes av KS 16 jan 2024.',
    },
    {
      number: 'R9', controlArea: 'Kontroll av efterlevnad regler, policyer och beslut.', probability: 4, consequence: 3,
      description: 'Låg insyn i extern beredning (beredning som utförs av annan myndighet/samhällsaktör) kan innebära negativa konsekvenser för Umeå kommuns utvecklingskapacitet',
      control: {
        control: 'Verka för ökad insyn/kännedom/kunskap om vilka externa beredningar som kommer att initieras, vilka som pågår och status i dessa beredningar.',
        method: 'Kontroll av att Umeå kommun har insyn i och kunskap om pågående externa beredningar som påverkar kommunen och att kommunen ges möjlighet att hantera dessa på korrekt sätt.',
        responsible: 'Stadsdirektör', tertials: [1, 2, 3],
      },
      t1: 'Tjänstepersonsberedning uppstartad i syfte att säkra hantering och kunskap m.m.',
    },
    {
      number: 'R10', controlArea: COMPLIANCE, probability: 3, consequence: 2,
      description: 'Risk för brister i styrning och/eller att styrande dokument ej ger avsedd styreffekt på grund av att enskilda styrdokument ej längre är relevanta eller aktuella.',
      control: {
        control: 'Inventering och bedömning av befintliga styrdokument avseende aktualitet och relevans.',
        method: 'Kontroll av att aktualitets- och relevansbedömning samt förslag till fortsatt hantering är tillställd kommunstyrelsen.',
        responsible: 'Enhetschef Styrning och samordning', tertials: [3],
      },
      t1: 'En första aktualitets- och relevansprövning har genomförts under våren 2024, ny prövning sker under hösten 2024.',
      t1Unscheduled: true,
    },
    {
      number: 'R11', controlArea: SYSTEMS, probability: 4, consequence: 3,
      description: 'Risk för att brister i kunskap och rutiner kan leda till att felaktiga löner betalas ut.',
      control: {
        control: 'Verka för att utbildningsnivån höjs och rutiner blir kända och tydliga för medarbetare och chefer, för att reducera risken för felaktiga löneutbetalningar. Kontroll av löneskulder och att kunskapshöjande insatser genom utbildningar för chefer och medarbetare är genomförda.',
        method: 'Kontroll av; - antalet chefer som genomfört chefsutbildning i lönesystemet tertialvis, - antal löneskulder tertialvis och - andel extrautbetalningar i procent/år.',
        responsible: 'HR-dir', tertials: [1, 2, 3],
      },
      t1: 'Rapporteras T2',
    },
    {
      number: 'R12', controlArea: SYSTEMS, probability: 3, consequence: 2,
      description: 'Risk för brister i attesthantering (inköp, löner och bokföringsordrar) kan leda till bristande regelefterlevnad och felaktig redovisning.',
      control: {
        control: 'Säkerställa att kontrollmetoder/rutiner för attesthantering är implementerade inom stadsledningskontoret.',
        method: 'Kontroll av attester (inköp, lön och bokföringsordrar) genomförs genom stickprov.',
        responsible: 'Eko-dir', tertials: [1, 2, 3],
      },
      t1: 'Arbete pågår. Har införts för KS egen verksamhet. Arbetsätt och strukturer planeras implementeras i hela kommunen 2024',
    },
    {
      number: 'R13', controlArea: COMPLIANCE, probability: 3, consequence: 3,
      description: 'Otydlig roll- och ansvarsfördelning får negativ inverkan på kommunens förmåga att genomföra upphandling (inkl. direktupphandling) och följa upp ingångna avtal. Bristande förmåga kan medföra att kommunen tvingas betala skadestånd eller upphandlingskadeavgift.',
      control: {
        control: 'Styrande dokument inom upphandlingsområdet revideras för att säkerställa att roll- och ansvarsfördelning är tydliggjord. Implementering av systemstöd för avtalsförvaltning/avtalsuppföljning.',
        method: 'Kontroll av att styrande dokument inom upphandlingsområdet är reviderade och att roll- och ansvarsfördelning är tydliggjord. Kontroll av att systemstöd för avtalshantering och avtalsuppföljning är implementerat',
        responsible: 'Eko-dir', tertials: [1, 2, 3],
      },
      t1: 'Omvärldsbevakning och intern nulägesanalys är genomförd. Framtagande av nyläge genomförs under våren 2024',
    },
    {
      number: 'R14', controlArea: ECONOMY, probability: 3, consequence: 3,
      description: 'Risk för att kostnadsutveckling överstiger tillgängliga medel',
      control: {
        control: 'Månatlig uppföljning av ekonomiskt utfall i KS (ej juli). Vid avvikelse tillämpas rutin för avvikelse i nämnd',
        method: 'Kontroll och rapport av ekonomiskt utfall i kommunens nämnder tillställs kommunstyrelsen månatligen (ej juli). Kontroll av att rutin för avvikelse nyttjats vid befarat underskott i nämnd.',
        responsible: 'Eko-dir', tertials: [1, 2, 3],
      },
      t1: 'Ekonomirapport har tillställts KSnau varje månad. IFN har deltagit vid KSnau m.a.a.bedömda avvikelser.',
    },
    {
      number: 'R15', controlArea: ECONOMY, probability: 3, consequence: 3,
      description: 'Risk för att kommunens investeringsplan ej realiserar i tillräcklig omfattning, vilket kan ge negativ verksamhetspåverkan.',
      control: {
        control: 'Fortsätta pågående arbete med att öka kunskap om lägesbild, orsaker och åtgärder som vidtas för att realisera antagen investeringsbudget.',
        method: 'Kontroll av att KSnau/KS under 2024 fortlöpande får information om status i realisering av investeringsplan samt redovisning av de åtgärder som vidtas för att hantera ev. avvikelser.',
        responsible: 'Eko-dir', tertials: [3],
      },
    },
  ],
};
