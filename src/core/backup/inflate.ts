/**
 * Ceilings for reading a backup file, so a hostile or mistaken file cannot exhaust the page's memory. A backup of
 * 700,000 transactions is ~250 MB of JSON; JSON compresses 10–20× with gzip, zeros ~1000×.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Output allowed per byte of gzip read so far (real backups stay far below; a gzip bomb is far above). */
export const MAX_INFLATION_RATIO = 100;
/** Small files may inflate this much whatever their ratio. */
const INFLATION_FLOOR = 4 * 1024 * 1024;
/** Compressed bytes fed to the decompressor at a time: the ratio is checked after each piece's output. */
const FEED_BYTES = 64 * 1024;

export type InflateReading =
  | { ok: true; bytes: Uint8Array }
  /** Inflates past the ceiling or the ratio: refused after reading only a little of it. */
  | { ok: false; problem: 'inflates' }
  | { ok: false; problem: 'notJson' };

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Gunzips through a DecompressionStream, feeding the input piece by piece and stopping as soon as the output
 * passes `maxBytes` or MAX_INFLATION_RATIO times the input fed so far: a 10 MB gzip of zeros (10 GB inflated)
 * is refused after a few megabytes, in milliseconds. Never throws.
 */
export async function gunzipWithin(bytes: Uint8Array, maxBytes = MAX_BACKUP_BYTES): Promise<InflateReading> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let fed = 0;
  let stopped = false;
  const feeding = (async () => {
    try {
      for (let at = 0; at < bytes.length && !stopped; at += FEED_BYTES) {
        const piece = bytes.subarray(at, at + FEED_BYTES);
        fed += piece.length;
        await writer.write(piece as Uint8Array<ArrayBuffer>);
      }
      if (!stopped) await writer.close();
    } catch {
      // The reading side reports what went wrong.
    }
  })();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes || length > Math.max(INFLATION_FLOOR, fed * MAX_INFLATION_RATIO)) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await feeding;
        return { ok: false, problem: 'inflates' };
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    await feeding;
    return { ok: false, problem: 'notJson' };
  }
  await feeding;
  return { ok: true, bytes: concat(chunks, length) };
}
