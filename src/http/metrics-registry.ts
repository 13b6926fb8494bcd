/**
 * Counters, gauges and histograms written in Prometheus's text exposition format 0.0.4.
 *
 * Written here rather than taken from prom-client: the server exposes a handful of series, and
 * ~100 lines keep the runtime free of a dependency (and its default collectors) for them.
 */
type Labels = Record<string, string>;

interface Series<T> {
  labels: Labels;
  value: T;
}

/** A label value escaped as the format requires: backslash, double quote, line feed. */
function escapeLabel(value: string): string {
  return value.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return pairs.length ? `{${pairs.join(",")}}` : "";
}

/** Numbers as the format writes them (+Inf, -Inf, NaN spelled its way). */
function numberText(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "+Inf";
  if (n === -Infinity) return "-Inf";
  return String(n);
}

const header = (name: string, help: string, type: string) =>
  `# HELP ${name} ${help.replaceAll("\\", "\\\\").replaceAll("\n", "\\n")}\n# TYPE ${name} ${type}\n`;

const keyOf = (labels: Labels) => JSON.stringify(Object.entries(labels));

export class Counter {
  private readonly series = new Map<string, Series<number>>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels, by = 1): void {
    const key = keyOf(labels);
    const s = this.series.get(key) ?? { labels, value: 0 };
    s.value += by;
    this.series.set(key, s);
  }

  text(): string {
    const lines = [...this.series.values()].map(
      (s) => `${this.name}${labelText(s.labels)} ${numberText(s.value)}\n`,
    );
    return header(this.name, this.help, "counter") + lines.join("");
  }
}

interface Buckets {
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram {
  private readonly series = new Map<string, Series<Buckets>>();
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds, ascending; +Inf is implied. */
    readonly bounds: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    const s = this.series.get(key) ?? {
      labels,
      value: { counts: this.bounds.map(() => 0), sum: 0, count: 0 },
    };
    this.bounds.forEach((bound, i) => {
      if (value <= bound) s.value.counts[i]! += 1;
    });
    s.value.sum += value;
    s.value.count += 1;
    this.series.set(key, s);
  }

  text(): string {
    let out = header(this.name, this.help, "histogram");
    for (const { labels, value } of this.series.values()) {
      this.bounds.forEach((bound, i) => {
        const le = labelText({ ...labels, le: numberText(bound) });
        out += `${this.name}_bucket${le} ${value.counts[i]}\n`;
      });
      out += `${this.name}_bucket${labelText({ ...labels, le: "+Inf" })} ${value.count}\n`;
      out += `${this.name}_sum${labelText(labels)} ${numberText(value.sum)}\n`;
      out += `${this.name}_count${labelText(labels)} ${value.count}\n`;
    }
    return out;
  }
}

/** A value read when the metrics are scraped (memory, pool sizes, queue depth). */
export function gaugeText(name: string, help: string, value: number): string {
  return `${header(name, help, "gauge")}${name} ${numberText(value)}\n`;
}

/** The media type of the text format this module writes. */
export const EXPOSITION_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
