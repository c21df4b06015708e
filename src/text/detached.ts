/**
 * A copy of a string that does not point into the string it was cut from: V8 makes a slice of 13 characters or more
 * a view of its whole text, so that one word kept for later (a mention's words, a cache's key) keeps a huge file's
 * 100 MB text alive to the end of the run.
 */
export const detached = (value: string): string => (value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string));
