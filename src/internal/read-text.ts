export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * A body as text, or `undefined` once more than `maxBytes` have arrived (the rest is then
 * cancelled). Bytes are counted as read, after any decompression, whatever `Content-Length`
 * says: a small compressed body cannot turn into gigabytes here.
 */
export async function readText(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string | undefined> {
  const reader = body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0; ;) {
    const next = await reader?.read();
    if (!next || next.done) return text + decoder.decode();
    if ((size += next.value.byteLength) > maxBytes) {
      void reader?.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(next.value, { stream: true });
  }
}
