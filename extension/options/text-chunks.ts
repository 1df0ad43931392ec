/**
 * A file's text in chunks of at most `maxChars`, each read when the one before has been handed on: the
 * page never holds up its thread for the whole file. A character split between two byte slices is
 * decoded whole (the decoder streams).
 */
export async function* textChunks(file: Blob, maxChars: number): AsyncGenerator<{ chunk: string; read: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A UTF-16 code unit takes at least one byte of UTF-8; the decoder may carry up to 3 bytes of a
  // character over from the slice before: this many bytes never decode to more than maxChars.
  const step = maxChars - 4;
  for (let at = 0; at < file.size; at += step) {
    const bytes = await file.slice(at, at + step).arrayBuffer();
    const chunk = decoder.decode(bytes, { stream: at + step < file.size });
    if (chunk) yield { chunk, read: Math.min(at + step, file.size) };
  }
}
