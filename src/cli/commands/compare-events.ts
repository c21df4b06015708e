import type { Period } from '../../analysis/periods.js';
import type { EventComparison } from '../../analysis/event-summary.js';
import type { ResolvedCorpus } from '../../extract/resolve.js';
import type { Paint } from '../../output/format.js';

/** `compare`'s events: the count of each type in the two periods, and each foreign partner's change in events. */
export async function eventChanges(corpus: ResolvedCorpus, a: Period, b: Period): Promise<EventComparison> {
  const [{ corpusEvents, occasionsOf }, { compareEvents, homeCountry }] = await Promise.all([import('../../analysis/events.js'), import('../../analysis/event-summary.js')]);
  return compareEvents(a, b, occasionsOf(corpusEvents(corpus)), corpus.entities, homeCountry(corpus.mentions));
}

const PARTNERS_LISTED = 8;

export function eventLines(events: EventComparison, a: Period, b: Period, chalk: Paint): string[] {
  const signed = (n: number) => (n > 0 ? chalk.green(`+${n}`) : n < 0 ? chalk.red(String(n)) : '0');
  const partners = events.partners.slice(0, PARTNERS_LISTED).map((p) => `${p.name} ${signed(p.change)}`);
  return [
    chalk.bold(`${'events'.padEnd(12)}${a.label.padStart(10)}${b.label.padStart(10)}`),
    ...events.types.map((t) => `${t.type.padEnd(12)}${String(t.a).padStart(10)}${String(t.b).padStart(10)}`),
    `change in events by partner (${events.partners.length}): ${partners.join(', ') || '-'}${events.partners.length > PARTNERS_LISTED ? ', …' : ''}`,
    '',
  ];
}
