import { Component, type ComponentChildren } from 'preact';
import { t } from '../core/text/i18n';

export interface ErrorBoundaryProps {
  /** What this part shows, in words: "The finding for http://127.0.0.1/". */
  what: string;
  /** A new value (a new scan, another route) clears the error and tries again. */
  resetKey?: unknown;
  children: ComponentChildren;
}

interface State {
  error?: unknown;
  key?: unknown;
}

/**
 * Keeps a failure local: a part that throws while rendering (one finding, one
 * advisory, one page) shows a problem in its place, and everything around it
 * still works. Without it, Preact unmounts the whole tree and the popup is blank.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = {};

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  static override getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { key: props.resetKey, error: undefined };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return (
      <div class="notice part-error" role="alert" data-testid="part-error">
        <p>{t('err_part', this.props.what, name.slice(0, 200))}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {t('err_try_again')}
        </button>
      </div>
    );
  }
}
