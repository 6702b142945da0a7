// The deviation per line as a picture: the server's SVG (role="img", title and description, all text escaped),
// with the same figures as a table for those who would rather read.
import { useT } from '../../../i18n/i18n.tsx';
import type { FollowUp } from './api.ts';

export function DeviationChart({ followUp }: { followUp: FollowUp }) {
  const t = useT();
  if (!followUp.chart) return null;
  const number = (n: number) => n.toFixed(1).replace('.', ',').replace(/^-/, '-').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (
    <section aria-labelledby="finance-chart-heading">
      <h3 id="finance-chart-heading">{t('finance.chartHeading')}</h3>
      <figure className="finance-chart">
        {/* The SVG is built by the server from numbers and escaped labels only. */}
        <div className="finance-chart-svg" dangerouslySetInnerHTML={{ __html: followUp.chart.svg }} />
        <figcaption>{followUp.chart.summary}</figcaption>
      </figure>
      <details className="finance-chart-table">
        <summary>{t('finance.chartTable')}</summary>
        <table>
          <caption className="visually-hidden">{t('finance.chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('finance.line')}</th>
              <th scope="col">{t('finance.deviationMnkr')}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.deviations.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td className="num">{number(d.mnkr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
