/** The weekday of a day of the Gregorian calendar (`month` from 1; Sunday is 0, as `Date.getUTCDay` counts). */
export const weekdayOf = (year: number, month: number, day: number): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
