import { VOWEL_LETTERS as VOWELS } from '../lexicon/spelling';
/**
 * Name similarity: a Double-Metaphone-like phonetic key tuned for transliterated names, and
 * Jaro-Winkler similarity. Both linear or quadratic in the (short) word length only.
 */

/** Lower-case, strip diacritics, keep ASCII letters only. */
export function foldLetters(s: string): string {
  // ASCII fast path: NFD leaves ASCII as it is, so folding is lower-casing A–Z and dropping the rest
  let clean = true;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) { ascii = false; break; }
    if (c < 97 || c > 122) clean = false;
  }
  if (clean && ascii) return s;
  if (ascii) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) out += s[i];
      else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    }
    return out;
  }
  const d = s.normalize('NFD').toLowerCase();
  let out = '';
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 97 && c <= 122) out += d[i];
  }
  return out;
}

/**
 * Phonetic key: consonant skeleton with transliteration-friendly merges
 * (q/k/c/g → K, d/t/dh/th → T, z/s → S, v/f/ph → F, b/p → P, sh/ch → X, j/dj → J, kh → K).
 */
export function phoneticKey(word: string): string {
  let w = foldLetters(word);
  if (w.length === 0) return '';
  if (w.startsWith('kn') || w.startsWith('gn') || w.startsWith('pn') || w.startsWith('wr')) w = w.slice(1);
  let out = VOWELS.has(w[0]) ? 'A' : '';
  let i = 0;
  while (i < w.length) {
    const c = w[i];
    const n = i + 1 < w.length ? w[i + 1] : '';
    if (VOWELS.has(c)) {
      // vowels separate repeated consonants only when the vowel is pronounced between them
      if (out.length > 0 && out[out.length - 1] !== '|') out += '|';
      i++;
      continue;
    }
    let k = '';
    let step = 1;
    switch (c) {
      case 'p': if (n === 'h') { k = 'F'; step = 2; } else k = 'P'; break;
      case 'b': k = 'P'; break;
      case 'f': case 'v': k = 'F'; break;
      case 's': if (n === 'h') { k = 'X'; step = 2; } else k = 'S'; break;
      case 'z': k = 'S'; break;
      case 'x': k = 'KS'; break;
      case 'c':
        if (n === 'h') { k = 'X'; step = 2; } else if (n === 'e' || n === 'i' || n === 'y') k = 'S'; else k = 'K';
        break;
      case 'k': if (n === 'h') { k = 'K'; step = 2; } else k = 'K'; break;
      case 'q': case 'g': if (n === 'h') { k = 'K'; step = 2; } else k = 'K'; break;
      case 't': if (n === 'h') { k = 'T'; step = 2; } else k = 'T'; break;
      case 'd': if (n === 'h') { k = 'T'; step = 2; } else if (n === 'j') { k = 'J'; step = 2; } else k = 'T'; break;
      case 'j': k = 'J'; break;
      case 'h': case 'w': k = ''; break;
      case 'l': k = 'L'; break;
      case 'r': k = 'R'; break;
      case 'm': k = 'M'; break;
      case 'n': k = 'N'; break;
      default: k = c.toUpperCase();
    }
    for (const ch of k) {
      // collapse doubled consonants (dd, ll) but keep consonants separated by a vowel
      if (out.length > 0 && out[out.length - 1] === ch) continue;
      if (out.length > 1 && out[out.length - 1] === '|' && out[out.length - 2] === ch) { out = out.slice(0, -1); continue; }
      out += ch;
    }
    i += step;
  }
  let key = '';
  for (const ch of out) if (ch !== '|') key += ch;
  return key;
}

