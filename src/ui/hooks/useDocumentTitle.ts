import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { shownBundle } from '../../state/store';
import { pageModelOf, useAppStore, useView } from '../../state/selectors';
import type { AppState } from '../../state/store';

/** The name of the model whose page is shown, in the reader's language (null elsewhere). */
function pageModelName(s: AppState): string | null {
  if (s.view !== 'model') return null;
  const id = pageModelOf(s);
  return shownBundle(s)?.models.find((m) => m.id === id)?.name ?? null;
}

/**
 * The tab's title names the view shown ("Compare — Cluster Atlas"), a model page its model
 * ("Japan — Cluster Atlas", for sharing one country), and the page's description is in the
 * reader's language, for sharing and search.
 */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const view = useView();
  const modelName = useAppStore(pageModelName);
  useEffect(() => {
    document.title = `${modelName ?? t(`nav.${view}`)} — ${t('app.name')}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [view, modelName, t]);
}
