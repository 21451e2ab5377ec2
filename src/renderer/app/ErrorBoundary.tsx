import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RotateCw } from 'lucide-react';
import { Button } from '../ui/Button';

interface Props {
  children: ReactNode;
  /** 'page' keeps the sidebar usable; 'app' covers the whole window. */
  scope?: 'page' | 'app';
}

interface State {
  error: Error | null;
}

/**
 * Catches a rendering failure so the coach sees a calm explanation and a way
 * out instead of a blank window. Their data is saved in main, not here, so a
 * reload loses nothing that was saved.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the message and component stack: never props, which may hold private text.
    console.error('Circlekeeper view failed:', error.message, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className={`app-crash app-crash--${this.props.scope ?? 'page'}`} role="alert">
        <h1 className="app-crash__title">Something went wrong on this screen</h1>
        <p className="app-crash__text">
          Circlekeeper hit an unexpected problem while showing this view. Everything you saved is safe: it is stored on
          this computer, not in this window. Reloading usually fixes it.
        </p>
        <div className="row">
          <Button variant="primary" onClick={() => window.location.reload()}>
            <RotateCw size={16} aria-hidden="true" />
            Reload
          </Button>
          {this.props.scope !== 'app' ? (
            <Button variant="secondary" onClick={() => this.setState({ error: null })}>
              Try again
            </Button>
          ) : null}
        </div>
        <details className="app-crash__details">
          <summary>Technical details</summary>
          <code>{this.state.error.message}</code>
        </details>
      </div>
    );
  }
}
