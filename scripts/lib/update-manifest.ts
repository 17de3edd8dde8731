/**
 * Chrome's update manifest for a self-hosted extension (gupdate protocol 2.0).
 * Chromium fetches it from the force-install policy URL and from the
 * manifest's update_url; `version` must match the CRX it points to.
 */
export interface UpdateEntry {
  extensionId: string;
  version: string;
  crxUrl: string;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function updateManifestXml(entries: readonly UpdateEntry[]): string {
  const apps = entries.map(
    (e) =>
      `  <app appid='${escapeXml(e.extensionId)}'>\n    <updatecheck codebase='${escapeXml(e.crxUrl)}' version='${escapeXml(e.version)}' />\n  </app>`,
  );
  return `<?xml version='1.0' encoding='UTF-8'?>\n<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n${apps.join('\n')}\n</gupdate>\n`;
}

/** Chrome's extension id for a public key: the first 32 hex digits of its SHA-256, written with the letters a–p. */
export function extensionIdFromHash(sha256Hex: string): string {
  return sha256Hex
    .slice(0, 32)
    .split('')
    .map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16)))
    .join('');
}
