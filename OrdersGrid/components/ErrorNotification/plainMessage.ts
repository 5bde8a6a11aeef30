/** Elements whose content is code or styling, never words for people. */
const HIDDEN_ELEMENTS = /<(script|style|head|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Tags, comments, doctypes and processing instructions. */
const MARKUP = /<!--[\s\S]*?-->|<[a-z!?/][^>]*>/gi;
const ENTITY = /&(#\d+|#x[\da-f]+|[a-z]+);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** A frame line of a .NET, Java or JavaScript stack trace, or Python's traceback header. */
const STACK_TRACE = /\n\s*at\s|^Traceback \(most recent call last\)/m;

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const codePoint = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

/**
 * A service's message as plain text for people: tags stripped (their words kept), entities
 * decoded, whitespace collapsed. The result is text that React renders escaped, so stripping
 * is for reading, not for safety: "<b>Order</b> not found" reads better as "Order not found"
 * than with its tags, and the tags mean nothing to the user. Undefined when nothing readable
 * is left: a stack trace, or markup without words.
 */
export function plainMessage(message: string): string | undefined {
  if (STACK_TRACE.test(message)) return undefined;
  const text = message
    .replace(HIDDEN_ELEMENTS, " ")
    .replace(MARKUP, " ")
    .replace(ENTITY, decodeEntity)
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? undefined : text;
}
