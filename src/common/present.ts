/** Keeps the records a DataLoader.loadMany found, dropping misses (null) and per-key errors. */
export function present<T>(results: readonly (T | null | Error)[]): T[] {
  return results.filter((r): r is T => r !== null && !(r instanceof Error));
}
