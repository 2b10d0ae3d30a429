const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/** Escapes text for an XML attribute or element; control characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- stripping the control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[&<>"'\n\r\t]/g, (char) => ESCAPES[char]!)
  );
}

/** ` a="1" b="x"` from a record, skipping undefined values. */
export function xmlAttributes(attributes: Record<string, string | number | boolean | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** A self-closing element, or one wrapping already-rendered children. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | number | boolean | undefined>,
  children: readonly string[] = [],
): string {
  const open = `<${name}${xmlAttributes(attributes)}`;
  if (children.length === 0) return `${open} />`;
  return `${open}>${children.join("")}</${name}>`;
}
