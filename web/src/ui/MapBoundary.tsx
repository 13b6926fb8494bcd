/**
 * Keeps a page usable when its map cannot be shown: no WebGL, or the map's code could not be
 * fetched (offline before it was ever loaded).
 */
import { Component, Suspense, type ReactNode } from "react";

interface Props {
  fallback: ReactNode;
  loading: ReactNode;
  children: ReactNode;
}

export class MapBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn("The map could not be shown:", error);
  }

  override render() {
    if (this.state.failed) return this.props.fallback;
    return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>;
  }
}
