import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { ExportMenu } from '../../export/ExportMenu';
import { afterColon } from '../../i18n/format';
import { useLang } from '../../state/selectors';
import { CodingSelect } from './CodingSelect';
import { useShownCoding } from './useShownCoding';

interface ChartFrameProps {
  title: string;
  /** One or two sentences that say what the chart shows; also its text summary. */
  summary: string;
  /** The same numbers as an HTML table, shown instead of the chart on request. */
  table: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
  /** The chart's own tools, before the table switch (e.g. "All coders"). */
  tools?: ReactNode;
}

/**
 * A chart with its heading, summary, the choice of coder (where the corpus has several), a
 * "Show as table" switch and a download menu. Drawn under a coder other than the reconciled one,
 * the frame says whose coding it is, and so does the title of a download.
 */
export function ChartFrame({
  title,
  summary,
  table,
  children,
  headingLevel = 2,
  tools,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const shown = useShownCoding();
  const other = shown.other;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <Heading id={headingId}>{title}</Heading>
        <div className="chart-frame__tools">
          <CodingSelect shown={shown} />
          {tools}
          <button
            type="button"
            className="chart-frame__toggle"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
          >
            {t('chart.showTable')}
          </button>
          <ExportMenu
            title={
              other
                ? t('codings.chart.exportTitle', { title, coder: afterColon(lang, other.name) })
                : title
            }
            target={contentRef}
            disabled={asTable}
          />
        </div>
      </div>
      {other ? (
        // Said before the summary, so neither a screenshot nor a reader takes one coder's
        // view for the reconciled one.
        <p className="chart-frame__coding">
          {t('codings.chart.drawnUnder', {
            coder: other.name,
            reconciled: shown.reconciled?.name ?? '',
          })}
        </p>
      ) : null}
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
