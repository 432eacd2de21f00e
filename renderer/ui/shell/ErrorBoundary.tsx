import { Component, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../i18n/I18nProvider';

interface State {
  failed: boolean;
}

/** A page that throws shows a calm, translated message instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  static contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  componentDidCatch(error: Error, _info: ErrorInfo) {
    // Only the error's name reaches the log: messages may quote what the person typed.
    console.warn('page-error', error.name);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <section className="page" role="alert">
        <h1 className="page-title">{t('shell.error.title')}</h1>
        <p>{t('shell.error.body')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('shell.error.reload')}
        </button>
      </section>
    );
  }
}
