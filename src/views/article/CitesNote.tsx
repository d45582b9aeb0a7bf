import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Codebook } from '../../corpus/schema';
import type { Lang } from '../../corpus/vocabulary';
import { useBundle, useLang } from '../../state/selectors';
import { LIST_KINDS } from './derive';
import type { Citer, ModelCiter, ParagraphCites } from './derive';
import { useGoTo } from './go-to';

/** A codebook label inside a phrase ("Japan: state role"): its first letter lower-cased. */
export function inPhrase(lang: Lang, label: string): string {
  const [first = '', second = ''] = [...label];
  if (
    second &&
    second === second.toLocaleUpperCase(lang) &&
    second !== second.toLocaleLowerCase(lang)
  )
    return label; // an acronym (SME) keeps its capitals
  return first.toLocaleLowerCase(lang) + label.slice(first.length);
}

const dimensionLabel = (codebook: Codebook, id: string) =>
  codebook.dimensions.find((d) => d.id === id)?.label ?? id;

/** One model's part of the note, as links: "Japan: state role, governance level; 2 actors". */
function ModelLine({ citer }: { citer: ModelCiter }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { codebook } = useBundle();
  const goTo = useGoTo();
  const lists = LIST_KINDS.filter((k) => citer.counts[k] > 0);
  // Each link keeps the punctuation after it on its line ("2 actors," never breaks before ",").
  const parts: { key: string; link: ReactNode; after: string }[] = [
    {
      key: 'model',
      link: <a {...goTo({ kind: 'model', model: citer.model })}>{citer.name}</a>,
      after: citer.dimensions.length + lists.length > 0 ? ':' : '',
    },
    ...citer.dimensions.map((d, i) => ({
      key: d,
      link: (
        <a {...goTo({ kind: 'evidence', model: citer.model, key: d })}>
          {inPhrase(lang, dimensionLabel(codebook, d))}
        </a>
      ),
      after: i < citer.dimensions.length - 1 ? ',' : lists.length > 0 ? ';' : '',
    })),
    ...lists.map((k, i) => ({
      key: k,
      link: (
        <a {...goTo({ kind: 'model', model: citer.model, section: `model-${k}` })}>
          {t(`article.count.${k}`, { count: citer.counts[k] })}
        </a>
      ),
      after: i < lists.length - 1 ? ',' : '',
    })),
  ];
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={part.key}>
          {i > 0 ? ' ' : null}
          <span className="article-cites__part">
            {part.link}
            {part.after}
          </span>
        </Fragment>
      ))}
    </>
  );
}

function CiterLine({ citer }: { citer: Citer }) {
  const { t } = useTranslation();
  const goTo = useGoTo();
  if (citer.kind === 'model') return <ModelLine citer={citer} />;
  return (
    <>
      {t('article.concept')}{' '}
      <a {...goTo({ kind: 'concept', concept: citer.concept })}>{citer.title}</a>
    </>
  );
}

/**
 * Beside a paragraph (under it on a phone): what of the corpus quotes it, each part a link to
 * the exact place: "p31 → Japan: state role, governance level; 2 actors, 3 instruments".
 */
export function CitesNote({ number, cites }: { number: number; cites: ParagraphCites }) {
  const { t } = useTranslation();
  return (
    <div className="article-cites">
      <p className="article-cites__head">
        <span aria-hidden="true">{t('evidence.locator', { number })} →</span>
        <span className="visually-hidden">{t('article.citedBy', { number })}</span>
      </p>
      <ul>
        {cites.citers.map((c) => (
          <li key={c.kind === 'model' ? `m-${c.model}` : `c-${c.concept}`}>
            <CiterLine citer={c} />
          </li>
        ))}
      </ul>
      {cites.unplaced > 0 ? (
        <p className="article-cites__unplaced">
          {t('article.unplaced', { count: cites.unplaced })}
        </p>
      ) : null}
    </div>
  );
}

/** The words "who quotes it" for a mark in the text: "Japan: state role; 2 actors". */
export function useCiterWords(): (c: Citer) => string {
  const { t } = useTranslation();
  const lang = useLang();
  const { codebook } = useBundle();
  return (c) => {
    if (c.kind === 'concept') return `${t('article.concept')} ${c.title}`;
    const parts = [
      c.dimensions.map((d) => inPhrase(lang, dimensionLabel(codebook, d))).join(', '),
      LIST_KINDS.filter((k) => c.counts[k] > 0)
        .map((k) => t(`article.count.${k}`, { count: c.counts[k] }))
        .join(', '),
    ].filter(Boolean);
    return parts.length ? `${c.name}: ${parts.join('; ')}` : c.name;
  };
}
