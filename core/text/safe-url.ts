/**
 * The only links the product renders: http(s) and mailto. Everything else
 * (javascript:, data:, file:, chrome:) is refused, whoever supplied it.
 */
export function safeHref(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return url.username || url.password ? undefined : url.href;
  }
  if (url.protocol === 'mailto:') return url.href;
  return undefined;
}
