// The use of an appropriation per year as bars: committed, proposed and remaining (thousands of kronor). The SVG
// is role="img" with a summary as its text alternative; the table of amounts per year next to it is its table
// fallback. Colours are never the only cue: the legend names each part and the summary gives every figure.
import { useId } from 'react';
import { useT } from '../../../i18n/i18n.tsx';
import { tkr, type RemainingRow } from './api.ts';

const COLOURS = { committed: '#1d3557', proposed: '#d08c1f', remaining: '#cfe0ee' } as const;
const BAR = 46, GAP = 36, LEFT = 70, TOP = 30, HEIGHT = 200, BOTTOM = 40;

export function UseChart({ rows, name, tableId }: { rows: RemainingRow[]; name: string; tableId: string }) {
  const t = useT();
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => Math.max(r.amountKr, r.committedKr + r.proposedKr)));
  const y = (kr: number) => TOP + HEIGHT - (Math.max(0, kr) / max) * HEIGHT;
  const width = LEFT + rows.length * (BAR + GAP) + 10;
  const summary = rows.map((r) => t('appropriations.chartYear', { year: r.year, amount: tkr(r.amountKr), committed: tkr(r.committedKr), proposed: tkr(r.proposedKr), remaining: tkr(r.remainingKr - r.proposedKr) })).join(' ');
  const ticks = [0, 0.5, 1].map((f) => f * max);
  return (
    <figure className="appropriation-chart">
      <svg viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`} role="img" aria-labelledby={`${id}-t ${id}-d`} aria-describedby={tableId}>
        <title id={`${id}-t`}>{t('appropriations.chartTitle', { name })}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT - 4} x2={width} y1={y(v)} y2={y(v)} stroke="#9aa5b1" strokeWidth={0.5} />
            <text x={LEFT - 8} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#1a1a1a">{tkr(v)}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = LEFT + GAP / 2 + i * (BAR + GAP);
          const committedTop = y(r.committedKr), proposedTop = y(r.committedKr + r.proposedKr);
          return (
            <g key={r.year}>
              <rect x={x} y={y(r.amountKr)} width={BAR} height={y(0) - y(r.amountKr)} fill={COLOURS.remaining} stroke="#1d3557" strokeWidth={0.5} />
              <rect x={x} y={committedTop} width={BAR} height={y(0) - committedTop} fill={COLOURS.committed} />
              <rect x={x} y={proposedTop} width={BAR} height={committedTop - proposedTop} fill={COLOURS.proposed} />
              <text x={x + BAR / 2} y={TOP + HEIGHT + 18} fontSize={12} textAnchor="middle" fill="#1a1a1a">{r.year}</text>
              {r.committedKr + r.proposedKr > r.amountKr && <text x={x + BAR / 2} y={proposedTop - 4} fontSize={11} fontWeight={700} textAnchor="middle" fill="#a4161a">{t('appropriations.overdrawn')}</text>}
            </g>
          );
        })}
        <text x={LEFT - 8} y={12} fontSize={11} textAnchor="end" fill="#1a1a1a">tkr</text>
      </svg>
      <figcaption>
        <ul className="appropriation-legend">
          {(['committed', 'proposed', 'remaining'] as const).map((k) => (
            <li key={k}><span className="swatch" style={{ background: COLOURS[k] }} aria-hidden="true" />{t(`appropriations.legend.${k}`)}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
