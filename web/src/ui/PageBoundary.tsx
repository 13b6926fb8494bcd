/**
 * Keeps the workspace standing when a page fails while drawing: the navigation stays, and the
 * page's place says what failed and offers a way on. Reset when the user moves to another page.
 */
import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** The path the boundary guards; a new path starts afresh. */
  path: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  path: string;
}

export class PageBoundary extends Component<Props, State> {
  override state: State = { error: null, path: this.props.path };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.path === state.path ? null : { error: null, path: props.path };
  }

  override componentDidCatch(error: unknown): void {
    // Logged for the person who reports it; the page itself says what failed.
    console.warn("The page failed while drawing:", error);
  }

  override render() {
    if (this.state.error) return <PageFailed error={this.state.error} />;
    return this.props.children;
  }
}

function PageFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error page-failed" role="alert">
      <p className="notice-title">{t("errors.pageFailed")}</p>
      <p>{t("errors.pageFailedHelp")}</p>
      <details>
        <summary>{t("errors.technicalDetails")}</summary>
        <p lang="en" dir="ltr">
          <code>{error.message}</code>
        </p>
      </details>
      <p className="actions">
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {t("errors.reload")}
        </button>
        {/* A full load: whatever failed starts afresh. */}
        <a href="/">{t("errors.goHome")}</a>
      </p>
    </div>
  );
}
