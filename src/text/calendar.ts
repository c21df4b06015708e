/** The weekday of a day of the Gregorian calendar (`month` from 1; Sunday is 0, as `Date.getUTCDay` counts). */
export const weekdayOf = (year: number, month: number, day: number): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The days from one ISO date to another, each taken at its first day when it has none (`2024-12` at December 1st). */
export function daysFrom(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, iso.length >= 10 ? Number(iso.slice(8, 10)) : 1);
  return (day(to) - day(from)) / 86_400_000;
}
