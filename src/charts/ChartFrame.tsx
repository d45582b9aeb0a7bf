import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFrameProps {
  title: string;
  /** One or two sentences that say what the chart shows; also its text summary. */
  summary: string;
  /** The same numbers as an HTML table, shown instead of the chart on request. */
  table: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
}

/** A chart with its heading, summary and a "Show as table" switch one click away. */
export function ChartFrame({ title, summary, table, children, headingLevel = 2 }: ChartFrameProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <Heading id={headingId}>{title}</Heading>
        <button
          type="button"
          className="chart-frame__toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('chart.showTable')}
        </button>
      </div>
      <p className="chart-frame__summary">{summary}</p>
      {asTable ? <div className="table-scroll">{table}</div> : children}
    </section>
  );
}
