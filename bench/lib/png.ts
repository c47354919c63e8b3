// A tiny self-contained PNG writer and line-chart rasteriser for the benchmark plot (no plotting
// library): RGB canvas, thick/dashed lines, a 5x7 bitmap font, log-scale Y axis. Encoding uses
// node:zlib (deflate + crc32). Lifetime: a Canvas per image.
import { crc32, deflateSync } from 'node:zlib';

export type RGB = readonly [number, number, number];

/** An RGB raster (one image; not shared). */
export class Canvas {
  readonly width: number;
  readonly height: number;
  readonly px: Uint8Array;

  constructor(width: number, height: number, bg: RGB = [255, 255, 255]) {
    this.width = width;
    this.height = height;
    this.px = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.px.set(bg, i * 3);
  }

  set(x: number, y: number, c: RGB): void {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    this.px.set(c, (y * this.width + x) * 3);
  }

  rect(x: number, y: number, w: number, h: number, c: RGB): void {
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) this.set(x + i, y + j, c);
  }

  /** Line of `thick` pixels; dash = [on, off] lengths in pixels. */
  line(x0: number, y0: number, x1: number, y1: number, c: RGB, thick = 1, dash?: readonly [number, number]): void {
    const len = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(len * 2));
    const r = (thick - 1) / 2;
    for (let s = 0; s <= steps; s++) {
      const d = (s / steps) * len;
      if (dash && d % (dash[0] + dash[1]) > dash[0]) continue;
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) this.set(x + dx, y + dy, c);
    }
  }

  /** Text in the 5x7 font at `scale`; returns the width drawn. Unknown characters render as a box. */
  text(x: number, y: number, s: string, c: RGB, scale = 2): number {
    let cx = x;
    for (const ch of s.toLowerCase()) {
      const g = FONT[ch] ?? FONT['?'];
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 5; col++) {
          if (g[row][col] === '#') this.rect(cx + col * scale, y + row * scale, scale, scale, c);
        }
      }
      cx += 6 * scale;
    }
    return cx - x;
  }

  /** Vertical text (bottom to top), for the Y axis label. */
  textUp(x: number, y: number, s: string, c: RGB, scale = 2): void {
    let cy = y;
    for (const ch of s.toLowerCase()) {
      const g = FONT[ch] ?? FONT['?'];
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 5; col++) {
          if (g[row][col] === '#') this.rect(x + row * scale, cy - col * scale, scale, scale, c);
        }
      }
      cy -= 6 * scale;
    }
  }

  png(): Buffer {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 3 + 1)] = 0; // filter: none
      raw.set(this.px.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * (this.width * 3 + 1) + 1);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0, 0);
  return Buffer.concat([len, td, crc]);
}

/** One line of a chart: points with null gaps. */
export interface Series {
  readonly label: string;
  readonly color: RGB;
  readonly dashed?: boolean;
  readonly points: ReadonlyArray<readonly [x: number, y: number | null]>;
}

/** A line chart with a linear X axis and a log10 Y axis. */
export function lineChart(opts: { title: string; xLabel: string; yLabel: string; series: readonly Series[]; width?: number; height?: number }): Buffer {
  const W = opts.width ?? 1000;
  const H = opts.height ?? 640;
  const c = new Canvas(W, H);
  const L = 110, R = 250, T = 60, B = 80;
  const pw = W - L - R, ph = H - T - B;
  const xs = opts.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = opts.series.flatMap((s) => s.points.map((p) => p[1]).filter((v): v is number => v !== null && v > 0));
  const xMin = 0, xMax = Math.max(1, ...xs) * 1.05;
  const yLo = Math.floor(Math.log10(Math.min(...ys, 1))), yHi = Math.ceil(Math.log10(Math.max(...ys, 1.0001)));
  const X = (x: number) => L + ((x - xMin) / (xMax - xMin)) * pw;
  const Y = (y: number) => T + ph - ((Math.log10(y) - yLo) / Math.max(1, yHi - yLo)) * ph;
  const grid: RGB = [225, 225, 225], ink: RGB = [40, 40, 40];

  c.text(Math.max(10, (W - opts.title.length * 12) / 2), 20, opts.title, ink, 2);
  // Y grid: decades and 2x/5x minor lines.
  for (let e = yLo; e <= yHi; e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (Math.log10(v) > yHi) continue;
      c.line(L, Y(v), L + pw, Y(v), m === 1 ? [200, 200, 200] : grid);
      if (m === 1 || yHi - yLo <= 3) {
        const label = v >= 1 ? String(v) : String(Number(v.toPrecision(1)));
        c.text(L - 10 - label.length * 12, Y(v) - 7, label, ink, 2);
      }
    }
  }
  // X ticks.
  const step = niceStep(xMax / 6);
  for (let v = 0; v <= xMax; v += step) {
    c.line(X(v), T, X(v), T + ph, grid);
    const label = String(v);
    c.text(X(v) - label.length * 6, T + ph + 10, label, ink, 2);
  }
  c.line(L, T, L, T + ph, ink, 2);
  c.line(L, T + ph, L + pw, T + ph, ink, 2);
  c.text(L + pw / 2 - opts.xLabel.length * 6, H - 35, opts.xLabel, ink, 2);
  c.textUp(25, T + ph / 2 + opts.yLabel.length * 6, opts.yLabel, ink, 2);

  opts.series.forEach((s, i) => {
    let prev: [number, number] | undefined;
    for (const [x, y] of s.points) {
      if (y === null || y <= 0) {
        prev = undefined;
        continue;
      }
      const p: [number, number] = [X(x), Y(y)];
      if (prev) c.line(prev[0], prev[1], p[0], p[1], s.color, 3, s.dashed ? [10, 7] : undefined);
      c.rect(p[0] - 3, p[1] - 3, 7, 7, s.color);
      prev = p;
    }
    const ly = T + 10 + i * 26;
    c.line(L + pw + 20, ly + 7, L + pw + 60, ly + 7, s.color, 3, s.dashed ? [10, 7] : undefined);
    c.text(L + pw + 68, ly, s.label, ink, 2);
  });
  return c.png();
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

// 5x7 glyphs, rows top to bottom.
const FONT: Record<string, readonly string[]> = {
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  '?': ['.###.', '#...#', '....#', '...#.', '..#..', '.....', '..#..'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  ',': ['.....', '.....', '.....', '.....', '.##..', '..#..', '.#...'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
  '_': ['.....', '.....', '.....', '.....', '.....', '.....', '#####'],
  '/': ['.....', '....#', '...#.', '..#..', '.#...', '#....', '.....'],
  '(': ['...#.', '..#..', '.#...', '.#...', '.#...', '..#..', '...#.'],
  ')': ['.#...', '..#..', '...#.', '...#.', '...#.', '..#..', '.#...'],
  ':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
  '%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
  '=': ['.....', '.....', '#####', '.....', '#####', '.....', '.....'],
  '+': ['.....', '..#..', '..#..', '#####', '..#..', '..#..', '.....'],
  a: ['.....', '.....', '.###.', '....#', '.####', '#...#', '.####'],
  b: ['#....', '#....', '#.##.', '##..#', '#...#', '#...#', '####.'],
  c: ['.....', '.....', '.###.', '#....', '#....', '#...#', '.###.'],
  d: ['....#', '....#', '.##.#', '#..##', '#...#', '#...#', '.####'],
  e: ['.....', '.....', '.###.', '#...#', '#####', '#....', '.###.'],
  f: ['..##.', '.#..#', '.#...', '###..', '.#...', '.#...', '.#...'],
  g: ['.....', '.####', '#...#', '#...#', '.####', '....#', '.###.'],
  h: ['#....', '#....', '#.##.', '##..#', '#...#', '#...#', '#...#'],
  i: ['..#..', '.....', '.##..', '..#..', '..#..', '..#..', '.###.'],
  j: ['...#.', '.....', '..##.', '...#.', '...#.', '#..#.', '.##..'],
  k: ['#....', '#....', '#..#.', '#.#..', '##...', '#.#..', '#..#.'],
  l: ['.##..', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  m: ['.....', '.....', '##.#.', '#.#.#', '#.#.#', '#...#', '#...#'],
  n: ['.....', '.....', '#.##.', '##..#', '#...#', '#...#', '#...#'],
  o: ['.....', '.....', '.###.', '#...#', '#...#', '#...#', '.###.'],
  p: ['.....', '.....', '####.', '#...#', '####.', '#....', '#....'],
  q: ['.....', '.....', '.##.#', '#..##', '.####', '....#', '....#'],
  r: ['.....', '.....', '#.##.', '##..#', '#....', '#....', '#....'],
  s: ['.....', '.....', '.###.', '#....', '.###.', '....#', '####.'],
  t: ['.#...', '.#...', '###..', '.#...', '.#...', '.#..#', '..##.'],
  u: ['.....', '.....', '#...#', '#...#', '#...#', '#..##', '.##.#'],
  v: ['.....', '.....', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  w: ['.....', '.....', '#...#', '#...#', '#.#.#', '#.#.#', '.#.#.'],
  x: ['.....', '.....', '#...#', '.#.#.', '..#..', '.#.#.', '#...#'],
  y: ['.....', '.....', '#...#', '#...#', '.####', '....#', '.###.'],
  z: ['.....', '.....', '#####', '...#.', '..#..', '.#...', '#####'],
};
