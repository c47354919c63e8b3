// A minimal gRPC-over-HTTP/2 client on node:http2 for the load generator. It sends pre-framed
// messages (5-byte gRPC prefix + protobuf bytes, built once) and splits replies on the same framing,
// skipping grpc-js's per-call machinery, so the generator is not the bottleneck it would be with a
// grpc-js client on a shared core. Only what Envoy's side needs: bidi Process streams (write, half-close,
// cancel) and unary Check. Lifetime: an H2Client per HTTP/2 connection, an H2Call per gRPC call.
import http2 from 'node:http2';

/** Prefix a serialised message with the gRPC length-prefixed framing (uncompressed). */
export function frame(msg: Buffer): Buffer {
  const b = Buffer.allocUnsafe(5 + msg.length);
  b[0] = 0;
  b.writeUInt32BE(msg.length, 1);
  msg.copy(b, 5);
  return b;
}

/** One HTTP/2 connection to the server. */
export class H2Client {
  readonly session: http2.ClientHttp2Session;

  constructor(target: string) {
    this.session = http2.connect(`http://${target}`, {
      settings: { initialWindowSize: 16 << 20, enablePush: false },
      peerMaxConcurrentStreams: 1 << 20,
    });
    this.session.on('error', () => {});
    this.session.on('connect', () => this.session.setLocalWindowSize(64 << 20));
  }

  close(): void {
    this.session.close();
  }
}

type DataFn = (msg: Buffer) => void;
type ErrFn = (err: Error) => void;

/** One gRPC call. `on('data')` receives each reply message; `on('error')` a non-OK end or a reset. */
export class H2Call {
  private readonly stream: http2.ClientHttp2Stream;
  private dataFn: DataFn | undefined;
  private errFn: ErrFn | undefined;
  private pending: Buffer | null = null;
  private done = false;

  constructor(client: H2Client, path: string) {
    this.stream = client.session.request(
      { ':method': 'POST', ':path': path, 'content-type': 'application/grpc', te: 'trailers' },
      { endStream: false },
    );
    this.stream.on('data', (c: Buffer) => this.onChunk(c));
    this.stream.on('response', (h) => {
      const st = h['grpc-status'];
      if (st !== undefined && st !== '0') this.fail(new Error(`grpc-status ${String(st)}: ${String(h['grpc-message'] ?? '')}`));
    });
    this.stream.on('trailers', (t) => {
      const st = t['grpc-status'];
      if (st !== undefined && st !== '0') this.fail(new Error(`grpc-status ${String(st)}: ${String(t['grpc-message'] ?? '')}`));
      else this.done = true;
    });
    this.stream.on('error', (e: Error) => this.fail(e));
    this.stream.on('close', () => {
      if (!this.done) this.fail(new Error(`stream closed (rst ${this.stream.rstCode})`));
    });
  }

  on(ev: 'data', fn: DataFn): this;
  on(ev: 'error', fn: ErrFn): this;
  on(ev: 'data' | 'error', fn: DataFn | ErrFn): this {
    if (ev === 'data') this.dataFn = fn as DataFn;
    else this.errFn = fn as ErrFn;
    return this;
  }

  /** Write one pre-framed message (see frame()). */
  write(framed: Buffer): void {
    if (!this.stream.destroyed && !this.stream.writableEnded) this.stream.write(framed);
  }

  /** Half-close (client done sending). */
  end(): void {
    if (!this.stream.destroyed && !this.stream.writableEnded) this.stream.end();
  }

  /** RST_STREAM(CANCEL), as Envoy does after its half-close. */
  cancel(): void {
    this.done = true;
    if (!this.stream.destroyed) this.stream.close(http2.constants.NGHTTP2_CANCEL);
  }

  private fail(err: Error): void {
    if (this.done) return;
    this.done = true;
    this.errFn?.(err);
  }

  private onChunk(c: Buffer): void {
    const b = this.pending ? Buffer.concat([this.pending, c]) : c;
    let off = 0;
    while (b.length - off >= 5) {
      const len = b.readUInt32BE(off + 1);
      if (b.length - off - 5 < len) break;
      this.dataFn?.(b.subarray(off + 5, off + 5 + len));
      off += 5 + len;
    }
    this.pending = off < b.length ? b.subarray(off) : null;
  }
}

/** Unary call: one pre-framed request, callback with the single reply message or an error. */
export function unary(client: H2Client, path: string, framed: Buffer, cb: (err: Error | null, res?: Buffer) => void): void {
  const call = new H2Call(client, path);
  let reply: Buffer | undefined;
  let called = false;
  const finish = (err: Error | null): void => {
    if (called) return;
    called = true;
    cb(err, reply);
  };
  call.on('data', (m) => {
    reply = Buffer.from(m);
    finish(null);
  });
  call.on('error', (e) => finish(e));
  call.write(framed);
  call.end();
}
