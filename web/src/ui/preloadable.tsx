/**
 * A component whose code is a chunk of its own, like React's `lazy`, that can be asked for before
 * it is drawn. Once its code is in, it is drawn at once: `lazy` alone suspends on its first draw
 * even when the chunk has already arrived, and React then holds the page back for up to 300 ms
 * (its pace of revealing suspended content), which the map page paid twice.
 */
import { lazy, useState, type ComponentType } from "react";

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (pending ??= load().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(preload);
  function Preloadable(props: P) {
    // Chosen once per mount: turning from the lazy wrapper to the component itself would mount
    // it anew (and lose, say, a map already drawn).
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
