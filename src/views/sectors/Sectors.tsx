import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { useEmphasis, useModelIndex, useSelectedModels } from '../../state/selectors';
import { markStateChange, useMeasureRender } from '../../lib/perf';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { useProgressiveRows } from '../../lib/useProgressiveCount';
import { SECTOR_FAMILIES } from '../../corpus/derive';
import type { SectorFamily } from '../../corpus/schema';
import { useConfidenceWords, useMarkEvents, useTypeScale } from '../shared/chart-hooks';
import { deriveSectors } from './derive';
import type { SectorRow, SectorSort } from './derive';
import { layoutSectors } from './layout';
import { HeatMapDrawing } from './HeatMapDrawing';
import type { HeatMapLabels } from './HeatMapDrawing';
import { ViewTitle } from '../shared/ViewTitle';
import { TermKey } from '../shared/TermKey';

/** Container of the heat map: picks theme and type scale, lays out, hands the drawing words. */
function HeatMap({
  rows,
  sortBy,
  onSort,
}: {
  rows: SectorRow[];
  sortBy: SectorSort;
  onSort: (f: SectorSort) => void;
}) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const type = useTypeScale();
  const emphasis = useEmphasis();
  const events = useMarkEvents('sectorFocus');
  const confidence = useConfidenceWords();
  const layout = useMemo(() => layoutSectors(rows, type, theme), [rows, type, theme]);
  // A long map is drawn a screen of rows at a time, as the overview draws its cards: the column
  // widths come from every row's words (the layout), so rows added later move nothing above them.
  const rowsShown = useProgressiveRows(layout.rows.length);
  const labels = useMemo((): HeatMapLabels => {
    const family = Object.fromEntries(
      SECTOR_FAMILIES.map((f) => [f, t(`families.${f}`)]),
    ) as Record<SectorFamily, string>;
    return {
      caption: t('sectors.chartTitle'),
      model: t('table.model'),
      family,
      sortBy: (f) => t('sectors.sortBy', { family: family[f] }),
      sortCorpus: t('sectors.sortCorpus'),
      sortedBy: (f) => t('sectors.sortedBy', { family: family[f] }),
      sortedCorpus: t('sectors.sortedCorpus'),
      scale: t('sectors.scale'),
      approximateLegend: t('chart.approximateLegend'),
      cellName: (row, shaded) =>
        t('sectors.cellName', {
          model: row.name,
          family: family[shaded.cell.family],
          percent: shaded.shown,
          sectors: shaded.cell.sectors.join(', ') || t('sectors.noneNamed'),
        }),
      confidence,
    };
  }, [t, confidence]);
  return (
    <HeatMapDrawing
      layout={layout}
      labels={labels}
      sortBy={sortBy}
      onSort={onSort}
      emphasis={emphasis}
      events={events}
      rowsShown={rowsShown}
    />
  );
}

function SectorsTable({ rows }: { rows: SectorRow[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('sectors.chartTitle')}
      rows={rows}
      rowKey={(r) => r.id}
      rowHeader={{ header: t('table.model'), cell: (r) => r.name }}
      columns={[
        ...SECTOR_FAMILIES.map((f, i) => ({
          header: t(`families.${f}`),
          cell: (r: SectorRow) => r.cells[i]?.shown ?? '',
        })),
        {
          header: t('sectors.named'),
          cell: (r) => r.cells.flatMap((c) => c.sectors).join(', ') || t('sectors.noneNamed'),
        },
        { header: t('table.confidence'), cell: (r) => t(`confidence.${r.confidence}`) },
      ]}
    />
  );
}

export function Sectors() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const [sortBy, setSortBy] = useState<SectorSort>(null);
  const rows = useMemo(() => deriveSectors(models, sortBy, indexOf), [models, sortBy, indexOf]);
  useMeasureRender('sectors', rows);
  // A sort is a change of what the view shows: the benchmark times it like a change of selection.
  const sortRows = useCallback((family: SectorSort) => {
    markStateChange();
    setSortBy(family);
  }, []);
  return (
    <>
      <ViewTitle>{t('sectors.title')}</ViewTitle>
      <p className="lead">{t('sectors.intro')}</p>
      <ChartFrame
        title={t('sectors.chartTitle')}
        summary={t('sectors.summary')}
        table={<SectorsTable rows={rows} />}
      >
        <HeatMap rows={rows} sortBy={sortBy} onSort={sortRows} />
        {/* The heat map's column heads are sort buttons: the families' meanings sit here. */}
        <TermKey
          heading={t('glossary.key.sector-family')}
          kind="sector-family"
          terms={SECTOR_FAMILIES.map((f) => ({ id: f, label: t(`families.${f}`) }))}
        />
      </ChartFrame>
    </>
  );
}
