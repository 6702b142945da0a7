/**
 * Risk analysis + follow-up of the internal control plan → PDF ("Del 1. Riskanalys …" and "Del 2. Uppföljning
 * internkontrollplan jan-april …" in one document). The data are prepared here from the register's view and
 * passed to `risk-analysis.typ` as JSON; the risk matrix is the SVG of `charts/riskMatrix.ts`.
 */
import { TERTIAL_PERIODS, type Tertial } from '../domain/internalControl.ts';
import type { HandlingBand, ScaleStep } from '../domain/riskAnalysis.ts';
import { HANDLING_COLOURS, riskMatrixSvg } from './charts/riskMatrix.ts';
import { renderPdf, type RenderResult } from './typst.ts';

/** What the document needs of a risk analysis (a subset of the use cases' view). */
export interface RiskDocumentSource {
  organName: string; year: number; establishedOn: string;
  probabilityScale: ScaleStep[]; consequenceScale: ScaleStep[]; thresholds: HandlingBand[];
  matrix: { summary: string };
  risks: {
    number: string; controlArea: string; description: string; probability: number; consequence: number; value: number;
    handling: string; handlingLabel: string;
    control: { control: string; method: string; responsible: string; frequency: string; followUps: { tertial: number; comment: string; unscheduled: boolean }[] } | null;
  }[];
}

/** "Riskanalys och uppföljning internkontrollplan jan-april 2024 – Kommunstyrelsen". */
export const riskDocumentTitle = (source: { organName: string; year: number }, tertial: Tertial): string =>
  `Riskanalys och uppföljning internkontrollplan ${TERTIAL_PERIODS[tertial]} ${source.year} – ${source.organName}`;

const label = (scale: readonly ScaleStep[], value: number): string => scale.find((s) => s.value === value)?.label ?? String(value);

export function riskDocumentData(source: RiskDocumentSource, tertial: Tertial, municipality: string) {
  return {
    municipality, organ: source.organName, year: source.year, establishedOn: source.establishedOn, tertial, period: TERTIAL_PERIODS[tertial],
    title: riskDocumentTitle(source, tertial),
    headerRight: `Riskanalys ${source.year} · Uppföljning T${tertial}`,
    colours: Object.fromEntries(Object.entries(HANDLING_COLOURS).map(([h, c]) => [h, c.fill])),
    probability: source.probabilityScale, consequence: source.consequenceScale,
    bands: [...source.thresholds].sort((a, b) => b.from - a.from).map((b) => ({ range: `${b.from}-${b.to}`, label: b.label, meaning: b.meaning, handling: b.handling })),
    risks: source.risks.map((r) => ({
      controlArea: r.controlArea, description: r.description, number: r.number,
      probabilityLabel: label(source.probabilityScale, r.probability), consequenceLabel: label(source.consequenceScale, r.consequence),
      value: r.value, handling: r.handling, handlingLabel: r.handlingLabel,
    })),
    plan: source.risks.filter((r) => r.control).map((r) => {
      const c = r.control!;
      const followUp = c.followUps.find((f) => f.tertial === tertial);
      return {
        number: r.number, handlingLabel: r.handlingLabel, control: c.control, method: c.method, responsible: c.responsible, frequency: c.frequency,
        comment: followUp?.comment ?? '', unscheduled: followUp?.unscheduled ?? false,
      };
    }),
    matrixSvg: riskMatrixSvg({
      risks: source.risks, bands: source.thresholds, probability: source.probabilityScale, consequence: source.consequenceScale,
      title: `Riskmatris ${source.organName} ${source.year}`,
    }),
    matrixAlt: source.matrix.summary,
  };
}

export function renderRiskDocumentPdf(source: RiskDocumentSource, tertial: Tertial, municipality: string): Promise<RenderResult> {
  return renderPdf({ template: 'risk-analysis', data: riskDocumentData(source, tertial, municipality) });
}
