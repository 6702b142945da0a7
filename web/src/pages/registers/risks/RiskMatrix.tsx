// The risk matrix (heat map) drawn from the API's cells with the geometry and colours of the PDF's SVG builder
// (src/documents/charts/riskMatrix.ts): role="img" with the summary as its text alternative, the handling named
// in every cell (never colour alone), and the same facts as a table for those who would rather read.
import { useId } from 'react';
import { useT } from '../../../i18n/i18n.tsx';
import type { Handling, MatrixCell, ScaleStep } from './riskApi.ts';

const COLOURS: Record<Handling, string> = { minimise: '#f6b8b0', reduce: '#fde2a0', accept: '#cfe8cc' };
const W = 132, H = 78, LEFT = 150, TOP = 12, BOTTOM = 66, PER_LINE = 4;

const labelOf = (scale: ScaleStep[], value: number) => scale.find((s) => s.value === value)?.label ?? String(value);
const lines = (risks: string[]) => Array.from({ length: Math.ceil(risks.length / PER_LINE) }, (_, i) => risks.slice(i * PER_LINE, (i + 1) * PER_LINE).join(' '));

interface Props { cells: MatrixCell[]; summary: string; probability: ScaleStep[]; consequence: ScaleStep[]; title: string }

export function RiskMatrix({ cells, summary, probability, consequence, title }: Props) {
  const t = useT();
  const id = useId();
  const width = LEFT + 4 * W + 8, height = TOP + 4 * H + BOTTOM;
  return (
    <figure className="risk-matrix">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="risk-matrix-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {cells.map((c) => {
          const x = LEFT + (c.consequence - 1) * W, y = TOP + (4 - c.probability) * H;
          return (
            <g key={`${c.probability}-${c.consequence}`}>
              <rect x={x} y={y} width={W} height={H} fill={COLOURS[c.handling]} stroke="#ffffff" strokeWidth={2} />
              <text x={x + 8} y={y + 18} fontSize={12} fill="#1a1a1a">{`${c.value} · ${c.handlingLabel.replace(/ risk$/, '')}`}</text>
              {lines(c.risks).map((line, i) => <text key={line} x={x + 8} y={y + 40 + i * 17} fontSize={15} fontWeight={700} fill="#1a1a1a">{line}</text>)}
            </g>
          );
        })}
        {[1, 2, 3, 4].map((p) => <text key={`p${p}`} x={LEFT - 8} y={TOP + (4 - p) * H + H / 2 + 5} fontSize={12} textAnchor="end" fill="#1a1a1a">{`${labelOf(probability, p)} (${p})`}</text>)}
        {[1, 2, 3, 4].map((c) => <text key={`c${c}`} x={LEFT + (c - 1) * W + W / 2} y={TOP + 4 * H + 18} fontSize={12} textAnchor="middle" fill="#1a1a1a">{`${labelOf(consequence, c)} (${c})`}</text>)}
        <text x={LEFT + 2 * W} y={TOP + 4 * H + 44} fontSize={13} fontWeight={700} textAnchor="middle" fill="#1a1a1a">{t('risks.consequence')} →</text>
        <text x={14} y={TOP + 2 * H} fontSize={13} fontWeight={700} textAnchor="middle" fill="#1a1a1a" transform={`rotate(-90 14 ${TOP + 2 * H})`}>{t('risks.probability')} →</text>
      </svg>
      <details className="risk-matrix-table">
        <summary>{t('risks.matrixAsTable')}</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <td />
                {[1, 2, 3, 4].map((c) => <th key={c} scope="col">{`${labelOf(consequence, c)} (${c})`}</th>)}
              </tr>
            </thead>
            <tbody>
              {[4, 3, 2, 1].map((p) => (
                <tr key={p}>
                  <th scope="row">{`${labelOf(probability, p)} (${p})`}</th>
                  {cells.filter((c) => c.probability === p).map((c) => (
                    <td key={c.consequence}>{`${c.value} ${c.handlingLabel}`}{c.risks.length > 0 && <>: <strong>{c.risks.join(', ')}</strong></>}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
