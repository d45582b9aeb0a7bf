import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { PRESENT_TYPE } from '../../charts/type-scale';
import type { EvidenceKey } from '../../corpus/vocabulary';
import {
  useActions,
  useBundle,
  useEmphasis,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { SlideGridTable, useSlideWords } from '../compare/CompareSlide';
import { layoutSlideGrid } from '../compare/slide-grid';
import { useSlideMeasure } from '../compare/slide-measure';
import { useSlideBox } from '../shared/slide-box';
import { slideGridSpec, SLIDE_ROWS } from './slide-spec';

/**
 * The overview as one projected comparison: a column per model (marker, name, model phrase), a
 * row per card dimension with its value in words and, room allowing, a small glyph drawn at the
 * projector's size. The summaries, counts and card glyphs stay on the page: the lecturer speaks
 * them. Laid out by the compare slide's grid (no word split, nothing scrolls; glyphs, then
 * phrases, then models from the end give way when the stage is small).
 */
export function OverviewSlide() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const { openEvidence } = useActions();
  const box = useSlideBox();
  const measure = useSlideMeasure();
  const words = useSlideWords();
  const spec = useMemo(
    () => slideGridSpec(models, bundle.codebook, words),
    [models, bundle, words],
  );
  const layout = useMemo(
    () => layoutSlideGrid(spec, box.width, box.height, PRESENT_TYPE, measure),
    [spec, box.width, box.height, measure],
  );
  return (
    <SlideGridTable
      layout={layout}
      caption={t('overview.cardsLabel')}
      rowKeys={SLIDE_ROWS}
      rowNames={spec.rows}
      corpusRows={new Set<EvidenceKey>(['stateRole', 'firmHierarchy'])}
      indexOf={indexOf}
      emphasis={emphasis}
      cellName={(model, i) => {
        const column = spec.columns.find((c) => c.id === model);
        return t('overview.openEvidence', {
          model: column?.name ?? model,
          fact: `${spec.rows[i] ?? ''}: ${column?.cells[i]?.text ?? ''}`,
        });
      }}
      onOpen={(model, key) => openEvidence({ model, key })}
    />
  );
}
