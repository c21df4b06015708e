// The floor: what wink-nlp itself costs to load its model and read every document of a corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
const target = process.argv[2];
const nlp = winkNLP(model);
let tokens = 0;
for (const file of statSync(target).isDirectory() ? files(target) : [target]) tokens += nlp.readDoc(readFileSync(file, 'utf8')).tokens().length();
process.stdout.write(`${tokens}\n`);
