import { createRequire } from 'node:module';

/**
 * commander, required rather than imported: it is CommonJS, and its ES module wrapper has Node scan the CommonJS
 * source for its exports first, about 5 of the 17 ms it takes to load on every run.
 */
export const commander = createRequire(import.meta.url)('commander') as typeof import('commander');
