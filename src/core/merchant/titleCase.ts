/** Natural casing for names that banks print in capitals ("BOULANGERIE DU MARCHE" → "Boulangerie du Marche"). */

const PARTICLES = new Set(
  'de du des la le les l d et van der den von und of the and y di da del della dos het op aan zu am im sur en'.split(
    ' ',
  ),
);

function capitalize(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-.&/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Title-cases a name written all in capitals; names with lowercase letters are kept as written. */
export function displayCase(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      if (/^[^aeiouy]{2,3}$/i.test(w) && /^\p{L}+$/u.test(w)) return w; // acronyms: KPN, BP, GVB
      if (/\d/.test(w)) return w;
      return capitalize(w);
    })
    .join(' ');
}
