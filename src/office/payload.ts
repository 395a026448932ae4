/**
 * How big one request or response to Excel may get. Excel on the web rejects either above 5 MB
 * (RequestPayloadSizeLimitExceeded); we aim at 3 MB as measured by `jsonBytes`, which already assumes the
 * worst encoding, so a chunk 1.6 times as dense as the ones before it still fits — and a province-year's
 * whole job (read, then write every result sheet) stays within about 50 syncs.
 */
export const BATCH_BUDGET_BYTES = 3_000_000;

/** Cells per chunk at most: Excel stops reading at 5 million cells, and smaller steps keep the progress bar moving. */
export const MAX_CELLS_PER_CHUNK = 200_000;

/** Rough cost of one proxy operation (object path + action) in a request, beyond its arguments. */
export const OPERATION_BYTES = 250;

/** JSON size of `value`, counting each non-ASCII UTF-16 unit as a six-byte \uXXXX escape (Vietnamese text is full of them). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let escaped = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) escaped++;
  return json.length + 5 * escaped;
}
