import { Fragment } from 'react';
import type { CSSProperties } from 'react';
import { modelColourVar } from '../../charts/palette';
import { useTranslation } from '../../i18n/react';
import { useTextLang } from '../../state/selectors';
import { CellGlyph } from './CellGlyph';
import type { CellDisagreement, CoderTag } from './disagreement';

/**
 * A coder's short letter in an outlined box, in the text colour: a coder is never told by a
 * colour alone and never looks like a model's (filled, coloured) marker.
 */
export function CoderLetter({ letter }: { letter: string }) {
  return <span className="coder-letter">{letter}</span>;
}

/**
 * A disagreeing cell's glyph, split: one band per value the coders give, each lettered with the
 * coders who gave it. Decorative (the cell's name says the same in words); the band of the coding
 * the cell's words give is drawn at full strength, the others with a lighter fill inside a
 * full-strength outline (the model's colour, `--band`), so they stay ≥ 3:1 against the page.
 */
export function SplitGlyph({
  disagreement,
  index,
}: {
  disagreement: CellDisagreement;
  index: number;
}) {
  const band = { '--band': modelColourVar(index) } as CSSProperties;
  return (
    <span className="split-glyph" aria-hidden="true">
      {disagreement.segments.map((s) => (
        <Fragment key={s.key}>
          <span className="split-glyph__coders">
            {s.coders.map((c) => (
              <CoderLetter key={c.id} letter={c.letter} />
            ))}
          </span>
          <span
            className={`split-glyph__value${s.shown ? ' is-shown' : ' is-secondary'}`}
            style={s.shown ? undefined : band}
          >
            <CellGlyph glyph={s.glyph} index={index} />
          </span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * The lines under the matrix: what a split glyph means, which letter is which coder, and whose
 * coding the cells' words give. A letter is its role's, in the reader's language; a coder's
 * name not yet translated keeps its own language.
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
            <CoderLetter letter={c.letter} />{' '}
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
