/**
 * Error boundaries: a view that fails shows what failed and ways out, instead of blanking the
 * whole app; the shell's own boundary is the last resort. A failed view's Retry mounts it afresh,
 * which loads its code again (see views/registry.ts: a rejected load is never cached).
 */
import { Component, Fragment } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { forgetFailedLoads } from '../views/registry';

interface BoundaryProps {
  children: ReactNode;
  /** What to show instead of the children once they failed. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** A change of this value clears the failure (a new view was chosen, e.g. with Back). */
  resetKey?: unknown;
  /** Told of each failure once its fallback is shown. */
  onError?: (error: Error) => void;
}

interface BoundaryState {
  error: Error | null;
  /** Bumped by Retry: the children mount anew rather than re-render their failed state. */
  attempt: number;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { resetKey: props.resetKey, error: null, attempt: state.attempt + 1 };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever investigates; the user sees the fallback.
    console.error('Cluster Atlas: a part of the page failed', error, info.componentStack);
    this.props.onError?.(error);
  }

  retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.retry);
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/**
 * Whether the error is code that could not be fetched: a network blip, or a page left open
 * across a deployment whose old chunks are gone (the wording differs between browsers and Vite).
 */
export function isChunkLoadError(error: Error): boolean {
  return /dynamically imported module|module script failed|Unable to preload|Failed to fetch|Load failed|ChunkLoadError/i.test(
    `${error.name}: ${error.message}`,
  );
}

/** The error's own words, short: a message can be long, or carry text from data. */
const shortMessage = (error: Error) => {
  const text = error.message || error.name || String(error);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

function ViewFailure({
  error,
  retry,
  onBack,
}: {
  error: Error;
  retry: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <div className="view-failure" role="alert">
      <h1>{t(chunk ? 'error.view.chunkTitle' : 'error.view.title')}</h1>
      {chunk ? <p>{t('error.view.chunkWhy')}</p> : null}
      <p className="muted">
        <bdi>{t('error.view.what', { message: shortMessage(error) })}</bdi>
      </p>
      <div className="button-row">
        {/* A view's code that failed to download cannot be asked for again in place: Chromium
            keeps a failed import() for the page's life and answers the same URL with the same
            failure, without a request. Trying again is then loading the page again, at the same
            address (the view, its models and a tour's step are in it). */}
        <button type="button" onClick={chunk ? () => window.location.reload() : retry}>
          {t('error.view.retry')}
        </button>
        {chunk ? (
          <button
            type="button"
            className="secondary"
            title={t('error.view.reloadHint')}
            onClick={() => window.location.reload()}
          >
            {t('error.view.reload')}
          </button>
        ) : null}
        <a
          href="./"
          onClick={(e) => {
            e.preventDefault();
            onBack();
          }}
        >
          {t('error.view.back')}
        </a>
      </div>
    </div>
  );
}

/** Around the view: a failure stays inside it; choosing another view (or Back) clears it. */
export function ViewBoundary({
  view,
  onBack,
  children,
}: {
  view: string;
  onBack: () => void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKey={view}
      onError={forgetFailedLoads}
      fallback={(error, retry) => <ViewFailure error={error} retry={retry} onBack={onBack} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function ShellFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <main className="view-failure view-failure--shell" role="alert">
      <h1>{t('error.shell.title')}</h1>
      <p className="muted">
        <bdi>{t('error.view.what', { message: shortMessage(error) })}</bdi>
      </p>
      <p>{t('error.view.reloadHint')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.view.reload')}
      </button>
    </main>
  );
}

/** Around the whole app: the last resort, so a failure never leaves a blank page. */
export function ShellBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => <ShellFailure error={error} />}>{children}</ErrorBoundary>
  );
}

/** Around an optional part of the shell (a panel, a menu): if its code fails, it is left out. */
export function QuietBoundary({
  children,
  onError,
}: {
  children: ReactNode;
  onError?: (error: Error) => void;
}) {
  return (
    <ErrorBoundary fallback={() => null} onError={onError}>
      {children}
    </ErrorBoundary>
  );
}
