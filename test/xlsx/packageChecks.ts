// Test helper: integrity of an OPC package — dangling relationships, stray content types, unreferenced parts.
import JSZip from 'jszip';

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  for (const seg of (base + target).split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

function sourceOfRels(relsPath: string): string {
  // "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; "_rels/.rels" → "".
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : '';
}

/** Problems found (empty when the package is consistent). */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const lower = new Set(files.map((f) => f.toLowerCase()));
  const problems: string[] = [];
  const edges = new Map<string, string[]>();
  for (const rels of files.filter((f) => f.endsWith('.rels'))) {
    const source = sourceOfRels(rels);
    if (source && !lower.has(source.toLowerCase())) problems.push(`rels without its part: ${rels}`);
    const xml = await zip.file(rels)?.async('string') ?? '';
    const targets: string[] = [];
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attr(m[0], 'TargetMode') === 'External') continue;
      const target = resolve(source, decodeURIComponent(attr(m[0], 'Target') ?? ''));
      if (!lower.has(target.toLowerCase())) problems.push(`dangling relationship ${rels} → ${target}`);
      targets.push(target.toLowerCase());
    }
    edges.set(source.toLowerCase(), targets);
  }
  const ct = await zip.file('[Content_Types].xml')?.async('string') ?? '';
  const overrides = [...ct.matchAll(/<Override\b[^>]*>/g)].map((m) => (attr(m[0], 'PartName') ?? '').slice(1).toLowerCase());
  const defaults = new Set([...ct.matchAll(/<Default\b[^>]*>/g)].map((m) => (attr(m[0], 'Extension') ?? '').toLowerCase()));
  for (const o of overrides) if (!lower.has(o)) problems.push(`content type for a missing part: /${o}`);
  const reached = new Set<string>();
  const queue = [''];
  while (queue.length) {
    const part = queue.pop() ?? '';
    if (reached.has(part)) continue;
    reached.add(part);
    queue.push(...(edges.get(part) ?? []));
  }
  for (const f of files) {
    const l = f.toLowerCase();
    if (l === '[content_types].xml' || l.endsWith('.rels')) continue;
    if (!reached.has(l)) problems.push(`unreferenced part: ${f}`);
    const ext = l.slice(l.lastIndexOf('.') + 1);
    if (!overrides.includes(l) && !defaults.has(ext)) problems.push(`part without content type: ${f}`);
  }
  return problems;
}
