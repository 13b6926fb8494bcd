/**
 * A copy of a mission read kept on this device (localStorage), so that the app starts without a
 * connection as it did last time: the mission's name, time zone and map are not case data, and
 * are the same for every user of the browser.
 */
export interface Remembered<T> {
  /** What the device kept, or null (never read here, or storage unavailable). */
  get(): T | null;
  /** Keeps `value` for the next start; fails silently where storage is unavailable or full. */
  set(value: T): void;
}

export function remembered<T>(key: string, looksRight: (v: unknown) => boolean): Remembered<T> {
  let current: T | null | undefined;
  return {
    get() {
      if (current !== undefined) return current;
      try {
        const v: unknown = JSON.parse(localStorage.getItem(key) ?? "null");
        current = looksRight(v) ? (v as T) : null;
      } catch {
        current = null;
      }
      return current;
    },
    set(value) {
      current = value;
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // not kept; the next start reads it from the server
      }
    },
  };
}
