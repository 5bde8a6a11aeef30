/** A frame line of a .NET, Java or JavaScript stack trace, or Python's traceback header. */
const STACK_TRACE = /\n\s*at\s|^Traceback \(most recent call last\)/m;

/**
 * A service's message as plain text for people: the words of its markup, each text apart (so
 * "<h1>Closed</h1><p>Back soon</p>" keeps its two sentences apart), entities decoded,
 * whitespace collapsed. The browser's own HTML parser reads the markup, so every entity and
 * every quirk of real error pages is read as a browser reads it; the document it builds has no
 * browsing context, so nothing in it runs or loads. The result is text that React renders
 * escaped, so this is for reading, not for safety: "<b>Order</b> not found" reads better as
 * "Order not found", and the tags mean nothing to the user. Undefined when nothing readable is
 * left: a stack trace, or markup without words.
 */
export function plainMessage(message: string): string | undefined {
  if (STACK_TRACE.test(message)) return undefined;
  const page = new DOMParser().parseFromString(message, "text/html");
  const texts = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  while (texts.nextNode()) {
    // Code and styling are no words for people (a page's head, its title included, is not in the body).
    if (!texts.currentNode.parentElement?.closest("script, style")) words.push(texts.currentNode.nodeValue ?? "");
  }
  const text = words.join(" ").replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
