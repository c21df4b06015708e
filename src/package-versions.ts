import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * `name@version` of each installed package, for cache keys: a result made by other versions is made again. The
 * manifest is found by walking up from the package's entry point, since packages need not export it.
 */
export function packageVersions(names: readonly string[]): string {
  return names
    .map((name) => {
      for (let directory = dirname(require.resolve(name)); directory !== dirname(directory); directory = dirname(directory)) {
        try {
          const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
          if (manifest.name === name) return `${name}@${manifest.version}`;
        } catch {
          // Not the package's own directory yet.
        }
      }
      return `${name}@unknown`;
    })
    .join(' ');
}
