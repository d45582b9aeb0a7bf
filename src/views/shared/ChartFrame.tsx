import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../../export/ExportMenu';

interface ChartFrameProps {
  title: string;
  /** One or two sentences that say what the chart shows; also its text summary. */
  summary: string;
  /** The same numbers as an HTML table, shown instead of the chart on request. */
  table: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
}

/** A chart with its heading, summary, a "Show as table" switch and a download menu. */
export function ChartFrame({ title, summary, table, children, headingLevel = 2 }: ChartFrameProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <Heading id={headingId}>{title}</Heading>
        <div className="chart-frame__tools">
          <button
            type="button"
            className="chart-frame__toggle"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
          >
            {t('chart.showTable')}
          </button>
          <ExportMenu title={title} target={contentRef} disabled={asTable} />
        </div>
      </div>
      <p className="chart-frame__summary">{summary}</p>
      {/* How to use the chart on screen; print drops it (paper has nothing to select). */}
      <p className="chart-frame__hint muted">{t('chart.hint')}</p>
      {asTable ? (
        <div className="table-scroll">{table}</div>
      ) : (
        <div ref={contentRef} className="chart-frame__content">
          {children}
        </div>
      )}
    </section>
  );
}
