/** Help and version text. Every command and option is documented here (a test checks it). */
import { version } from '../../package.json';

export const VERSION = version;

const MAIN = `source-compare ${version} — compare news articles claim by claim:
what the sources agree on, where they conflict, and what only one of them says.

Usage:
  source-compare compare A B [C …] [--format FORMAT] [--out FILE] [--threshold N] [--decisions FILE] [--meaning] [--compact]
  source-compare pairs [--input FILE] [--meaning]
  source-compare help [COMMAND]
  source-compare --help | -h
  source-compare --version | -V

Commands:
  compare   Compare two or more articles and print a report.
  pairs     Judge many text pairs from JSON Lines (batch and evaluation mode).
  help      Show this help, or the help of one command.

Exit status:
  0  success
  1  input or output error (missing, unreadable, directory or binary file; cannot write --out)
  2  usage error (unknown command, option or format; too few articles; --out naming an input)
  3  internal error (a bug: please report it)

Environment:
  NO_COLOR      if set and not empty, text output is never coloured
  FORCE_COLOR   if set (and not 0/false), text output is coloured even when not a terminal

Run 'source-compare help compare' or 'source-compare help pairs' for details.
`;

const COMPARE = `Usage: source-compare compare A B [C …] [options]

Compare two or more articles claim by claim. Each article is a file of plain text or Markdown
(optionally with a front-matter header: title, source, date, url), in UTF-8 (a BOM is removed)
or UTF-16 with a byte-order mark, at most 64 MiB (pipes and devices too: reading stops there).
'-' reads one of the articles from standard input.
Every claim is labelled AGREE (another source says it), CONFLICT (another source says something
different about the same fact) or UNIQUE (no other source says it).

Options:
  -f, --format FORMAT   text (default), json, markdown (or md), html, csv
                          text      readable report for a terminal
                          json      the report object, schema source-compare/report@1
                          markdown  summary table, conflicts side by side, agreements, unique claims
                          html      one self-contained page: figures, coverage of each article,
                                    conflicts side by side (no scripts, no remote resources)
                          csv       one row per claim per article (RFC 4180, CRLF), for spreadsheets
  -o, --out FILE        write the report to FILE instead of standard output ('-': standard output).
                        FILE is replaced only once the whole report is written (a temporary file
                        beside it is renamed over it); FILE naming one of the articles is refused
  -t, --threshold N     minimum similarity (0 to 1) for two claims to count as the same claim
  -d, --decisions FILE  apply a person's decisions (dismissed, reviewed, linked findings), e.g. the
                        extension's .source-compare/decisions.json; the report marks each one
  -m, --meaning         also pair claims that say the same in other words, by their sentence
                        vectors (all-MiniLM-L6-v2, int8, run offline from models/minilm by
                        onnxruntime-node, else onnxruntime-web), and find claims said inside a
                        longer claim of another article with a cross-encoder that reads the claim
                        with each part (the same model with adapters trained on MSRP train); the
                        report names the models. Without a runtime or model files it says so on
                        standard error and compares by words (or without the cross-encoder)
      --compact         list in each claim's corroboration only the sources that agree or conflict
                        (the report says "compact": true; a source not listed is silent): with many
                        sources most entries are silent. Labels and every other field are unchanged
  -h, --help            show this help
  --                    treat every later argument as a file name

Examples:
  source-compare compare herald.md courier.md
  source-compare compare a.txt b.txt c.txt --format html --out report.html
  source-compare compare a.txt b.txt c.txt --format csv --out claims.csv
  source-compare compare wire/*.txt --format json --compact --out day.json
  curl -s … | source-compare compare - local.md --format json
`;

const PAIRS = `Usage: source-compare pairs [--input FILE] [--meaning]

Judge text pairs in batch. Input is JSON Lines (UTF-8), one object per line: {"id": …, "a": "…", "b": "…"}
(other fields, such as gold labels, are ignored). Output line N answers input line N, always, and
is written as soon as it is ready:
  {"id": …, "label": "agreement" | "discrepancy" | "unique", "score": 0…1, "kinds": [...]}
label is how text b as a whole stands against source a; score is how much of b that a supports;
kinds lists the kinds of discrepancy found (number, date, person, place, …).
id is echoed exactly as written (12345678901234567890 keeps its digits; any JSON value; null when
the line has none). A line that cannot be judged gives
  {"id": … or null, "error": "…"}
and the run goes on: a blank line ("blank line"), invalid JSON, "a" or "b" missing or not a string,
a line longer than 16 MiB (its id is kept when it is the line's first member). No message depends
on the line's place in the input, so a batch split across processes joins back byte for byte
(GNU parallel --pipe --keep-order, Spark RDD.pipe(); see the README).
Input holding a NUL byte (binary data, UTF-16, /dev/zero) ends the run: exit status 1.

Options:
  -i, --input FILE   read JSON Lines from FILE (default: standard input; '-' also means it)
  -m, --meaning      score a pair of single sentences by their sentence vectors as well as their
                     words (all-MiniLM-L6-v2, int8, run offline from models/minilm), and decide
                     whether they agree with a cross-encoder that reads the two together (the same
                     model with adapters trained on MSRP train; the score stays the vectors'); lines
                     are then answered in blocks of 256. Without a runtime or model files it says
                     so on standard error and judges by words (or by vectors only)
  -h, --help         show this help

Examples:
  source-compare pairs --input pairs.jsonl > judgements.jsonl
  parallel --pipe --keep-order --block 4M source-compare pairs < pairs.jsonl > judgements.jsonl
`;

export function helpText(topic: 'compare' | 'pairs' | null): string {
  if (topic === 'compare') return COMPARE;
  if (topic === 'pairs') return PAIRS;
  return MAIN;
}
