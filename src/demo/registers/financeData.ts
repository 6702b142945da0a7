/**
 * Kommunstyrelsen's follow-up January–April 2024 (§ 188/24 of the reference book, Bilaga 1 KS-2024/00482-2).
 *
 * The book prints mnkr with one decimal, rounded from finer figures: its net deviation 8,9 is not 47,5 − 38,5.
 * The register therefore holds kronor, chosen so that every printed figure of both tables rounds exactly as
 * printed. They were found by a small search, line by line, over figures at whole tkr around the printed ones:
 * the period deviations must be 47,46 and -38,54 mnkr (so that their sum 8,92 prints 8,9 while each prints
 * 47,5 and -38,5), which fixes budget and outcome within ±0,05 of the print such that the net budget (-597,66)
 * and net outcome (-588,74) still print -597,7 and -588,7; the full-year figures likewise (343,66 − 1 641,34 =
 * -1 297,68 prints -1 297,7). A few kronor below a thousand were then added to look like ledger figures; the
 * test `test/unit/finance-reference.test.ts` checks every printed figure against these values.
 *
 * One printed figure cannot be reproduced: the book's full-year forecast of the net cost, -1 297,7, is a copy of
 * the budget, while its own revenues and costs (459,7 − 1 731,3) give -1 271,6. The register computes the net
 * line and shows -1 271,6; the forecast deviation 26,0 agrees with both.
 */
import type { FollowUpValues, Tertial } from '../../domain/finance.ts';
import type { KpiValue } from '../../domain/staffKpi.ts';

export interface DemoFollowUp {
  organCode: string; year: number; tertial: Tertial; title: string;
  values: FollowUpValues;
  kpis: { measure: string; decimals: 0 | 1; tenths: Record<KpiValue, number | null> }[];
  staffText: string; economyText: string; investmentText: string;
  /** The demo document whose file is generated from this follow-up. */
  documentNumber: string; documentDescription: string;
}

const kpi = (measure: string, decimals: 0 | 1, current: [number, number, number], previous: [number, number, number]) => ({
  measure, decimals,
  tenths: { target: null, women: current[0], men: current[1], total: current[2], previousWomen: previous[0], previousMen: previous[1], previousTotal: previous[2] },
});

export const ksFollowUpJanApr2024: DemoFollowUp = {
  organCode: 'KS',
  year: 2024,
  tertial: 'T1',
  title: 'Kommunstyrelsens rapport till KS, januari–april 2024',
  documentNumber: 'KS-2024/00482-2',
  documentDescription: 'Bilaga 1 – KS Verksamhetsuppföljning jan-april 2024',
  values: {
    revenues: { budget: 114_720_318, outcome: 162_180_642, budget_year: 343_660_205, forecast_year: 459_680_417, comparison: 61_230_884 },
    costs: { budget: -712_380_211, outcome: -750_920_476, budget_year: -1_641_340_158, forecast_year: -1_731_320_329, comparison: -136_140_512 },
    investments: { budget: -137_140_336, outcome: -44_920_187, budget_year: -411_240_602, forecast_year: -521_210_748, comparison: -122_830_093 },
  },
  kpis: [
    kpi('Sjukfrånvaro, totalt i procent av anställdas sammanlagda ordinarie arbetstid', 1, [55, 22, 44], [59, 14, 44]),
    kpi('Andel långtidsfriska (%)', 0, [770, 900, 810], [660, 870, 720]),
    kpi('Andel heltidsanställda (%)', 0, [950, 900, 930], [940, 910, 930]),
  ],
  staffText: [
    'Personalpolitiska mål',
    'Mål 5: Umeå kommun ska klara kompetensförsörjningen genom att vara en attraktiv arbetsgivare och spegla mångfalden i samhället.',
    'Mål 6: Umeå kommun ska ha ledarskap som ges och ger förutsättningar för goda resultat, där riktvärdet för antalet medarbetare per chef inte är fler än 30.',
    'Mål 7: Umeå kommuns sjukfrånvaro ska minska genom fokus på friskfaktorer och jämställda arbetsförhållanden.',
    'Kompetensförsörjning och attraktiv arbetsgivare (mål 5)',
    'Kompetensförsörjningen är en fortsatt utmaning för verksamheterna. Verksamheterna inom förvaltningen deltar i kommunens arbete med attraktiv arbetsgivare där ett nytt koncept tagits fram, till exempel affischer med olika yrkesgrupper och olika adjektiv, samt deltagit på mässor, arbetsmarknadsdagar och tagit emot praktikanter.',
    'Arbetet med att följa upp och analysera varför tillsvidareanställda väljer att avsluta sin anställning fortgår genom den kommunövergripande exitenkät som löpande skickas ut sedan januari 2023.',
    'Ledarskap (mål 6)',
    'Under perioden har det funnits möjlighet för chefer inom Stadsledningskontoret att delta på frukostseminarium kring motivation och självledarskap (frukostseminarium i januari). Det har också erbjudits ett kommungemensamt seminarium kring klimakteriet (frukostsem i mars). Utöver de erbjudandebildningar som alltid finns där några från SLK deltagit (ex. Viktiga och svåra samtal samt Att leda i förändring). Det har även funnits möjlighet att delta på seminarium om Antikorruption.',
    'Friskfaktorer (mål 7)',
    'Arbetet med att följa upp det systematiska arbetsmiljöarbetet har genomförts under perioden. Det har även tagits fram en uppdaterad handlingsplan för 2024, där det är fortsatt fokus på återhämtning och arbetsbelastning.',
    'Chefer genomför rehabplaner tillsammans med medarbetaren när så krävs samt samtal om anpassning vid tidig signal om ohälsa.',
  ].join('\n\n'),
  economyText: [
    'Budgetavvikelse, åtgärder och årsprognos',
    'Kommunstyrelsen redovisar för första tertialen 2024 en positiv budgetavvikelse på 9,1 mnkr. Intäkterna avviker positivt med 47,5 mnkr vilket förklaras av högre intäkter än budgeterat från länsstyrelsen för marksanering samt erhållna försäkringsersättningar för de inventarierna som förstördes i branden på Holmsund brandstation.',
    'Kostnaderna avviker negativt med 38,4 mnkr och avser främst pensionskostnader samt högre kostnader än budgeterat för marksanering.',
    'Årsprognosen för kommunstyrelsen är en positiv budgetavvikelse på 26,0 mnkr. Överskottet avser främst mark och exploatering där kostnaderna för planeringsfasen av mark och exploateringsprojekt beräknas bli betydligt lägre än budgeterade kostnader. Även nettointäkterna från markförsäljning förväntas bli högre än budgeterat.',
    'Kommunövergripande kostnader bestående av bland annat avskrivningar, utrangeringar och pensioner förväntas även redovisa en positiv budgetavvikelse som följd av erhållna försäkringsersättningar för branden på Holmsund brandstation samt erhållna investeringsbidrag.',
    'Överskottet avseende kommunövergripande kostnader, markförsäljningar och kostnaderna för planeringsfasen för mark och exploateringsprojekt möts av underskott inom stadsledningskontoret och kommungemensamma avgifter. Stadsledningskontorets underskott kommer dels av nya kostnadsposter som tjänsteperson i beredskap och kostnader som konsekvens av nytt ställningstagande från Skatteverket som påverkar momsredovisningen för kommunens förmåncyklar, dels högre kostnader än budgeterat för stöd till politiska partier och politiska arvoden. Även Mark- och exploatering exkluderat driftkostnader för mark- och exploateringsprojekt samt vinst från markförsäljningar förväntas redovisa en negativ budgetavvikelse. Underskottet för kommungemensamma avgifter kommer framför allt av högre bidrag för drift av resecentren än budgeterat.',
    'Krafthandelns nettointäkter förväntas vara i nivå med budgeterade nettointäkter.',
  ].join('\n\n'),
  investmentText: [
    'Investeringarna redovisar en positiv budgetavvikelse på 92,2 mnkr för perioden. Den positiva avvikelsen avser främst mark- och exploateringsprojekt samt medel till kommunstyrelsens förfogande.',
    'Årsprognos för kommunstyrelsens investeringsbudget beräknas till en negativ budgetavvikelse på 110,0 mnkr. Mark och exploateringsprojekt förväntas redovisa 160,0 mnkr i negativ budgetavvikelse. Fullmäktige beslutade i april att förvärva Thorénhallarna för 260 mnkr som inte var budgeterat. Samtidigt bedöms förskjutningar orsakade av förseningar i planeringsprocessen uppgå till en positiv budgetavvikelse på 100 mnkr. Budgeten avseende medel till kommunstyrelsens förfogande förväntas inte nyttjas helt i år och bedöms vid årets slut redovisa en positiv budgetavvikelse på 50,0 mnkr.',
    'Flyktingmottagning från Ukraina',
    'Flyktingmottagandet från Ukraina har inte haft någon väsentlig påverkan på den ekonomiska utvecklingen.',
  ].join('\n\n'),
};
