import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { SCREEN_TYPE } from '../../charts/type-scale';
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES, stepLabel } from '../../corpus/derive';
import type { Codebook } from '../../corpus/schema';
import type { EvidenceKey } from '../../corpus/vocabulary';
import { useActions, useTextLang } from '../../state/selectors';
import { CodeGlyph } from './CodeGlyph';
import type { CodeSummary } from './derive';
import { layoutCodeGlyph } from './layout';

/** Wide enough for five dots or a bar whose segments carry their letters; fits a phone. */
const GLYPH_WIDTH = 176;

/** A code's value in words: "5 of 5 — director", or "national 50%, regional 35% …; led at …". */
export function codeValueText(code: CodeSummary, codebook: Codebook, t: TFunction): string {
  if (code.step !== null) {
    return t('modelPage.stepValue', {
      value: code.step,
      of: code.of,
      label: stepLabel(codebook, code.dimension, code.step),
    });
  }
  const name = (key: string) =>
    (GOVERNANCE_LEVELS as readonly string[]).includes(key)
      ? t(`levels.${key}`)
      : t(`families.${key}`);
  const shares = code.shares
    .filter((s) => s.share > 0)
    .map((s) => t('modelPage.shareValue', { category: name(s.key), percent: percent(s.share) }))
    .join(', ');
  return code.lead
    ? `${shares}; ${t('modelPage.leadValue', { level: t(`levels.${code.lead}`) })}`
    : shares;
}

export function CodeList({
  codes,
  codebook,
  modelId,
  modelName,
  index,
}: {
  codes: CodeSummary[];
  codebook: Codebook;
  modelId: string;
  modelName: string;
  index: number;
}) {
  const { t } = useTranslation();
  const { openEvidence } = useActions();
  const langOf = useTextLang();
  const letters = Object.fromEntries(
    [...GOVERNANCE_LEVELS, ...SECTOR_FAMILIES].map((k) => [k, t(`letters.${k}`)]),
  );
  return (
    <ul className="model-codes">
      {codes.map((code) => {
        const label =
          codebook.dimensions.find((d) => d.id === code.dimension)?.label ?? code.dimension;
        return (
          <li key={code.dimension} className="model-code" id={`model-code-${code.dimension}`}>
            <h3 className="model-code__name">{label}</h3>
            <div className="model-code__value">
              <CodeGlyph
                layout={layoutCodeGlyph(code, GLYPH_WIDTH, SCREEN_TYPE)}
                index={index}
                letters={letters}
                low={code.confidence === 'low'}
              />
              <p>
                <strong>{codeValueText(code, codebook, t)}</strong>
                <ConfidenceText
                  confidence={code.confidence}
                  text={t(`confidence.${code.confidence}`)}
                />
              </p>
            </div>
            <p className="model-code__rationale" lang={langOf(code.rationale)}>
              {code.rationale}
            </p>
            <button
              type="button"
              className="secondary model-code__evidence"
              aria-label={t('modelPage.openEvidenceName', { model: modelName, dimension: label })}
              onClick={() => openEvidence({ model: modelId, key: code.dimension as EvidenceKey })}
            >
              {t('modelPage.openEvidence')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
