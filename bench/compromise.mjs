// The peer: compromise's people, places and organizations over the same files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
const target = process.argv[2];
let found = 0;
for (const file of statSync(target).isDirectory() ? files(target) : [target]) {
  const doc = nlp(readFileSync(file, 'utf8'));
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
process.stdout.write(`${found}\n`);
