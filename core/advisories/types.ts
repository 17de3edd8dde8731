/**
 * The advisory as the product uses it, read from a CSAF 2.0 document
 * (csaf_security_advisory profile). CSAF stays the storage format; this is
 * the shape the matcher, the views and the report need.
 */
export type LinkStatus = 'live' | 'historic' | 'archived';

export interface AdvisoryLink {
  summary: string;
  url: string;
  status: LinkStatus;
}

/** A link a step or an answer offers: the words, the address, and whether it still works. */
export interface StepLink {
  label: string;
  url: string;
  status: LinkStatus;
}

export type RemediationCategory = 'vendor_fix' | 'workaround' | 'mitigation' | 'none_available' | 'no_fix_planned';

export interface Remediation {
  category: RemediationCategory;
  details: string;
  link?: AdvisoryLink;
}

export interface RefusedLink {
  /** The JSON path in the CSAF document, e.g. /document/references/1/url. */
  path: string;
  scheme: string;
}

export interface AffectedProduct {
  productId: string;
  name: string;
  /** "4.0", "5.0": the product_version branch the product sits under. */
  version?: string;
}

export interface Advisory {
  id: string;
  title: string;
  publisher: string;
  initialReleaseDate: string;
  currentReleaseDate: string;
  /** `aggregate_severity.text`, e.g. "Critical"; absent when the publisher gave none. */
  severity?: string;
  cves: string[];
  affected: AffectedProduct[];
  description: string;
  remediations: Remediation[];
  references: AdvisoryLink[];
  /** Links left out because they were not http(s) (a `javascript:` reference, say): where they were, and their scheme. */
  refusedLinks?: RefusedLink[];
  /** `tracking.version`: a newer version of the same document replaces the older one everywhere. */
  version?: string;
  /** Bundled with the extension, supplied by the organization (policy), or verified from IT's signed feed. */
  origin: 'bundled' | 'organization' | 'feed';
  /** For a feed document: the pinned key that signed it, and when it was verified. */
  verified?: { signer: string; at: number };
}

/** What matching and fleet reports need of an advisory: no texts, so the background can carry the bundle as this. */
export type AdvisoryRef = Pick<Advisory, 'id' | 'title' | 'cves' | 'affected'> & { references: Pick<AdvisoryLink, 'url' | 'status'>[] };
