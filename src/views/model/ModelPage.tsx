/**
 * One model's page (view=model): its phrase and summary, its coded values with their evidence,
 * where it sits among the other models, and everything the corpus records of it, each with its
 * quotes. Section and item ids are stable anchors (search and links land on them).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { ModelMarker } from '../../charts/ModelMarker';
import { useBundle, useModelIndex, usePageModel, useTextLang } from '../../state/selectors';
import { ViewTitle } from '../shared/ViewTitle';
import { ActorList } from './ActorList';
import { CodeList } from './CodeList';
import { deriveModelPage, stripsOf } from './derive';
import { InstrumentList } from './InstrumentList';
import { CompareWith, NeighbourLinks } from './ModelNavigation';
import { ExampleList, FactList, LessonLists } from './OtherLists';
import { NoneNote, PageSection } from './PageSection';
import { Strips } from './Strips';

/** The page's sections in order: their ids are the anchors other features link to. */
const SECTIONS = [
  ['model-codes', 'codes'],
  ['model-strips', 'strips'],
  ['model-actors', 'actors'],
  ['model-instruments', 'instruments'],
  ['model-examples', 'examples'],
  ['model-facts', 'facts'],
  ['model-lessons', 'lessons'],
] as const;

/** Moves to a section without writing a fragment into the address (it holds the app's state). */
const jumpTo = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  const heading = document.getElementById(id)?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  e.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
};

export function ModelPage() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const id = usePageModel();
  const indexOf = useModelIndex();
  const langOf = useTextLang();
  const model = bundle.models.find((m) => m.id === id);
  const ids = useMemo(() => bundle.models.map((m) => m.id), [bundle]);
  const data = useMemo(
    () => (model ? deriveModelPage(model, bundle.codebook, ids) : null),
    [model, bundle, ids],
  );
  const strips = useMemo(
    () => (model ? stripsOf(bundle.models, model.id, bundle.codebook) : []),
    [model, bundle],
  );
  // Another model's page starts at its top, as a new page would.
  const shown = useRef(id);
  useEffect(() => {
    if (shown.current !== id) window.scrollTo?.(0, 0);
    shown.current = id;
  }, [id]);
  if (!model || !data) {
    return (
      <>
        <ViewTitle>{t('nav.model')}</ViewTitle>
        <p className="notice-inline">{t('modelPage.noModel')}</p>
      </>
    );
  }
  const index = indexOf.get(model.id) ?? 0;
  const nameOf = (other: string) => bundle.models.find((m) => m.id === other)?.name ?? other;
  return (
    <article className="model-page" data-model={model.id}>
      <header className="model-page__head">
        <p className="model-page__kicker">
          {t('modelPage.kicker', { number: data.neighbours.number, total: data.neighbours.total })}
        </p>
        <div className="model-page__title">
          <ModelMarker index={index} size={24} />
          <ViewTitle>
            <span lang={langOf(model.name)}>{model.name}</span>
          </ViewTitle>
        </div>
        <p className="model-page__phrase" lang={langOf(model.modelName)}>
          {model.modelName}
        </p>
        <p className="model-page__summary" lang={langOf(model.summary)}>
          {model.summary}
        </p>
        <div className="model-page__ways">
          <NeighbourLinks neighbours={data.neighbours} nameOf={nameOf} />
          <CompareWith model={model} models={bundle.models} />
        </div>
        <nav className="model-page__contents" aria-label={t('modelPage.contents')}>
          <ul>
            {SECTIONS.map(([anchor, key]) => (
              <li key={anchor}>
                <a href={`#${anchor}`} onClick={jumpTo(anchor)}>
                  {t(`modelPage.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <PageSection id="model-codes" title={t('modelPage.codes')}>
        <p className="model-page__intro">{t('modelPage.codesIntro', { model: model.name })}</p>
        <CodeList
          codes={data.codes}
          codebook={bundle.codebook}
          modelId={model.id}
          modelName={model.name}
          index={index}
        />
      </PageSection>
      <PageSection id="model-strips" title={t('modelPage.strips')}>
        <p className="model-page__intro">{t('modelPage.stripsIntro', { model: model.name })}</p>
        <Strips strips={strips} codebook={bundle.codebook} modelName={model.name} nameOf={nameOf} />
      </PageSection>
      <PageSection id="model-actors" title={t('modelPage.actors')}>
        {data.actors.length > 0 ? (
          <ActorList groups={data.actors} codebook={bundle.codebook} />
        ) : (
          <NoneNote>{t('modelPage.noActors')}</NoneNote>
        )}
      </PageSection>
      <PageSection id="model-instruments" title={t('modelPage.instruments')}>
        {data.instruments.length > 0 ? (
          <InstrumentList groups={data.instruments} codebook={bundle.codebook} />
        ) : (
          <NoneNote>{t('modelPage.noInstruments')}</NoneNote>
        )}
      </PageSection>
      <PageSection id="model-examples" title={t('modelPage.examples')}>
        {data.examples.length > 0 ? (
          <ExampleList items={data.examples} />
        ) : (
          <NoneNote>{t('modelPage.noExamples')}</NoneNote>
        )}
      </PageSection>
      <PageSection id="model-facts" title={t('modelPage.facts')}>
        {data.facts.length > 0 ? (
          <FactList items={data.facts} />
        ) : (
          <NoneNote>{t('modelPage.noFacts')}</NoneNote>
        )}
      </PageSection>
      <PageSection id="model-lessons" title={t('modelPage.lessons')}>
        {data.strengths.length + data.challenges.length > 0 ? (
          <LessonLists strengths={data.strengths} challenges={data.challenges} />
        ) : (
          <NoneNote>{t('modelPage.noLessons')}</NoneNote>
        )}
      </PageSection>
    </article>
  );
}
