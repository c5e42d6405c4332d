const TEXT = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['\r', '&#xD;'],
]);
const ATTR = new Map([...TEXT, ['"', '&quot;'], ['\t', '&#x9;'], ['\n', '&#xA;']]);

/**
 * Characters XML 1.0 cannot carry at all: C0 controls but tab, newline and return, U+FFFE/U+FFFF, and (with the `u`
 * flag a surrogate pair is one character) lone surrogates. They are dropped rather than written into a broken file.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what the pattern removes.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text content of an XML element, escaped (a carriage return is kept from being normalised away). */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT.get(c) ?? c);
}

/** A double-quoted XML attribute value, escaped (whitespace kept from attribute-value normalisation). */
export function xmlAttr(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"\t\n\r]/g, (c) => ATTR.get(c) ?? c);
}
