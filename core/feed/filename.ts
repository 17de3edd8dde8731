/**
 * The file name CSAF 2.0 (§5.1) gives a document: its `tracking.id` in lower
 * case, every run of characters other than letters, digits, "+" and "-"
 * replaced by one "_", then ".json". A document served under another name is
 * refused: it may be a different document than its name promises.
 */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** The last path segment of a document's URL, decoded. */
export function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
