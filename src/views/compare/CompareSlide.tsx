/**
 * The compare matrix as slides, one part at a time: "codes" (the five coded dimensions, a value
 * in words per model) or one of the lists (key actors, instruments, lessons). Each is laid out for
 * the measured stage with the projector's type (slide-grid.ts, slide-lists.ts): no word split,
 * nothing scrolls, a list longer than the stage ends in "and N more". The grid's drawing is shared
 * with the overview's slide.
 */
import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import { focusState } from '../../charts/ModelMark';
import { modelColourVar, shareColourVar, shareTextVar } from '../../charts/palette';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { percent } from '../../corpus/derive';
import type { EvidenceKey } from '../../corpus/vocabulary';
import {
  useActions,
  useBundle,
  useEmphasis,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import type { SlideProps } from '../shared/slide-box';
import { useSlideBox } from '../shared/slide-box';
import { deriveCompare } from './derive';
import type { ListKey } from './derive';
import { layoutSlideGrid } from './slide-grid';
import type { GridLayout, GridMetrics, PlacedGlyph } from './slide-grid';
import { layoutSlideLists } from './slide-lists';
import type { ListsLayout } from './slide-lists';
import { useSlideMeasure } from './slide-measure';
import { codeRows, compareGridSpec, compareListsSpec, slideCellText } from './slide-spec';
import type { SlideWords } from './slide-spec';

/** The words of a table slide, in the reader's language. */
export function useSlideWords(): SlideWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      // A dimension's name as a row heading on a slide: as short as the language can say it
      // (Russian «Отрасли», not «Отраслевая направленность»), so a fifth model keeps its column.
      rowName: (key) => t(`slides.rows.${key}`),
      step: (value, label) => t('compare.stepShort', { value, label }),
      share: (group, key, share) =>
        t('compare.shareShort', { name: t(`${group}.${key}`), percent: percent(share) }),
      letter: (_group, key) => t(`letters.${key}`),
      approximateNote: t('slides.approximate'),
      hiddenNote: (names) =>
        t('slides.notShown', { models: names.join(t('evidencePanel.partsSeparator')) }),
    }),
    [t],
  );
}

/** The custom properties the table's CSS reads: the same sizes its layout assumed. */
function metricVars(m: GridMetrics): CSSProperties {
  return {
    '--slide-line': `${m.lineHeight}px`,
    '--slide-pad-x': `${m.padX}px`,
    '--slide-pad-y': `${m.padY}px`,
    '--slide-border': `${m.border}px`,
    '--slide-gap': `${m.gap}px`,
    '--slide-marker-gap': `${m.markerGap}px`,
  } as CSSProperties;
}

function GlyphDrawing({
  glyph,
  index,
  metrics,
}: {
  glyph: PlacedGlyph;
  index: number;
  metrics: GridMetrics;
}) {
  const stroke = metrics.stroke;
  const colour = modelColourVar(index);
  const mid = glyph.height / 2;
  return (
    <svg
      className="slide-table__glyph"
      width={Math.ceil(glyph.width)}
      height={glyph.height}
      aria-hidden="true"
      focusable="false"
    >
      {glyph.kind === 'ordinal'
        ? glyph.dots.map((d, i) => (
            <circle
              key={i}
              cx={d.x}
              cy={mid}
              r={glyph.radius}
              fill={d.filled ? colour : 'none'}
              stroke={d.filled ? colour : 'var(--muted)'}
              strokeWidth={stroke}
            />
          ))
        : glyph.segments.map((s) => (
            <g key={s.key}>
              <rect
                x={s.x}
                y={0}
                width={Math.max(0, s.width - 1)}
                height={glyph.height}
                style={{ fill: shareColourVar(s.key) }}
              />
              {s.letter ? (
                <text
                  x={s.x + s.width / 2}
                  y={mid}
                  textAnchor="middle"
                  dominantBaseline="central"
                  className="slide-table__letter"
                  style={{ fill: shareTextVar(s.key), fontSize: metrics.font }}
                >
                  {s.letter}
                </text>
              ) : null}
            </g>
          ))}
    </svg>
  );
}

function ColumnHead({ name, index, marker }: { name: string; index: number; marker: number }) {
  return (
    <span className="slide-table__name">
      <ModelMarker index={index} size={marker} />
      <span lang="en">{name}</span>
    </span>
  );
}

function Notes({ notes }: { notes: readonly string[] }) {
  return notes.map((n) => (
    <p key={n} className="slide-table__note">
      {n}
    </p>
  ));
}

export interface SlideGridProps {
  layout: GridLayout;
  caption: string;
  /** The rows' evidence keys, in row order: a cell opens its model's evidence for its row. */
  rowKeys: readonly EvidenceKey[];
  rowNames: readonly string[];
  /** Cells whose text is corpus words (step names), marked as English. */
  corpusRows: ReadonlySet<EvidenceKey>;
  indexOf: ReadonlyMap<string, number>;
  emphasis: string | null;
  /** The accessible name of a cell's button. */
  cellName: (model: string, row: number) => string;
  onOpen: (model: string, key: EvidenceKey) => void;
}

/** A model-by-dimension table laid out by layoutSlideGrid, drawn from its layout alone. */
export function SlideGridTable({
  layout,
  caption,
  rowKeys,
  rowNames,
  corpusRows,
  indexOf,
  emphasis,
  cellName,
  onOpen,
}: SlideGridProps) {
  const m = layout.metrics;
  return (
    <div
      className="slide-tables"
      style={metricVars(m)}
      data-layout-height={Math.ceil(layout.height)}
    >
      <table className="slide-table" style={{ width: layout.width }}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {layout.stacked ? null : <col style={{ width: layout.rowHeadWidth }} />}
          {layout.columns.map((c) => (
            <col key={c.spec.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {layout.stacked ? null : <td />}
            {layout.columns.map((c) => (
              <th key={c.spec.id} scope="col" className={focusState(c.spec.id, emphasis)}>
                <ColumnHead
                  name={c.spec.name}
                  index={indexOf.get(c.spec.id) ?? 0}
                  marker={m.marker}
                />
                {layout.phrases && c.spec.phrase ? (
                  <span className="slide-table__phrase" lang="en">
                    {c.spec.phrase}
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {rowNames.map((name, i) => {
          const key = rowKeys[i];
          const cells = layout.columns.map((c) => {
            const cell = c.spec.cells[i];
            const glyph = c.glyphs[i];
            if (!cell || !key) return <td key={c.spec.id} />;
            return (
              <td key={c.spec.id} className={focusState(c.spec.id, emphasis)}>
                <button
                  type="button"
                  className="slide-table__cell"
                  aria-label={cellName(c.spec.id, i)}
                  onClick={() => onOpen(c.spec.id, key)}
                >
                  {glyph ? (
                    <GlyphDrawing glyph={glyph} index={indexOf.get(c.spec.id) ?? 0} metrics={m} />
                  ) : null}
                  <span lang={corpusRows.has(key) ? 'en' : undefined}>{cell.text}</span>
                </button>
              </td>
            );
          });
          // Stacked (a narrow stage), a row's name heads its own group above the values.
          return layout.stacked ? (
            <tbody key={key ?? i} className="slide-table__group">
              <tr>
                <th scope="rowgroup" colSpan={layout.columns.length}>
                  {name}
                </th>
              </tr>
              <tr>{cells}</tr>
            </tbody>
          ) : (
            <tbody key={key ?? i}>
              <tr>
                <th scope="row">{name}</th>
                {cells}
              </tr>
            </tbody>
          );
        })}
      </table>
      <Notes notes={layout.notes} />
    </div>
  );
}

/** The lists drawn from their layout: a model's name opens its evidence for the list. */
function SlideListsTable({
  layout,
  caption,
  indexOf,
  emphasis,
  headName,
  onOpen,
}: {
  layout: ListsLayout;
  caption: string;
  indexOf: ReadonlyMap<string, number>;
  emphasis: string | null;
  headName: (model: string) => string;
  onOpen: (model: string) => void;
}) {
  const m = layout.metrics;
  return (
    <div
      className="slide-tables"
      data-layout-height={Math.ceil(layout.height)}
      style={
        {
          ...metricVars(m),
          '--slide-bullet': `${m.bullet}px`,
          '--slide-item-gap': `${m.itemGap}px`,
        } as CSSProperties
      }
    >
      <table className="slide-table slide-table--lists" style={{ width: layout.width }}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {layout.columns.map((c) => (
            <col key={c.spec.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {layout.columns.map((c) => (
              <th key={c.spec.id} scope="col" className={focusState(c.spec.id, emphasis)}>
                <button
                  type="button"
                  className="slide-table__cell"
                  aria-label={headName(c.spec.id)}
                  onClick={() => onOpen(c.spec.id)}
                >
                  <ColumnHead
                    name={c.spec.name}
                    index={indexOf.get(c.spec.id) ?? 0}
                    marker={m.marker}
                  />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {layout.columns.map((c) => (
              <td key={c.spec.id} className={focusState(c.spec.id, emphasis)}>
                <ul className="slide-table__items">
                  {c.spec.items.slice(0, c.shown).map((item, i) => (
                    <li key={i}>
                      {item.lead ? <strong>{item.lead} </strong> : null}
                      <span lang="en">{item.text}</span>
                    </li>
                  ))}
                </ul>
                {c.rest ? <p className="slide-table__rest">{c.rest}</p> : null}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <Notes notes={layout.notes} />
    </div>
  );
}

export function CompareSlide({ part }: SlideProps) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const { openEvidence } = useActions();
  const box = useSlideBox();
  const measure = useSlideMeasure();
  const rows = useMemo(() => deriveCompare(models, bundle.codebook), [models, bundle]);
  const words = useSlideWords();
  const codes = useMemo(() => codeRows(rows), [rows]);
  const grid = useMemo(() => {
    if (part !== 'codes') return null;
    const spec = compareGridSpec(rows, words);
    return { spec, layout: layoutSlideGrid(spec, box.width, box.height, PRESENT_TYPE, measure) };
  }, [part, rows, words, box.width, box.height, measure]);
  const lists = useMemo(() => {
    if (part === 'codes') return null;
    const spec = compareListsSpec(rows, part as ListKey, {
      more: (count) => t('compare.more', { count }),
      none: (count) => t('compare.count', { count }),
      lessonLead: (kind) => t('slides.lessonLead', { kind: t(`compare.${kind}`) }),
      hiddenNote: words.hiddenNote,
    });
    return spec ? layoutSlideLists(spec, box.width, box.height, PRESENT_TYPE, measure) : null;
  }, [part, rows, t, words, box.width, box.height, measure]);

  if (grid) {
    const rowName = (i: number) => grid.spec.rows[i] ?? '';
    return (
      <SlideGridTable
        layout={grid.layout}
        caption={t('compare.caption')}
        rowKeys={codes.map((r) => r.key)}
        rowNames={grid.spec.rows}
        corpusRows={new Set<EvidenceKey>(['stateRole', 'firmHierarchy', 'universityIndustry'])}
        indexOf={indexOf}
        emphasis={emphasis}
        cellName={(model, i) => {
          const cell = codes[i]?.cells.find((c) => c.modelId === model);
          return cell
            ? t('compare.cellName', {
                model: cell.modelName,
                row: rowName(i),
                value: slideCellText(cell, words),
                confidence: cell.confidence
                  ? t(`confidence.${cell.confidence}`)
                  : t('compare.noConfidence'),
              })
            : '';
        }}
        onOpen={(model, key) => openEvidence({ model, key })}
      />
    );
  }
  if (!lists) return null;
  const listName = t(`compare.${part as ListKey}`);
  return (
    <SlideListsTable
      layout={lists}
      caption={listName}
      indexOf={indexOf}
      emphasis={emphasis}
      headName={(model) => {
        const column = lists.columns.find((c) => c.spec.id === model);
        return t('compare.cellName', {
          model: column?.spec.name ?? model,
          row: listName,
          value: t('compare.count', { count: column?.spec.items.length ?? 0 }),
          confidence: t('compare.noConfidence'),
        });
      }}
      onOpen={(model) => openEvidence({ model, key: part as ListKey })}
    />
  );
}
