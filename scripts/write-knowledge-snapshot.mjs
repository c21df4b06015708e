// Part of `npm run build`: writes the compiled knowledge base beside the compiled code.
import { buildKnowledge } from '../dist/extract/knowledge/index.js';
import { writeSnapshot } from '../dist/extract/knowledge/snapshot.js';

writeSnapshot(buildKnowledge());
