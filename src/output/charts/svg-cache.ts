import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CHARTS_CODE = fileURLToPath(new URL('./', import.meta.url));

/**
 * What makes a drawing: the charts' compiled code and the versions of Vega and Vega-Lite. A change to any of them
 * gives new keys, so that a stale drawing is never read.
 */
function renderingVersion(): string {
  const hash = createHash('sha256');
  // Their package.json files are not exported; they lie one folder above each entry point.
  for (const name of ['vega', 'vega-lite']) hash.update(readFileSync(join(dirname(require.resolve(name)), '..', 'package.json')));
  for (const file of readdirSync(CHARTS_CODE).filter((f) => f.endsWith('.js')).sort()) hash.update(file).update(readFileSync(join(CHARTS_CODE, file)));
  return hash.digest('hex');
}

/**
 * Drawings on disk, keyed by a hash of their chart (specification and data) and of the rendering's version: the
 * same corpus gives the same charts, and a report run again reads them instead of laying them out again.
 * A cache that cannot be read or written is passed over.
 */
export class SvgCache {
  private readonly version = renderingVersion();

  constructor(private readonly directory: string) {}

  key(chart: unknown, idPrefix: string): string {
    return createHash('sha256').update(this.version).update('\u0000').update(idPrefix).update('\u0000').update(JSON.stringify(chart)).digest('hex');
  }

  get(key: string): string | undefined {
    try {
      return readFileSync(join(this.directory, `${key}.svg`), 'utf8');
    } catch {
      return undefined;
    }
  }

  put(key: string, svg: string): void {
    const path = join(this.directory, `${key}.svg`);
    try {
      mkdirSync(this.directory, { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, svg);
      renameSync(partial, path);
    } catch {
      // A read-only or full disk costs speed, not results.
    }
  }
}
