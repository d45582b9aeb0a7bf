import { useId, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from '../i18n/react';
import { downloadBlob, downloadText } from './bundle';
import { snapshotSvg, svgToPng } from './svg';
import type { ExportMeta } from './svg';
import { useBundle, useSelectedModels } from '../state/selectors';
import { useKeyLayer } from '../lib/keyboard-stack';

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'chart';

/**
 * The title, caption and source line an exported chart carries, written when an export runs: the
 * caption names every model shown, and writing it on each change of selection while the menu sat
 * closed cost a 200-model chart about a millisecond at 4× throttle every time.
 */
function useExportMeta(title: string): () => ExportMeta {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  return () => {
    const source = bundle.sources[0];
    return {
      title,
      caption: t('export.caption', { models: models.map((m) => m.name).join(', ') }),
      source: t('export.source', {
        article: source?.title ?? '',
        app: `${window.location.origin}${window.location.pathname}`,
        version: bundle.codebook.version,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  };
}

/** Download SVG / PNG (2×) of the chart in `target`, or copy it as an image where allowed. */
export function ExportMenu({
  title,
  target,
  disabled,
}: {
  title: string;
  target: RefObject<HTMLElement | null>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const metaNow = useExportMeta(title);
  const canCopy =
    typeof window !== 'undefined' && 'ClipboardItem' in window && !!navigator.clipboard?.write;

  useKeyLayer(
    'menu',
    {
      onEscape: () => {
        setOpen(false);
        buttonRef.current?.focus();
      },
    },
    open,
  );

  const snapshot = () => (target.current ? snapshotSvg(target.current, metaNow()) : null);
  const run = async (kind: 'svg' | 'png' | 'copy') => {
    setOpen(false);
    const shot = snapshot();
    if (!shot) return;
    const name = `cluster-atlas-${slug(title)}`;
    try {
      if (kind === 'svg') {
        downloadText(`${name}.svg`, shot.svg, 'image/svg+xml');
        setStatus(t('export.savedSvg'));
        return;
      }
      const png = await svgToPng(shot.svg, shot.width, shot.height, 2);
      if (kind === 'png') {
        downloadBlob(`${name}.png`, png);
        setStatus(t('export.savedPng'));
      } else {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
        setStatus(t('export.copied'));
      }
    } catch {
      setStatus(t('export.failed'));
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="chart-frame__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export.download')}
      </button>
      {open ? (
        <ul
          id={menuId}
          className="export-menu__list"
          aria-label={t('export.menuLabel', { chart: title })}
        >
          <li>
            <button type="button" onClick={() => void run('svg')}>
              {t('export.svg')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void run('png')}>
              {t('export.png')}
            </button>
          </li>
          {canCopy ? (
            <li>
              <button type="button" onClick={() => void run('copy')}>
                {t('export.copy')}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
