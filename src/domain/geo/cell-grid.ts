/**
 * A lon/lat grid over an area, for per-cell memos that make repeated queries in one area cheap
 * (see polyline.ts and polygon-set.ts). A memo only ever narrows a search to what can matter for
 * any point of the cell, so answers never depend on it.
 */
import type { BBox } from "./geojson.js";

const MAX_CELLS = 1 << 20;

export class CellGrid {
  readonly cellCount: number;
  private readonly minLon: number;
  private readonly minLat: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly step: number;

  /** A grid of `stepDeg` cells (coarser if it would need too many) over `box` ± `marginDeg`. */
  constructor(box: BBox, marginDeg: number, stepDeg: number) {
    const width = box[2] - box[0] + 2 * marginDeg;
    const height = box[3] - box[1] + 2 * marginDeg;
    let step = stepDeg;
    while (Math.ceil(width / step) * Math.ceil(height / step) > MAX_CELLS) step *= 2;
    this.step = step;
    this.minLon = box[0] - marginDeg;
    this.minLat = box[1] - marginDeg;
    this.cols = Math.max(1, Math.ceil(width / step));
    this.rows = Math.max(1, Math.ceil(height / step));
    this.cellCount = Number.isFinite(width * height) ? this.cols * this.rows : 0;
  }

  /** The cell of a point, or -1 outside the grid. */
  cellOf(lon: number, lat: number): number {
    const col = Math.floor((lon - this.minLon) / this.step);
    const row = Math.floor((lat - this.minLat) / this.step);
    if (!(col >= 0 && row >= 0 && col < this.cols && row < this.rows)) return -1;
    return row * this.cols + col;
  }

  /** [minLon, minLat, maxLon, maxLat] of a cell. */
  cellBox(cell: number): BBox {
    const col = cell % this.cols;
    const row = (cell - col) / this.cols;
    const minLon = this.minLon + col * this.step;
    const minLat = this.minLat + row * this.step;
    return [minLon, minLat, minLon + this.step, minLat + this.step];
  }

  /** The block of `factor` × `factor` cells that holds `cell`, numbered like cells. */
  blockOf(cell: number, factor: number): number {
    const col = cell % this.cols;
    const row = (cell - col) / this.cols;
    const blockCols = Math.ceil(this.cols / factor);
    return Math.floor(row / factor) * blockCols + Math.floor(col / factor);
  }

  /** The box of a block of `factor` × `factor` cells: it holds every cell of the block. */
  blockBox(block: number, factor: number): BBox {
    const blockCols = Math.ceil(this.cols / factor);
    const col = block % blockCols;
    const row = (block - col) / blockCols;
    const size = this.step * factor;
    const minLon = this.minLon + col * size;
    const minLat = this.minLat + row * size;
    return [minLon, minLat, minLon + size, minLat + size];
  }
}
