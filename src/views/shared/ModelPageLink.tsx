/**
 * A link to a model's page (`?view=model&model=<id>`): a real link, so "open in new tab" works,
 * handled in the page on a plain click (one store update, one history entry), as the navigation's
 * links are. Charts, cards, compare headers and fit results all link through it.
 */
import { memo, useContext } from 'react';
import type { MouseEvent, ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Box } from '../../charts/text-width';
import { markStateChange } from '../../lib/perf';
import { useModelPageHref } from '../../state/links';
import { useActions, usePresent } from '../../state/selectors';
import { StoreContext } from '../../state/StoreProvider';

/**
 * The href and handlers of a model page link, for links drawn elsewhere (a chart). The href is the
 * address as the link is drawn, and is written again as the reader comes to use it: on pointer
 * enter (before a middle click, a context menu or a drag) and on focus (before a key). A link does
 * not follow the address (state/links.ts says why); a plain click is handled in the page.
 */
export function useModelPageLink(): (model: string) => {
  href: string;
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
  onPointerEnter: (e: SyntheticEvent<HTMLAnchorElement>) => void;
  onFocus: (e: SyntheticEvent<HTMLAnchorElement>) => void;
} {
  const hrefOf = useModelPageHref();
  const { openModelPage } = useActions();
  return (model) => {
    const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
      e.currentTarget.href = hrefOf(model);
    };
    return {
      href: hrefOf(model),
      onClick: (e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        markStateChange();
        openModelPage(model);
      },
      onPointerEnter: refresh,
      onFocus: refresh,
    };
  };
}

export function ModelPageLink({
  model,
  children,
  className,
  lang,
  rel,
  label,
  describedBy,
}: {
  model: string;
  children: ReactNode;
  className?: string;
  lang?: string;
  rel?: string;
  /** An accessible name where the visible text alone would not say where the link goes. */
  label?: string;
  describedBy?: string;
}) {
  const link = useModelPageLink()(model);
  return (
    <a
      href={link.href}
      onClick={link.onClick}
      onPointerEnter={link.onPointerEnter}
      onFocus={link.onFocus}
      className={className}
      lang={lang}
      rel={rel}
      aria-label={label}
      aria-describedby={describedBy}
    >
      {children}
    </a>
  );
}

/**
 * A chart's model name as a link to the model's page: a transparent link laid over the name the
 * drawing writes (the SVG stays one image with its text alternative), keyboard-focusable. Drawn
 * only where there is a store to link from and the chart is not on a projected slide; drawings
 * rendered from props alone (tests, exports) keep their plain names. Memoised: its box comes from
 * the layout, so a hover or a long chart filling in draws no name link again.
 */
export const ChartNameLink = memo(function ChartNameLink({
  model,
  name,
  box,
}: {
  model: string;
  name: string;
  box: Box;
}) {
  const store = useContext(StoreContext);
  return store ? <PlacedNameLink model={model} name={name} box={box} /> : null;
});

/** The least a pointer target may be: names in 12 px type run under 24 px high. */
const MIN_TARGET = 24;

function PlacedNameLink({ model, name, box }: { model: string; name: string; box: Box }) {
  const { t } = useTranslation();
  const present = usePresent();
  const link = useModelPageLink()(model);
  if (present) return null;
  const height = Math.max(MIN_TARGET, box.height);
  const width = Math.max(MIN_TARGET, box.width);
  return (
    <a
      href={link.href}
      onClick={link.onClick}
      onPointerEnter={link.onPointerEnter}
      onFocus={link.onFocus}
      className="chart-name-link"
      aria-label={t('modelPage.chartLinkName', { model: name })}
      style={{
        left: box.x - (width - box.width) / 2,
        top: box.y - (height - box.height) / 2,
        width,
        height,
      }}
    />
  );
}

/**
 * A model's name in a drawing's HTML (a table's row header, a panel's title) as a link to its
 * page; plain text where there is no store (a drawing rendered from props alone) or on a slide.
 */
export function ModelNameLink({ model, children }: { model: string; children: ReactNode }) {
  const store = useContext(StoreContext);
  return store ? <NameLinkInStore model={model}>{children}</NameLinkInStore> : <>{children}</>;
}

function NameLinkInStore({ model, children }: { model: string; children: ReactNode }) {
  const present = usePresent();
  if (present) return <>{children}</>;
  return (
    <ModelPageLink model={model} className="model-name-link">
      {children}
    </ModelPageLink>
  );
}
