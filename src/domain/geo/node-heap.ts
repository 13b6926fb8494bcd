/** The priority queue of the best-first search in spherical-index.ts. */

/** A binary min-heap of node positions by lower bound, on typed arrays that grow as needed. */
export class NodeHeap {
  private ids = new Int32Array(64);
  private values = new Float64Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  peekValue(): number {
    return this.values[0]!;
  }

  push(id: number, value: number): void {
    if (this.length === this.ids.length) this.grow();
    const ids = this.ids;
    const values = this.values;
    let pos = this.length++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const parentValue = values[parent]!;
      if (value >= parentValue) break;
      ids[pos] = ids[parent]!;
      values[pos] = parentValue;
      pos = parent;
    }
    ids[pos] = id;
    values[pos] = value;
  }

  pop(): number {
    const ids = this.ids;
    const values = this.values;
    const top = ids[0]!;
    const n = --this.length;
    if (n === 0) return top;
    const id = ids[n]!;
    const value = values[n]!;
    let pos = 0;
    const half = n >> 1;
    while (pos < half) {
      let child = 2 * pos + 1;
      if (child + 1 < n && values[child + 1]! < values[child]!) child++;
      if (values[child]! >= value) break;
      ids[pos] = ids[child]!;
      values[pos] = values[child]!;
      pos = child;
    }
    ids[pos] = id;
    values[pos] = value;
    return top;
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const values = new Float64Array(this.values.length * 2);
    ids.set(this.ids);
    values.set(this.values);
    this.ids = ids;
    this.values = values;
  }
}
