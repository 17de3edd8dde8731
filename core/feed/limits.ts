/**
 * What a feed check may cost at most, so a hostile or broken provider costs
 * bounded time, memory and storage. Apart from check.ts so the background can
 * know the time limit without loading the checker (or the bundled advisories it reads).
 */
export const FEED_LIMITS = {
  documents: 100,
  documentBytes: 500_000,
  totalBytes: 5_000_000,
  metadataBytes: 100_000,
  keyBytes: 64_000,
  indexBytes: 200_000,
  signatureBytes: 16_000,
  hashBytes: 1_000,
  /** The whole check; each request has its own, shorter deadline in the adapter. */
  checkMs: 120_000,
} as const;
