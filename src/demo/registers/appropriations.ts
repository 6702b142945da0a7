/**
 * Demo data of the appropriations register, reproduced from the reference meeting book, and its loader.
 *
 * "Kommunstyrelsens anslag för tillväxt" holds commitments decided before 2024-04-29 such that, after the North
 * Sweden Stockholm Office proposal (20 000 kr 2024, 100 000 kr/år 2025–2026, 80 000 kr 2027, added by the grant
 * rounds' demo), the remaining funds of § 181/24 are 1 478,2 / 3 007,4 / 9 296,2 tkr for 2024–2026.
 * "Utvecklingsanslag klimatneutralitet" holds 3 000 000 kr a year and the earlier Cirkulära Västerbotten
 * decision; after the spring round's four proposed grants it shows 1 617,0 / 1 697,0 / 2 156,0 tkr (§ 182/24).
 * The other recipients of the growth appropriation are invented.
 */
import type { Tx } from '../../db/client.ts';
import * as t from '../../db/schema/index.ts';
import type { CommitmentStatus } from '../../domain/appropriations.ts';
import type { Services } from '../../use-cases/context.ts';
import type { DemoRegisterIds } from './index.ts';

export const GROWTH_APPROPRIATION = 'Kommunstyrelsens anslag för tillväxt';
export const CLIMATE_APPROPRIATION = 'Utvecklingsanslag klimatneutralitet';

export interface DemoCommitment {
  recipient: string; purpose: string; caseNumber?: string; reference: string; decidedOn: string; conditions?: string;
  status: Exclude<CommitmentStatus, 'proposed'>; releasedOn?: string; amounts: Record<number, number>;
}
export interface DemoAppropriation { organ: string; name: string; description: string; years: Record<number, number>; commitments: DemoCommitment[] }

const circularWesterbotten = { recipient: 'Cirkulära Västerbotten (KS-2023/00275)', purpose: 'Projektet Cirkulära Västerbotten', reference: 'KSNAU 2023-04-18', decidedOn: '2023-04-18', status: 'firm' } as const;

export const appropriationData: readonly DemoAppropriation[] = [
  {
    organ: 'KS', name: GROWTH_APPROPRIATION,
    description: 'Kommunstyrelsens anslag för medfinansiering av projekt och initiativ som stärker Umeås tillväxt och utveckling.',
    years: { 2024: 12_000_000, 2025: 12_000_000, 2026: 12_000_000, 2027: 12_000_000 },
    commitments: [
      { ...circularWesterbotten, amounts: { 2024: 500_000, 2025: 500_000, 2026: 500_000 } },
      { recipient: 'Umeå Business Region', purpose: 'Näringslivsfrämjande insatser och etableringsservice', reference: 'KS 2023-11-28', decidedOn: '2023-11-28', status: 'firm', amounts: { 2024: 4_500_000, 2025: 4_500_000 } },
      { recipient: 'Uminova Innovation', purpose: 'Inkubatorverksamhet för nya kunskapsintensiva företag', reference: 'KSNAU 2023-09-12', decidedOn: '2023-09-12', status: 'firm', amounts: { 2024: 2_000_000, 2025: 2_000_000, 2026: 1_500_000, 2027: 1_500_000 } },
      { recipient: 'Visit Umeå', purpose: 'Evenemangsstrategi och större evenemang', reference: 'KSNAU 2023-12-05', decidedOn: '2023-12-05', status: 'firm', amounts: { 2024: 1_200_000, 2025: 800_000 } },
      { recipient: 'Region Västerbotten', purpose: 'Kompetenslyft Norr, kompetensförsörjning i omställningen', reference: 'KSNAU 2024-01-16', decidedOn: '2024-01-16', conditions: 'under förutsättning att övrig sökt medfinansiering beviljas', status: 'conditional', amounts: { 2024: 1_650_000, 2025: 1_092_600, 2026: 603_800 } },
      { recipient: 'Almi Företagspartner Nord', purpose: 'Startup Norr, rådgivning till nystartade företag', reference: 'KSNAU 2024-02-13', decidedOn: '2024-02-13', status: 'firm', amounts: { 2024: 651_800 } },
      { recipient: 'Umeå universitet', purpose: 'Studieresa för näringslivet till Bryssel (inställd)', reference: 'KSNAU 2023-10-10', decidedOn: '2023-10-10', status: 'released', releasedOn: '2024-03-01', amounts: { 2024: 300_000 } },
    ],
  },
  {
    organ: 'KS', name: CLIMATE_APPROPRIATION,
    description: 'Årligt utvecklingsanslag på 3 miljoner kronor (kommunfullmäktige 2022) för att främja arbetet mot klimatneutralitet 2040.',
    years: { 2023: 3_000_000, 2024: 3_000_000, 2025: 3_000_000, 2026: 3_000_000 },
    commitments: [
      { ...circularWesterbotten, amounts: { 2023: 200_000, 2024: 500_000, 2025: 500_000, 2026: 300_000 } },
    ],
  },
];

export const generatedDocuments: readonly string[] = [];

const yearRows = (amounts: Record<number, number>) => Object.entries(amounts).map(([year, amountKr]) => ({ year: Number(year), amountKr }));

export async function load(tx: Tx, _services: Services, ids: DemoRegisterIds): Promise<void> {
  const { bodyId } = ids;
  const createdBy = ids.userId.get('ekonomi') ?? null;
  for (const a of appropriationData) {
    const organId = ids.organId.get(a.organ);
    if (!organId) throw new Error(`The demo has no organ ${a.organ}.`);
    const [row] = await tx.insert(t.appropriations).values({ bodyId, organId, name: a.name, description: a.description, createdBy }).returning({ id: t.appropriations.id });
    await tx.insert(t.appropriationYears).values(yearRows(a.years).map((y) => ({ bodyId, appropriationId: row!.id, ...y })));
    for (const c of a.commitments) {
      const caseId = c.caseNumber ? ids.caseId.get(c.caseNumber) ?? null : null;
      const [commitment] = await tx.insert(t.appropriationCommitments).values({
        bodyId, appropriationId: row!.id, caseId, recipient: c.recipient, purpose: c.purpose, reference: c.reference, decidedOn: c.decidedOn,
        conditions: c.conditions ?? null, status: c.status, releasedOn: c.releasedOn ?? null, sourceKind: 'manual', createdBy,
      }).returning({ id: t.appropriationCommitments.id });
      await tx.insert(t.appropriationCommitmentAmounts).values(yearRows(c.amounts).map((y) => ({ bodyId, commitmentId: commitment!.id, ...y })));
    }
  }
}
