import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResultCache } from '../../extract/cache.js';
import { packageVersions } from '../../package-versions.js';
import { isString } from '../../types.js';

const CHARTS_CODE = fileURLToPath(new URL('./', import.meta.url));

let version: string | undefined;

/**
 * What makes a drawing: the charts' compiled code and the versions of Vega and Vega-Lite. A change to any of them
 * gives new keys, so that a stale drawing is never read. Worked out once a run, however many charts it draws.
 */
function renderingVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  hash.update(packageVersions(['vega', 'vega-lite']));
  for (const file of readdirSync(CHARTS_CODE).filter((f) => f.endsWith('.js')).sort()) hash.update(file).update(readFileSync(join(CHARTS_CODE, file)));
  return (version = hash.digest('hex'));
}

/**
 * Drawings kept in the result cache, which treats them as it treats extraction results (untrusted input: regular
 * files only, bounded, checksummed, written exclusively, evicted with the rest): the same corpus gives the same
 * charts, and a report run again reads them instead of laying them out again.
 */
export class SvgCache {
  private readonly store: ResultCache;

  constructor(directory: string) {
    this.store = new ResultCache(directory);
  }

  key(chart: unknown, idPrefix: string): string {
    return this.store.pictureKey(renderingVersion(), idPrefix, JSON.stringify(chart));
  }

  get(key: string): string | undefined {
    return this.store.get(key, isString);
  }

  put(key: string, svg: string): void {
    this.store.put(key, svg);
  }
}
