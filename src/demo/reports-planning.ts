/**
 * Official reports of agenda items 177 and 181–183 of the reference meeting book (KSNAU 2024-05-21):
 * planning directive, co-financing and grants. Content follows the published reports; descriptions keep the
 * essential text and give the figures as tables.
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { blocks, h3, p, table, ul } from './reports-html.ts';

/** § 177/24. The book leaves the att-clauses empty; the three clauses named in its description are used. */
export const planningDirectiveReport: ReportContent = {
  date: '2024-05-16',
  title: 'Planeringsdirektiv och budget 2025 samt plan 2026-2028',
  decision: 'proposes',
  proposesTo: 'Kommunfullmäktige',
  clauses: [
    'fastställa kommunrevisionens budget för 2025 – bilaga 4',
    'fastställa budget för lekmanrevisionen 2025 – bilaga 5',
    'fastställa kommunfullmäktiges årshjul – bilaga 6',
  ],
  description: blocks(
    p('Vid sammanträdet 21 maj 2024 lägger Socialdemokraterna fram det med Miljöpartiet gemensamma budgetförslaget.'),
    p('Ärendet behandlas därefter enligt följande:'),
    ul([
      'Näringslivs- och arbetsutskottet 28 maj 2024 alternativt 4 juni 2024 (övriga partier i utskottet lägger sina budgetförslag)',
      'Kommunstyrelsen 4 juni 2024 (övriga partier i kommunstyrelsen lägger sina budgetförslag. Samtliga partier i kommunfullmäktige har möjlighet att skriftligt anmäla in sitt budgetförslag till kommunstyrelsens möte 4 juni)',
      'Kommunfullmäktige 17 juni 2024 (debatt och beslut)',
    ]),
    p(
      'Ärendet kompletteras efter möte med kommunfullmäktiges presidium med följande förslag till beslut och handlingar:',
    ),
    ul([
      'att fastställa kommunrevisionens budget för 2025 – bilaga 4',
      'att fastställa budget för lekmanrevisionen 2025 – bilaga 5',
      'att fastställa kommunfullmäktiges årshjul – bilaga 6',
    ]),
    p(
      '<strong>Förslaget till beslut ovan kompletteras efter mötet med kommunfullmäktiges presidium.</strong> Bilaga 4 och 5 bereds av kommunfullmäktiges presidium och kommer senare.',
    ),
  ),
  basis: [
    'Socialdemokraternas och Miljöpartiets planeringsdirektiv och budget för 2025',
    'Bilaga 1 – Investeringsbudget 2024 och 2025 samt plan 2026-2028',
    'Bilaga 2 – Förslag till mark- och exploateringsplan 2025-2028',
    'Bilaga 3 – Viktiga datum för kommunens nämnder och bolag under 2025',
    'Bilaga 4 – Kommunrevisionens budget för 2025 (Beredts av KF-presidium och kommer senare)',
    'Bilaga 5 – Budget för lekmanrevisionen 2025 (Beredts av KF-presidium och kommer senare)',
    'Bilaga 6 – Kommunfullmäktiges årshjul',
    'Bilaga 7 – Kommunfullmäktiges, kommunstyrelsens och dess utskotts sammanträdestider för 2025',
    'Bilaga 8 – Viktiga datum för kommunens nämnder 2025',
  ].map((text) => ({ documentId: null, text })),
  preparedBy: [
    { name: 'Lena Höök Gustafsson', title: '' },
    { name: 'Dan Gideonsson', title: '' },
    { name: 'Urban Blomdahl', title: '' },
    { name: 'Anette Sjödin', title: '' },
  ],
  distribution: ['Samtliga nämnder och bolag'],
  signatories: [
    { name: 'Margaretha Alfredsson', title: 'stadsdirektör' },
    { name: 'Lena Gustafsson', title: 'ekonomidirektör' },
  ],
};

/** § 181/24 */
export const northSwedenStockholmOfficeReport: ReportContent = {
  date: '2024-04-29',
  title: 'North Sweden Stockholm Office 2024-2027',
  decision: 'decides',
  proposesTo: null,
  clauses: [
    'bevilja North Sweden Stockholm Office 20 000 kr 2024, 100 000 kr/år 2025-2026 och 80 000 kr 2027, att tas från kommunstyrelsens anslag för tillväxt',
    'beslutet gäller under förutsättning att övrig sökt medfinansiering beviljas',
  ],
  description: blocks(
    p(
      'Region Västerbotten söker medel från Umeå kommun till projektet North Sweden Stockholm Office (NSSO) 2024-2027. Övriga medfinansierare är Regionerna Norrbotten, Västernorrland och Jämtland-Härjedalen, Skellefteå kommun, Norrbottens kommuner, Umeå universitet med flera.',
      'Region Västerbotten har bedrivit verksamheten NSSO i tre projektperioder och söker nya medel för en fortsättning. Umeå kommun har medfinansierat NSSO sedan starten 2015. Projektet 2024-2027 syftar till att fortsatt stärka norra Sveriges synlighet i den nationella debatten och regionernas roll mot den nationella och internationella nivån. Detta ska göras genom att utveckla påverkansarbetet utifrån regionernas gemensamma påverkansagenda, genom omvärldsbevakning, seminarier och kommunikationsinsatser. NSSO är dessutom ett fysiskt kontor i Stockholm som används av aktörer från hela norra Sverige för möten och event, samt som tillfällig arbetsplats för anställda hos projektets finansierare.',
      'Budget för projektet 2024-2027 är 8 276 413 kr varav 300 000 kr söks från Umeå kommun. Väntade resultat av projektet 2024-2027 är ökad synlighet i den nationella debatten, en stärkt gemensam röst för norra Sverige samt informationsspridning om norra Sveriges tillgångar och behov.',
      'Ett gemensamt påverkansarbete med andra aktörer i norra Sverige är viktigt för Umeå och ett led i ett strategiskt arbete med påverkansprocesser som har inverkan på Umeås tillväxt och fortsatta utveckling. Projektet kan ha ett fortsatt värde för Umeå som del i att tillsammans med andra lyfta frågor på den nationella arenan, som är viktiga för Umeå och i förlängningen norra Sverige. Under den senaste projektperioden har kontoret i Stockholm bara använts ett fåtal gånger av någon från Umeå kommun. Kontoret kan därför i sig, som fysisk plats, sägas vara av liten nytta för Umeå kommun. Kontoret fyller dock ett behov hos andra offentliga aktörer och företag i regionen.',
    ),
    h3('Projektets kostnad och sökt medfinansiering från Umeå kommun (kr, enligt ansökan)'),
    table(
      ['', '2024', '2025', '2026', '2027', 'Totalt'],
      [
        ['Projektkostnad', '438 079', '2 688 903', '2 759 414', '2 390 017', '8 276 413'],
        ['Umeå kommun', '20 000', '100 000', '100 000', '80 000', '300 000'],
      ],
      { rowHeaders: true },
    ),
    p('Medfinansieringen föreslås tas från kommunstyrelsens anslag för tillväxt.'),
    // "Kvarvarande medel i tillväxtanslaget (2024-04-29)" is a register table computed from the appropriation.
  ),
  basis: [{ documentId: null, text: 'Inskickad ansökan till Region Västerbotten' }],
  preparedBy: [
    { name: 'Susanne Thurén', title: '' },
    { name: 'Emmy Sundin', title: '' },
  ],
  distribution: ['Budgetgruppen/Sofia Westin', 'Emmy Sundin'],
  signatories: [
    { name: 'Margaretha Alfredsson', title: 'Stadsdirektör' },
    { name: 'Peter Juneblad', title: 'Näringslivsdirektör' },
  ],
};

/** § 182/24. Applications and amounts from the compilation KS-2024/00456-2. */
export const climateNeutralityGrantReport: ReportContent = {
  date: '2024-05-12',
  title: 'Utvecklingsanslag klimatneutralitet utdelning 2024',
  decision: 'decides',
  proposesTo: null,
  clauses: ['godkänna fördelning av medel från utvecklingsanslaget klimatneutralitet enligt tjänsteskrivelsen'],
  description: blocks(
    p(
      'År 2022 beslutade Kommunfullmäktige om ett årligt utvecklingsanslag på 3 miljoner SEK för att främja arbetet mot klimatneutralitet. Under 2023 har kriterierna och processen för hantering av ansökningar tagits fram.',
      'Det har kommit in 5 ansökningar som har sammanfattats i den bifogade sammanställningen, där också en motivering och rekommendation till beslut framgår.',
      'Utvecklingsinitiativ och -projekt som finansieras av utvecklingsanslaget klimatneutralitet ska bidra till att Umeå blir klimatneutralt till 2040 och/eller att kommunens andra klimatmål nås. Inför beslut om att bevilja eller avslå ansökan om medel ur utvecklingsanslaget beaktas följande kriterier.',
    ),
    h3('Kriterier för att ansöka om utvecklingsanslag'),
    ul([
      'kraftigt minskar utsläppen av växthusgaser och/eller skapar effektiva kolsänkor, gärna inom de i Program för Klimatneutrala Umeå 2040 utpekade områdena med störst klimatpåverkan.',
      'växlar upp initiativets/projektets budget via externa finansieringskällor',
      'medfinansieras av ansvarig nämnd/bolag',
      'bidrar till ökad utvecklingsförmåga och innovationshöjd, ökad integration av social hållbarhet samt möjlighet till utväxling och duplicerbarhet av resultat i arbetet med klimatomställning både internt inom kommunkoncernen och med externa parter.',
      'bedrivs i samarbete/partnerskap mellan kommunens förvaltningar och bolag, universitet och akademi, offentliga aktörer, det lokala och regionala näringslivet och/eller föreningsliv och civilsamhälle.',
    ]),
    h3('Ansökningar och föreslagen fördelning (tkr)'),
    table(
      ['Projekt och projektägare', 'Total kostnad', '2024', '2025', '2026', 'Rekommendation'],
      [
        ['Cirkulära Västerbotten (KS-2023/00275)', '13 000', '500', '500', '300', 'Beslutat av KSNAU 2023-04-18'],
        ['Energiväskan, SLK, Strategisk utveckling', '180', '80', '–', '–', 'Beviljas'],
        ['Interreg Aurora Inspire, Samhällsbyggnad, Miljöutveckling', '1 305', '153', '153', '144', 'Beviljas'],
        ['Thriving Northern Buildings, SLK, Strategisk utveckling, Sundsvall', '11 554', '400', '400', '400', 'Beviljas'],
        ['Finansieringsmodeller för rikare biologisk mångfald och kolsänkor (Swedish Biocredit Alliance), SLK, Strategisk utveckling, MEX', '800', '250', '250', '–', 'Beviljas'],
        ['<strong>Summa</strong>', '', '<strong>1 383</strong>', '<strong>1 303</strong>', '<strong>844</strong>', ''],
      ],
      { rowHeaders: true },
    ),
    // "Kvarvarande medel i utvecklingsanslaget Klimatneutralitet (2024-05-14)" is a register table computed from the appropriation.
  ),
  basis: [{ documentId: null, text: 'Sammanställning av inkomna ansökningar 240514' }],
  preparedBy: [
    { name: 'Annika Myrén', title: 'Strategisk utveckling' },
    { name: 'Erik Eklund', title: 'Strategisk utveckling' },
    { name: 'Lucas Röhlinger', title: 'Strategisk utveckling' },
    { name: 'Katharina Radloff', title: 'Strategisk utveckling' },
  ],
  distribution: ['Sofia Westin', 'Linn Siljebo'],
  signatories: [{ name: 'Katharina Radloff', title: 'Miljöstrateg' }],
};

/**
 * § 183/24. The grants are decided under delegation and the committee is informed, so the report is an
 * information item; the book's formal clause ("att godkänna informationen …") has no place in that mode.
 */
export const environmentRideReport: ReportContent = {
  date: '2024-05-14',
  title: 'Miljöskjutsen 2024',
  decision: 'information',
  proposesTo: null,
  clauses: [],
  description: blocks(
    p(
      'Sedan 2017 har ideella föreningar i Umeå kunnat söka stödet Miljöskjutsen, där syftet är att stödja projekt och insatser som bidrar till hållbar utveckling och minskad miljöbelastning. Projekten ska knyta an till en eller flera av Umeås lokala miljömål, de 17 globala målen eller de 16 nationella miljömålen. Miljöskjutsarna är ett initiativ inom ramen för ett hållbart Umeå och administreras genom Föreningsbyrån i samarbete och med medel från Strategisk utveckling.',
      'Under våren 2024 har 20 ansökningar kommit in och nedanstående föreningar tar del av en miljöskjuts på 20 024 kr:',
      'Ersboda SK, KFUM Umeå, Stöcke IF, Umeå Orienteringsklubb, Friluftsförbundet lokalavd Umeå, Södra Umeå Ryttarförening och TegSödra Umeå IF.',
    ),
    h3('Beviljade miljöskjutsar 2024 (kr)'),
    table(
      ['Förening', 'Projekt', 'Sökt belopp', 'Beviljat belopp'],
      [
        ['Ersboda SK', 'Tillsammans för ersboda', '20 000', '20 000'],
        ['KFUM Umeå', 'Luftvärmepump', '20 024', '20 024'],
        ['Stöcke IF', 'Cykelpump', '20 000', '20 000'],
        ['Umeå Orienteringsklubb', 'Hållbarhetsprojekt', '20 024', '20 024'],
        ['Friluftsförbundet lokalavd Umeå', 'Lärande friluftsliv', '20 024', '15 024'],
        ['Södra Umeå Ryttarförening', 'Miljöcertifiering', '19 994', '3 798'],
        ['TegSödra Umeå IF', 'Skapa förrådsyta', '20 000', '20 000'],
      ],
      { rowHeaders: true },
    ),
    p(
      'Övriga 13 ansökningar har avslagits. Sammanfattning av ansökningarna och motivering finns i beslutsunderlag.',
      'Stöden har beslutats av Fritidsbyrån och Strategisk utveckling enligt delegationsordningen. Ärendet är en information till näringslivs- och arbetsutskottet om utdelningen av Miljöskjutsen 2024.',
    ),
  ),
  basis: [{ documentId: null, text: 'Sammanfattning av ansökningar Miljöskjutsen 2024' }],
  preparedBy: [
    { name: 'Fardeen Ahmadi', title: 'Fritidsbyrån' },
    { name: 'Katharina Radloff', title: 'Strategisk utveckling' },
  ],
  distribution: ['Sofia Westin', 'Linn Siljebo'],
  signatories: [{ name: 'Katharina Radloff', title: 'Miljöstrateg' }],
};
