import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MODEL_DIRECTORY = dirname(require.resolve('wink-eng-lite-web-model'));
const CORE_MODEL = join(MODEL_DIRECTORY, 'languages', 'cur', 'models', 'eng-core-web-model.json');

type Features = Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Features;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * wink-eng-lite-web-model as wink-nlp reads it, loaded in about two thirds of the time. The package parses its core
 * model and then deep-copies it (so that the parsed copy can be read again), decodes base64 byte by byte, and loads
 * its lemmatizer, stemmer and readability add-ons, none of which are used here. This loader parses the core model
 * once, decodes with Buffer, leaves the add-ons out and uses the package's own loaders for everything else.
 * tests/extract/wink-model.test.ts checks that the core model it builds is the package's, value for value.
 */
export function liteModel(): Record<string, unknown> {
  const part = (file: string): unknown => require(join(MODEL_DIRECTORY, file));
  return {
    core: loadCoreModel,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'),
    sa: part('load-sa-model.js'),
    metaCER: metaCerModel,
    featureFn: part('feature.js'),
    addons: Object.create(null),
  };
}

/**
 * The package's loader of its custom entities' meta model replaces the model it holds by its JSON at every call, so
 * that a second wink-nlp of the same process (one loaded again after it was let go, see releaseNlp) met a JSON of
 * that JSON, and a third ran out of string length: the first answer is kept and given again.
 */
let metaCer: unknown;
const metaCerModel = (): unknown => (metaCer ??= (require(join(MODEL_DIRECTORY, 'load-cer-meta-model.js')) as () => unknown)());

/** What the package's read-core-model.js and load-core-model.js do, without the deep copy. */
export function loadCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(CORE_MODEL, 'utf8')) as CoreModel;
  const { layout } = model.packing;
  const features = model.features;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  model.packing.efList = [];
  for (const name in layout) {
    const [, mask, shift, kind, extracted] = layout[name];
    if (kind === 0) {
      const feature = features[name];
      feature.hash = indexOf(feature.list as string[]);
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = mask >>> shift;
    }
    if (extracted === 1) model.packing.efList.push(name);
  }
  const lexeme = features.lexeme;
  lexeme.hash = indexOf(lexeme.list as string[]);
  lexeme.intrinsicSize = lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // A copy at offset 0: a Buffer may start anywhere in its ArrayBuffer, a Uint32Array only at a multiple of 4.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}
