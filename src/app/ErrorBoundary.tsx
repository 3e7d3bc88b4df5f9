import { Component, type ReactNode } from 'react';

interface Props {
  title: string;
  body: string;
  retry: string;
  children: ReactNode;
}

/**
 * Catches a crashing view so the rest of the app keeps working. It never touches stored data: the data lives in
 * IndexedDB and a render error cannot have changed it.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page error-view" role="alert">
        <h1>{this.props.title}</h1>
        <p>{this.props.body}</p>
        <pre className="muted small">{this.state.error.message}</pre>
        <button
          type="button"
          className="button button-primary"
          onClick={() => this.setState({ error: null })}
        >
          {this.props.retry}
        </button>
      </div>
    );
  }
}
