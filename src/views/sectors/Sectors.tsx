import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../shared/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { focusState } from '../../charts/ModelMark';
import { ModelMarker } from '../../charts/ModelMarker';
import {
  useActions,
  useEmphasis,
  useLinkedFocus,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { ConfidenceNote } from '../../evidence/ConfidenceNote';
import { useMeasureRender } from '../../lib/perf';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import { percent, SECTOR_FAMILIES } from '../../corpus/derive';
import { deriveSectors } from './derive';
import type { SectorRow, SectorSort } from './derive';
import { heatCellStyle } from '../../charts/sector-colours';
import { ViewTitle } from '../shared/ViewTitle';

function SortButton({
  family,
  sortBy,
  onSort,
}: {
  family: SectorSort;
  sortBy: SectorSort;
  onSort: (f: SectorSort) => void;
}) {
  const { t } = useTranslation();
  const label = family ? t(`families.${family}`) : t('table.model');
  const hint = family ? t('sectors.sortBy', { family: label }) : t('sectors.sortCorpus');
  return (
    <button
      type="button"
      className="sort-button"
      aria-pressed={sortBy === family}
      aria-label={`${label} — ${hint}`}
      onClick={() => onSort(family)}
    >
      {label}
      <span aria-hidden="true">{sortBy === family ? ' ▼' : ''}</span>
    </button>
  );
}

/** The heat map is an HTML grid: every cell is text with a shaded background, so it reads as a table too. */
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
  const focus = useEmphasis();
  const indexOf = useModelIndex();
  const { openEvidence } = useActions();
  const linkFocus = useLinkedFocus();
  return (
    <div className="table-scroll">
      <table className="heat-map">
        <caption className="visually-hidden">{t('sectors.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <SortButton family={null} sortBy={sortBy} onSort={onSort} />
            </th>
            {SECTOR_FAMILIES.map((f) => (
              <th scope="col" key={f} aria-sort={sortBy === f ? 'descending' : 'none'}>
                <SortButton family={f} sortBy={sortBy} onSort={onSort} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={focusState(row.id, focus)}>
              <th scope="row">
                <span className="panel__model">
                  <ModelMarker index={indexOf.get(row.id) ?? 0} size={14} />
                  {row.name}
                </span>
                <ConfidenceNote confidence={row.confidence} />
              </th>
              {row.cells.map((cell) => {
                const style = heatCellStyle(cell.share, theme);
                return (
                  <td
                    key={cell.family}
                    className="heat-cell"
                    style={{ background: style.fill, color: style.text }}
                  >
                    <button
                      type="button"
                      className="heat-cell__button"
                      style={{ color: style.text }}
                      aria-label={t('sectors.cellName', {
                        model: row.name,
                        family: t(`families.${cell.family}`),
                        percent: percent(cell.share),
                        sectors: cell.sectors.join(', ') || t('sectors.noneNamed'),
                      })}
                      {...linkFocus(row.id)}
                      onClick={() => openEvidence({ model: row.id, key: 'sectorFocus' })}
                    >
                      <span className="heat-cell__share">{`${percent(cell.share)}%`}</span>
                      {cell.sectors.length ? (
                        <span className="heat-cell__sectors">{cell.sectors.join(', ')}</span>
                      ) : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
          header: `${t(`families.${f}`)} (%)`,
          cell: (r: SectorRow) => percent(r.cells[i]?.share ?? 0),
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
  const [sortBy, setSortBy] = useState<SectorSort>(null);
  const rows = useMemo(() => deriveSectors(models, sortBy), [models, sortBy]);
  useMeasureRender('sectors', models);
  return (
    <>
      <ViewTitle>{t('sectors.title')}</ViewTitle>
      <p className="lead">{t('sectors.intro')}</p>
      <ChartFrame
        title={t('sectors.chartTitle')}
        summary={t('sectors.summary')}
        table={<SectorsTable rows={rows} />}
      >
        <HeatMap rows={rows} sortBy={sortBy} onSort={setSortBy} />
      </ChartFrame>
    </>
  );
}
