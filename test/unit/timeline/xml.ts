import * as assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element of a parsed SVG, children in document order. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  readonly text: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, htmlEntities: true });

/** Parses XML after checking it is well-formed, failing the test with the validator's message if not. */
export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, valid === true ? '' : `${valid.err.msg} at ${valid.err.line}:${valid.err.col}`);
  const [root] = parser.parse(xml).map(toNode).filter((node: XmlNode) => node.name !== '#text');
  return root;
}

function toNode(raw: Record<string, unknown>): XmlNode {
  const name = Object.keys(raw).find((key) => key !== ':@')!;
  if (name === '#text') return { name, attributes: {}, children: [], text: String(raw[name]) };
  const children = (raw[name] as Record<string, unknown>[]).map(toNode);
  const text = children.map((child) => child.text).join('');
  return { name, attributes: (raw[':@'] as Record<string, string>) ?? {}, children: children.filter((child) => child.name !== '#text'), text };
}

export function descendants(node: XmlNode, test: (node: XmlNode) => boolean): XmlNode[] {
  return node.children.flatMap((child) => [...(test(child) ? [child] : []), ...descendants(child, test)]);
}

export const hasClass = (name: string) => (node: XmlNode) => (node.attributes.class ?? '').split(' ').includes(name);
