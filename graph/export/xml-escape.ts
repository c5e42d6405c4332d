const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Text content of an XML element, escaped (a carriage return is kept from being normalised away). */
export function xmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === '\r' ? '&#xD;' : (TEXT[c] as string)));
}

/** A double-quoted XML attribute value, escaped (whitespace kept from attribute-value normalisation). */
export function xmlAttr(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTR[c] as string);
}
