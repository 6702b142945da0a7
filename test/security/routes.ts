/**
 * Every GET route the server answers, read from Fastify's own route table (so a route added tomorrow is
 * called without anyone listing it), and the addresses to call for each: the path parameters filled with the
 * ids of secret and protected objects, the query parameters the OpenAPI document declares filled where they
 * choose what is shown (enums, a search word, a stated purpose).
 */
import type { FastifyInstance } from 'fastify';

export interface Route { pattern: string; params: string[]; regex: RegExp }

/** Parses `app.printRoutes({ commonPrefix: false })`: a tree whose node names concatenate to the paths. */
export function getRoutes(app: FastifyInstance): Route[] {
  const tree = app.printRoutes({ commonPrefix: false, method: 'GET' });
  const stack: string[] = [];
  const patterns = new Set<string>();
  for (const line of tree.split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const full = (depth > 0 ? stack[depth - 1] ?? '' : '') + m[2]!;
    stack[depth] = full;
    stack.length = depth + 1;
    if (m[3]?.split(/,\s*/).includes('GET')) patterns.add(full);
  }
  return [...patterns].map((pattern) => ({
    pattern,
    params: [...pattern.matchAll(/:([A-Za-z_]+)/g)].map((p) => p[1]!),
    regex: new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+?').replace(/\*/g, '.*')}$`),
  }));
}

/** Routes that serve the staff app's build, the API docs' static files or assets: no data of the body. */
export const isStaticRoute = (pattern: string): boolean => /\*|^\/app\/|^\/api\/docs\/static|^\/portal\.css|^\/favicon/.test(pattern);

/** The route an address is answered by (the most specific pattern). */
export function routeOf(url: string, routes: readonly Route[]): string {
  const pathname = url.split('?')[0]!;
  const matching = routes.filter((r) => r.regex.test(pathname)).sort((a, b) => a.params.length - b.params.length || b.pattern.length - a.pattern.length);
  return matching[0]?.pattern ?? pathname;
}

/** Every combination of the candidate values for a route's parameters. */
export function expand(route: Route, candidates: (param: string) => readonly string[]): string[] {
  let urls = [route.pattern];
  for (const param of route.params) {
    const values = candidates(param);
    urls = urls.flatMap((u) => values.map((v) => u.replace(`:${param}`, encodeURIComponent(v))));
  }
  return urls;
}

interface OpenApiDoc { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: { enum?: string[]; anyOf?: { enum?: string[] }[] } }[] }>> }

/**
 * Query strings to try per route pattern, from the OpenAPI document: one per value of each enum parameter, a
 * search word for `q`, a stated purpose for `purpose` (so sensitive reads are not refused for lack of one).
 */
export function queryVariants(doc: OpenApiDoc, searchWord: string): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    const parameters = (methods.get?.parameters ?? []).filter((p) => p.in === 'query');
    if (!parameters.length) continue;
    const base = new URLSearchParams();
    if (parameters.some((p) => p.name === 'purpose')) base.set('purpose', 'Granskning av behörigheter');
    if (parameters.some((p) => p.name === 'q')) base.set('q', searchWord);
    const list = [base.toString()];
    for (const p of parameters) {
      const values = p.schema?.enum ?? p.schema?.anyOf?.flatMap((a) => a.enum ?? []) ?? [];
      for (const value of values) {
        const q = new URLSearchParams(base);
        q.set(p.name, value);
        list.push(q.toString());
      }
    }
    variants.set(path.replace(/\{([^}]+)\}/g, ':$1'), [...new Set(list)]);
  }
  return variants;
}
