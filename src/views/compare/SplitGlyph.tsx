import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useTextLang } from '../../state/selectors';
import { CellGlyph } from './CellGlyph';
import type { CellDisagreement, CoderTag } from './disagreement';

/**
 * A coder's short letter in an outlined box, in the text colour: a coder is never told by a
 * colour alone and never looks like a model's (filled, coloured) marker.
 */
export function CoderLetter({ letter, lang }: { letter: string; lang?: string }) {
  return (
    <span className="coder-letter" lang={lang}>
      {letter}
    </span>
  );
}

/**
 * A disagreeing cell's glyph, split: one band per value the coders give, each lettered with the
 * coders who gave it. Decorative (the cell's name says the same in words); the band of the coding
 * the cell's words give is drawn at full strength, the others lighter.
 */
export function SplitGlyph({
  disagreement,
  index,
}: {
  disagreement: CellDisagreement;
  index: number;
}) {
  // A letter is the initial of the coder's name, so it is in the name's language.
  const langOf = useTextLang();
  return (
    <span className="split-glyph" aria-hidden="true">
      {disagreement.segments.map((s) => (
        <Fragment key={s.key}>
          <span className="split-glyph__coders">
            {s.coders.map((c) => (
              <CoderLetter key={c.id} letter={c.letter} lang={langOf(c.name)} />
            ))}
          </span>
          <span className={`split-glyph__value${s.shown ? ' is-shown' : ''}`}>
            <CellGlyph glyph={s.glyph} index={index} />
          </span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * The lines under the matrix: what a split glyph means, which letter is which coder, and whose
 * coding the cells' words give. A coder's name not yet translated keeps its own language.
 */
export function DisagreementLegend({ coders, shown }: { coders: CoderTag[]; shown: string }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  return (
    <div className="codings-legend">
      <p>{t('codingsCompare.legend')}</p>
      <ul className="codings-legend__coders" aria-label={t('codingsCompare.legendCoders')}>
        {coders.map((c) => (
          <li key={c.id}>
            <CoderLetter letter={c.letter} lang={langOf(c.name)} />{' '}
            <span>
              <span lang={langOf(c.name)}>{c.name}</span>
              {c.id === shown ? ` ${t('codingsCompare.shownInWords')}` : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
