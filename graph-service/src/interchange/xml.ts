/**
 * Parses GEXF and GraphML safely: no DTD entities (no "billion laughs", no external files), a
 * clear message with the line for malformed XML, and a check that the root is what the format needs.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { InterchangeError } from './errors.ts';
import { checkDepth, checkRows } from './limits.ts';
import { xmlShape } from './nesting.ts';

export function parseXml(text: string, what: string, root: string): Document {
  if (/<!ENTITY/i.test(text)) {
    throw new InterchangeError(`${what}: the file declares XML entities (<!ENTITY>), which Atlas does not read for safety. Export it again from your tool without a DTD.`);
  }
  // Depth and size before the DOM is built: the parser and the readers after it recurse.
  const shape = xmlShape(text, ['node', 'edge']);
  checkDepth(shape.depth, what);
  checkRows(shape.counts.node + shape.counts.edge, what);
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    const e = error as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
    const at = e.locator?.lineNumber ? ` at line ${e.locator.lineNumber}, column ${e.locator.columnNumber}` : '';
    throw new InterchangeError(`${what}: the file is not well-formed XML${at}: ${e.message.replace(/^[\s\S]*caused Error: /, '').split('\n')[0].replace(/\.$/, '')}.`);
  }
  const element = document.documentElement;
  if (!element || element.localName !== root) {
    throw new InterchangeError(`${what}: expected a <${root}> document but found <${element?.localName ?? 'nothing'}>. Check that you chose the right format.`);
  }
  return document;
}
