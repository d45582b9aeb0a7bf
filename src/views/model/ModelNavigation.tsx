import { useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Model } from '../../corpus/schema';
import { useAppStoreApi, useTextLang } from '../../state/selectors';
import { useLinkTo } from '../../state/links';
import { ModelPageLink } from '../shared/ModelPageLink';
import type { Neighbours } from './derive';

/** A plain click is handled in the page; a modified one (new tab, new window) is the browser's. */
const plainClick = (e: MouseEvent) =>
  !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);

/** The previous and next model in the corpus's order, as real links. */
export function NeighbourLinks({
  neighbours,
  nameOf,
}: {
  neighbours: Neighbours;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (!neighbours.previous && !neighbours.next) return null;
  return (
    <nav className="model-page__neighbours" aria-label={t('modelPage.neighbours')}>
      {neighbours.previous ? (
        <ModelPageLink model={neighbours.previous} className="model-page__previous" rel="prev">
          <span aria-hidden="true">← </span>
          <span className="model-page__neighbour-kind">{t('modelPage.previous')}: </span>
          {nameOf(neighbours.previous)}
        </ModelPageLink>
      ) : null}
      {neighbours.next ? (
        <ModelPageLink model={neighbours.next} className="model-page__next" rel="next">
          <span className="model-page__neighbour-kind">{t('modelPage.next')}: </span>
          {nameOf(neighbours.next)}
          <span aria-hidden="true"> →</span>
        </ModelPageLink>
      ) : null}
    </nav>
  );
}

/** "Compare with …": choose another model, then a link to the two side by side. */
export function CompareWith({ model, models }: { model: Model; models: readonly Model[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const linkTo = useLinkTo();
  const langOf = useTextLang();
  const others = models.filter((m) => m.id !== model.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const other = others.find((m) => m.id === chosen) ?? others[0];
  if (!other) return null;
  const change = {
    view: 'compare' as const,
    models: [model.id, other.id],
    focus: null,
    evidence: null,
  };
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!plainClick(e)) return;
    e.preventDefault();
    // One store update: one history entry for the move to the comparison.
    store.setState({
      view: 'compare',
      selectedModels: [model.id, other.id],
      focus: null,
      evidence: null,
      part: null,
    });
  };
  const selectId = `compare-with-${model.id}`;
  return (
    <div className="model-page__compare">
      <label htmlFor={selectId}>{t('modelPage.compareWith')}</label>
      <select id={selectId} value={other.id} onChange={(e) => setChosen(e.target.value)}>
        {others.map((m) => (
          <option key={m.id} value={m.id} lang={langOf(m.name)}>
            {m.name}
          </option>
        ))}
      </select>
      <a
        className="button"
        href={linkTo(change)}
        onClick={follow}
        aria-label={t('modelPage.compareName', { model: model.name, other: other.name })}
      >
        {t('modelPage.compare')}
      </a>
    </div>
  );
}
