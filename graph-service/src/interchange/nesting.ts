/**
 * How deep a JSON or XML text nests, and how many of some elements it has, in one pass over the
 * text before it is parsed, so a file nested 10,000 deep is refused before a parser (or the code
 * after it) recurses that far. Hand-written: the parsers at hand report neither before the work.
 */

/** The deepest nesting of objects and lists, outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > deepest) deepest = depth; }
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

export interface XmlShape {
  depth: number;
  /** How many elements of each of the given local names (e.g. node, edge). */
  counts: Record<string, number>;
}

/** The deepest element nesting, skipping comments, CDATA, processing instructions and declarations. */
export function xmlShape(text: string, counted: string[]): XmlShape {
  const counts: Record<string, number> = Object.fromEntries(counted.map((n) => [n, 0]));
  let depth = 0;
  let deepest = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<![CDATA[', i)) i = after(text, ']]>', i);
    else if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!', i)) i = after(text, '>', i);
    else if (text.startsWith('</', i)) { depth--; i = after(text, '>', i); }
    else {
      let j = i + 1;
      let quote = 0;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote) { if (c === quote) quote = 0; } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      const name = /^[^\s/>]+/.exec(text.slice(i + 1, Math.min(j, i + 80)))?.[0] ?? '';
      const local = name.slice(name.indexOf(':') + 1);
      if (local in counts) counts[local]++;
      if (text.charCodeAt(j - 1) !== 47 && ++depth > deepest) deepest = depth; // not <empty/>
      i = j + 1;
    }
    i = i < 0 ? -1 : text.indexOf('<', i);
  }
  return { depth: deepest, counts };
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}
