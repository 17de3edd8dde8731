import { linkStatus } from './link-status';
import type { RefusedLink, AdvisoryLink, AffectedProduct, Advisory, Remediation, RemediationCategory } from './types';

/**
 * Reads the fields the product needs from a CSAF 2.0 document, and says
 * exactly which field is wrong when it cannot. The full schema and the
 * mandatory tests run in the unit tests (csaf-validator-lib); this check runs
 * in the browser too, for advisories an organization adds by policy.
 */
export class AdvisoryFormatError extends Error {
  override name = 'AdvisoryFormatError';
}

type Json = Record<string, unknown>;

const REMEDIATION_CATEGORIES: RemediationCategory[] = ['vendor_fix', 'workaround', 'mitigation', 'none_available', 'no_fix_planned'];

function fail(source: string, path: string, problem: string): never {
  throw new AdvisoryFormatError(`${source}: ${path} ${problem}`);
}

function obj(value: unknown, source: string, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, path, 'must be an object');
  return value as Json;
}

function str(value: unknown, source: string, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(source, path, 'must be a non-empty string');
  return value;
}

function arr(value: unknown, source: string, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(source, path, 'must be an array');
  // Array.from turns the holes of a sparse array into undefined, which obj() and str() then name.
  return Array.from(value as unknown[]);
}

function date(value: unknown, source: string, path: string): string {
  const text = str(value, source, path);
  if (Number.isNaN(Date.parse(text))) fail(source, path, `is not a date: "${text.slice(0, 40)}"`);
  return text;
}

/**
 * A link's address. Only http(s) is ever shown as a link; any other scheme (`javascript:`, `file:`, `data:`) is left
 * out and recorded in `refused` with where it was, so the advisory still reads and the page says what was left out.
 * Text that is not a URL at all makes the document invalid, as the CSAF schema does.
 */
function url(value: unknown, source: string, path: string, refused: RefusedLink[]): string | undefined {
  const text = str(value, source, path);
  let protocol: string;
  try {
    protocol = new URL(text).protocol;
  } catch {
    fail(source, path, `is not a URL: "${text.slice(0, 60)}"`);
  }
  if (protocol === 'https:' || protocol === 'http:') return text;
  refused.push({ path, scheme: protocol.slice(0, 20) });
  return undefined;
}

function link(summary: string, href: string): AdvisoryLink {
  return { summary, url: href, status: linkStatus(href) };
}

/**
 * Deeper than any real product tree (vendor, product family, product, version
 * is four). Policy documents are untrusted: a tree thousands of levels deep
 * would overflow a recursive walk, so the walk keeps its own stack and stops here.
 */
export const MAX_TREE_DEPTH = 32;
/** More products than any advisory names; bounds the work on a hostile document. */
export const MAX_PRODUCTS = 5000;

/** Every product in the tree, with the version branch it hangs under, in document order. */
function products(tree: unknown, source: string): AffectedProduct[] {
  const found: AffectedProduct[] = [];
  if (tree === undefined) return found;
  type Item = { raw: unknown; path: string; version: string | undefined; depth: number };
  const level = (list: unknown[], path: string, version: string | undefined, depth: number): Item[] => {
    if (list.length > MAX_PRODUCTS) fail(source, path, `has more than ${MAX_PRODUCTS} branches`);
    return list.map((raw, i) => ({ raw, path: `${path}[${i}]`, version, depth })).reverse();
  };
  // The walk keeps its own stack (last sibling pushed first), so a deep tree cannot overflow the call stack.
  const stack = level(
    arr(obj(tree, source, '/product_tree').branches, source, '/product_tree/branches'),
    '/product_tree/branches',
    undefined,
    1,
  );
  let seen = 0;
  while (stack.length > 0) {
    const { raw, path, version, depth } = stack.pop() as Item;
    if (depth > MAX_TREE_DEPTH) fail(source, '/product_tree/branches', `are nested more than ${MAX_TREE_DEPTH} levels deep`);
    if (++seen > MAX_PRODUCTS) fail(source, '/product_tree', `has more than ${MAX_PRODUCTS} branches`);
    const branch = obj(raw, source, path);
    const here = branch.category === 'product_version' ? str(branch.name, source, `${path}.name`) : version;
    if (branch.product !== undefined) {
      const p = obj(branch.product, source, `${path}.product`);
      found.push({
        productId: str(p.product_id, source, `${path}.product.product_id`),
        name: str(p.name, source, `${path}.product.name`),
        ...(here ? { version: here } : {}),
      });
    }
    for (const child of level(arr(branch.branches, source, `${path}.branches`), `${path}.branches`, here, depth + 1)) stack.push(child);
  }
  return found;
}

export function advisoryFromCsaf(input: unknown, source: string, origin: Advisory['origin'] = 'bundled'): Advisory {
  const root = obj(input, source, '/');
  const doc = obj(root.document, source, '/document');
  if (doc.csaf_version !== '2.0') fail(source, '/document/csaf_version', 'must be "2.0"');
  if (doc.category !== 'csaf_security_advisory') fail(source, '/document/category', 'must be "csaf_security_advisory"');
  const tracking = obj(doc.tracking, source, '/document/tracking');
  const publisher = obj(doc.publisher, source, '/document/publisher');
  const vulnerabilities = arr(root.vulnerabilities, source, '/vulnerabilities');
  if (vulnerabilities.length === 0) fail(source, '/vulnerabilities', 'must list at least one vulnerability');

  const affected = products(root.product_tree, source);
  const refused: RefusedLink[] = [];
  const cves: string[] = [];
  const remediations: Remediation[] = [];
  const descriptions: string[] = [];
  vulnerabilities.forEach((v, i) => {
    const vuln = obj(v, source, `/vulnerabilities/${i}`);
    if (vuln.cve !== undefined) cves.push(str(vuln.cve, source, `/vulnerabilities/${i}/cve`));
    arr(vuln.remediations, source, `/vulnerabilities/${i}/remediations`).forEach((r, j) => {
      const path = `/vulnerabilities/${i}/remediations/${j}`;
      const rem = obj(r, source, path);
      const category = str(rem.category, source, `${path}/category`) as RemediationCategory;
      if (!REMEDIATION_CATEGORIES.includes(category)) fail(source, `${path}/category`, `is not a CSAF remediation category: "${category}"`);
      const details = str(rem.details, source, `${path}/details`);
      const href = rem.url === undefined ? undefined : url(rem.url, source, `${path}/url`, refused);
      remediations.push({ category, details, ...(href ? { link: link(details, href) } : {}) });
    });
    if (vuln.notes !== undefined) {
      arr(vuln.notes, source, `/vulnerabilities/${i}/notes`).forEach((n, j) => {
        descriptions.push(str(obj(n, source, `/vulnerabilities/${i}/notes/${j}`).text, source, `/vulnerabilities/${i}/notes/${j}/text`));
      });
    }
  });

  const summaryNote = arr(doc.notes, source, '/document/notes')
    .map((n, i) => obj(n, source, `/document/notes/${i}`))
    .find((n) => n.category === 'summary' || n.category === 'description');
  const references = arr(doc.references, source, '/document/references').flatMap((r, i) => {
    const ref = obj(r, source, `/document/references/${i}`);
    const summary = str(ref.summary, source, `/document/references/${i}/summary`);
    const href = url(ref.url, source, `/document/references/${i}/url`, refused);
    return href ? [link(summary, href)] : [];
  });
  const severity =
    doc.aggregate_severity === undefined
      ? undefined
      : str(obj(doc.aggregate_severity, source, '/document/aggregate_severity').text, source, '/document/aggregate_severity/text');

  return {
    id: str(tracking.id, source, '/document/tracking/id'),
    title: str(doc.title, source, '/document/title'),
    publisher: str(publisher.name, source, '/document/publisher/name'),
    initialReleaseDate: date(tracking.initial_release_date, source, '/document/tracking/initial_release_date'),
    currentReleaseDate: date(tracking.current_release_date, source, '/document/tracking/current_release_date'),
    ...(tracking.version !== undefined ? { version: str(tracking.version, source, '/document/tracking/version') } : {}),
    ...(severity ? { severity } : {}),
    cves,
    affected,
    description: summaryNote ? str(summaryNote.text, source, '/document/notes/text') : (descriptions[0] ?? ''),
    remediations,
    references,
    ...(refused.length > 0 ? { refusedLinks: refused } : {}),
    origin,
  };
}
