/**
 * The ways a name is shortened in a later mention, from its words (folded; a hyphenated word's parts one space
 * apart, as in a person's key). Vietnamese names are shortened to the given name, last ("Trong"), to the
 * middle and given names ("Phu Trong"), and abroad to the family name ("Nguyen's visit"). Other names to any run of their words but the whole: the family name,
 * last or first ("Zyuganov", "Xi"), a hyphenated family name ("Diaz Canel" from "Miguel Diaz-Canel Bermudez"),
 * the first name in Lao usage ("Bounnhang"). Initials alone are no short form.
 */
export function shortForms(words: readonly string[], vietnamese: boolean): string[] {
  if (words.length < 2) return [];
  if (vietnamese) return [...new Set([words[words.length - 1], words.slice(1).join(' '), words[0]])];
  const forms = new Set<string>();
  for (let first = 0; first < words.length; first++) {
    for (let last = first + 1; last <= words.length; last++) {
      if (last - first === words.length) continue;
      const form = words.slice(first, last);
      if (form.every((w) => w.length === 1)) continue;
      forms.add(form.join(' '));
    }
  }
  return [...forms];
}

/** The prefix of the key of a short form (`short:yechury`) that the document alone could not link to a full name. */
export const SHORT_FORM = 'short:';
