/**
 * A small reader of XML for the feed tests, on saxes (the project's XML parser): the text
 * of elements found by a path of names ("entry > title"), so a test reads what a feed
 * reader would, not the bytes.
 */
import { SaxesParser } from 'saxes';

export interface ReadXml {
  /** Text of the first element at the path. */
  text(path: string): string | undefined;
  /** Text of every element at the path, in order. */
  all(path: string): string[];
}

export function fromXml(xml: string): ReadXml {
  const parser = new SaxesParser();
  const stack: string[] = [];
  const texts: { path: string; text: string }[] = [];
  const open: { path: string; text: string }[] = [];
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    open.push({ path: stack.join(' > '), text: '' });
  });
  parser.on('text', (text) => {
    for (const entry of open) entry.text += text;
  });
  parser.on('cdata', (text) => {
    for (const entry of open) entry.text += text;
  });
  parser.on('closetag', () => {
    texts.push(open.pop()!);
    stack.pop();
  });
  parser.write(xml).close();
  const matching = (path: string) => texts.filter((entry) => entry.path === path || entry.path.endsWith(` > ${path}`));
  return { text: (path) => matching(path)[0]?.text.trim(), all: (path) => matching(path).map((entry) => entry.text.trim()) };
}
