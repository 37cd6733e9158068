/**
 * A string safe to keep in a long-lived table. V8 represents a slice of 13 or more characters as a
 * view into the string it was cut from, so remembering a word cut from an article would keep the
 * whole article in memory for as long as the table holds the word. Appending and cutting back
 * forces a copy of just these characters. Short strings are copies already.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
