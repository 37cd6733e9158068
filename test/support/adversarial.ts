/** Adversarial inputs for regular-expression blow-ups: `n` repetitions of a short unit. */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'a.': (n) => 'a.'.repeat(n),
  'double quote': (n) => '"'.repeat(n),
  'open paren': (n) => '('.repeat(n),
  'curly quote': (n) => '“'.repeat(n),
  'em dash': (n) => '—'.repeat(n),
  'Mr. ': (n) => 'Mr. '.repeat(n),
  'digits with commas': (n) => Array.from({ length: n }, () => '1').join(','),
  'a + space': (n) => 'a '.repeat(n),
  "'s": (n) => "'s".repeat(n),
  'uppercase run': (n) => 'A '.repeat(n),
  // A few extra shapes that often trip quote / number / name patterns.
  'quote then words, unclosed': (n) => '"' + 'word '.repeat(n),
  'said attribution chain': (n) => 'said X, '.repeat(n),
  'decimal dots': (n) => Array.from({ length: n }, () => '1').join('.'),
  'spaces then letter': (n) => ' '.repeat(n) + '!',
};
