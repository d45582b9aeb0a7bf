/**
 * The policy brief: what a policymaker takes to the meeting, printed from the fit view on one A4
 * page (two at most) in the reader's language — the region's profile, the two nearest models with
 * their similarity and differences, what they did on the side of each large gap in the article's
 * words (a short quote and its paragraph), the method in three lines, the citations and the link
 * that reopens this profile. On screen only the "Policy brief" button shows: the brief is the
 * printed form of the page (fit-brief.css hides the rest of the view in print, the brief on
 * screen), so printing the view by any means prints the brief. Black and white carry it all: no
 * meaning rests on colour.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES, stepLabel } from '../../corpus/derive';
import { ARTICLE_ID } from '../../corpus/source-text';
import type { DistanceOptions } from '../../profile/distance';
import { DIMENSIONS, EQUAL_WEIGHTS } from '../../profile/distance';
import { citePlain } from '../../export/cite';
import { Locator } from '../../evidence/Locator';
import { ModelMarker } from '../../charts/ModelMarker';
import { formatDate, formatNumber } from '../../i18n/format';
import {
  useBundle,
  useLang,
  useModelIndex,
  useQuoteTranslation,
  useSourceBundle,
  useTextLang,
} from '../../state/selectors';
import { absoluteUrl, hrefFor } from '../../state/url';
import { useDirectionWords } from './direction-words';
import type { BriefModel, BriefQuote } from './brief/brief-content';
import { briefContent, trimQuote } from './brief/brief-content';

/** The "Policy brief" button: prints the page, which in print is the brief. */
export function PolicyBriefButton() {
  const { t } = useTranslation();
  return (
    <p className="fit-brief-action">
      <button type="button" onClick={() => window.print()} aria-describedby="fit-brief-hint">
        {t('fitBrief.button')}
      </button>{' '}
      <span id="fit-brief-hint" className="muted">
        {t('fitBrief.buttonHint')}
      </span>
    </p>
  );
}

/** The region's five values in words: a step and its label, or each share in %. */
function ProfileWords({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { codebook } = useBundle();
  const langOf = useTextLang();
  const pct = (v: number) => formatNumber(lang, v, { style: 'percent', maximumFractionDigits: 0 });
  const v = profile.values;
  const value = (d: (typeof DIMENSIONS)[number]) => {
    if (d === 'governanceLevel')
      return GOVERNANCE_LEVELS.map((k) => `${t(`levels.${k}`)} ${pct(v.governanceLevel[k])}`).join(
        ' · ',
      );
    if (d === 'sectorFocus')
      return SECTOR_FAMILIES.map((k) => `${t(`families.${k}`)} ${pct(v.sectorFocus[k])}`).join(
        ' · ',
      );
    const label = stepLabel(codebook, d, v[d]);
    return (
      <>
        {v[d]} — <span lang={langOf(label)}>{label}</span>
      </>
    );
  };
  return (
    <dl className="fit-brief__profile">
      {DIMENSIONS.map((d) => (
        <div key={d}>
          <dt>{t(`fitGuide.topic.${d}`)}</dt>
          <dd>{value(d)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A quote, shortened at a word boundary if long, with its paragraph and our translation. */
function BriefQuoteBlock({ quote }: { quote: BriefQuote }) {
  const { t } = useTranslation();
  const words = useDirectionWords();
  const shown = trimQuote(quote.evidence.quote);
  const translated = useQuoteTranslation(quote.evidence.quote);
  const items = quote.items.map((item) => `${item.label} (${words.kind(item)})`);
  return (
    <div className="fit-brief__quote">
      {items.length > 0 ? (
        <p className="fit-brief__items">
          {items.join(' · ')}
          {quote.moreItems > 0 ? ` ${t('fitBrief.moreItems', { count: quote.moreItems })}` : null}
        </p>
      ) : null}
      <blockquote>
        <p>
          <span lang="en">“{shown.text}”</span> <Locator locator={quote.evidence.locator} />
        </p>
        {translated ? (
          <p className="fit-brief__translation">
            {t('evidence.ourTranslation')} {trimQuote(translated).text}
          </p>
        ) : null}
      </blockquote>
    </div>
  );
}

/** One of the two nearest models: its similarity, each difference, and what it did on the largest. */
function BriefModelSection({ entry }: { entry: BriefModel }) {
  const { t } = useTranslation();
  const words = useDirectionWords();
  const indexOf = useModelIndex();
  const name = entry.model.name;
  const done = new Map(entry.done.map((d) => [d.move.dimension, d]));
  return (
    <section className="fit-brief__model" aria-labelledby={`fit-brief-${entry.model.id}`}>
      <h3 id={`fit-brief-${entry.model.id}`}>
        <ModelMarker index={indexOf.get(entry.model.id) ?? 0} size={12} />{' '}
        {t('fit.rankText', { rank: entry.rank, model: name, similarity: entry.similarity })}
      </h3>
      {entry.differences.length === 0 ? (
        <p>{t('fit.noDifference', { model: name })}</p>
      ) : (
        <>
          <ul className="fit-brief__moves">
            {entry.differences.map((move) => {
              const did = done.get(move.dimension);
              return (
                <li key={move.dimension}>
                  <p className="fit-brief__direction">{words.direction(move.direction, name)}</p>
                  {did && did.move.basis === 'code' ? (
                    <p className="fit-brief__items">{words.codeIntro(did.move, name)}</p>
                  ) : null}
                  {did?.quotes.map((q) => (
                    <BriefQuoteBlock key={q.evidence.id} quote={q} />
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The method in three lines, with the weights and the confidence handling as set. */
function BriefMethod({ options }: { options: DistanceOptions }) {
  const { t } = useTranslation();
  const lang = useLang();
  const weights = options.weights ?? EQUAL_WEIGHTS;
  const equal = DIMENSIONS.every((d) => weights[d] === weights.stateRole);
  const weightText = equal
    ? t('fitBrief.weightsEqual')
    : DIMENSIONS.map((d) =>
        t('fitBrief.weight', {
          dimension: t(`fitGuide.topic.${d}`),
          weight: formatNumber(lang, weights[d], { maximumFractionDigits: 2 }),
        }),
      ).join(' · ');
  return (
    <section className="fit-brief__method" aria-labelledby="fit-brief-method">
      <h3 id="fit-brief-method">{t('fitBrief.methodTitle')}</h3>
      <p>{t('fitBrief.method1')}</p>
      <p>{t('fitBrief.method2')}</p>
      <p>
        {t('fitBrief.method3', {
          weights: weightText,
          confidence: options.downWeightLowConfidence
            ? t('fitBrief.confidenceHalf')
            : t('fitBrief.confidenceFull'),
        })}
      </p>
    </section>
  );
}

export const FitBrief = memo(function FitBrief({
  profile,
  models,
  options,
}: {
  profile: Profile;
  models: readonly Model[];
  options: DistanceOptions;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = useBundle();
  const written = useSourceBundle();
  const content = useMemo(() => briefContent(profile, models, options), [profile, models, options]);
  // The link carries the language too: a brief read in Russian reopens in Russian.
  const link = absoluteUrl(hrefFor({ view: 'fit', profile, lang }));
  const today = new Date();
  // The article's title as the article gives it (a citation names the original), the rest in ours.
  const original = written.sources.find((s) => s.id === ARTICLE_ID) ?? written.sources[0];
  const described = shown.sources.find((s) => s.id === original?.id);
  const cite = citePlain({
    viewTitle: t('nav.fit'),
    url: link,
    codebookVersion: shown.codebook.version,
    date: today.toISOString().slice(0, 10),
    article: original ? { title: original.title, kind: described?.kind ?? original.kind } : null,
  });
  const others = content.others.map((o) =>
    t('fitBrief.otherModel', { model: o.ranked.name, similarity: o.similarity }),
  );
  return (
    <article className="fit-brief" aria-labelledby="fit-brief-title">
      <header className="fit-brief__head">
        <p className="fit-brief__kicker">
          {t('fitBrief.kicker', { date: formatDate(lang, today) })}
        </p>
        <h2 id="fit-brief-title">{t('fitBrief.title', { region: profile.name })}</h2>
        <p>{t('fitBrief.intro')}</p>
        <p className="fit-brief__link">
          {t('fitBrief.linkLead')} <a href={link}>{link}</a>
        </p>
      </header>
      <section aria-labelledby="fit-brief-profile">
        <h3 id="fit-brief-profile">{t('fitBrief.profileTitle', { region: profile.name })}</h3>
        <ProfileWords profile={profile} />
      </section>
      {content.nearest.map((entry) => (
        <BriefModelSection key={entry.model.id} entry={entry} />
      ))}
      {others.length > 0 ? (
        <p className="fit-brief__others">{t('fitBrief.others', { list: others.join(' · ') })}</p>
      ) : null}
      <div className="fit-brief__foot">
        <BriefMethod options={options} />
        <section className="fit-brief__cite" aria-labelledby="fit-brief-cite">
          <h3 id="fit-brief-cite">{t('fitBrief.citeTitle')}</h3>
          {/* Citations are written in English, as the article is (as the article view gives them). */}
          {cite.article ? <p lang="en">{cite.article}</p> : null}
          <p lang="en">{cite.app}</p>
        </section>
      </div>
    </article>
  );
});
