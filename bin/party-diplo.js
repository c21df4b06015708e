#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli/main.js';

// V8 lets the heap grow up to fourfold between full collections; reading an archive's cache makes much short-lived
// garbage, and the peak was that garbage (455 MB for a live heap of 160). Growing by 30% at a time held the peak
// to 310 MB at the same CPU time. Set here, for the command line only: a library does not set its host's flags.
setFlagsFromString('--heap-growing-percent=30');
main(process.argv);
