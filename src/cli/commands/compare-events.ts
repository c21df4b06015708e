import type { EventComparison } from '../../analysis/event-summary.js';
import type { Paint } from '../../output/format.js';

const PARTNERS_LISTED = 8;

export function eventLines(events: EventComparison, a: string, b: string, chalk: Paint): string[] {
  const signed = (n: number) => (n > 0 ? chalk.green(`+${n}`) : n < 0 ? chalk.red(String(n)) : '0');
  const partners = events.partners.slice(0, PARTNERS_LISTED).map((p) => `${p.name} ${signed(p.change)}`);
  return [
    chalk.bold(`${'events'.padEnd(12)}${a.padStart(10)}${b.padStart(10)}`),
    ...events.types.map((t) => `${t.type.padEnd(12)}${String(t.a).padStart(10)}${String(t.b).padStart(10)}`),
    `change in events by partner (${events.partners.length}): ${partners.join(', ') || '-'}${events.partners.length > PARTNERS_LISTED ? ', …' : ''}`,
    '',
  ];
}
