/**
 * Just enough of C#'s lexical rules to read a connector script without a compiler: where its
 * comments, string and character literals are, so that checks look at code and at the addresses
 * the code uses, not at words in comments (a documentation link there calls nothing).
 */

export interface StringLiteral {
  /** The literal's text between its quotes, escapes left as written. */
  value: string;
  /** 1-based line where it starts. */
  line: number;
}

interface Scan {
  literals: StringLiteral[];
  /** The text with comments and literals replaced by spaces (line breaks kept). */
  code: string;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function scan(text: string): Scan {
  const literals: StringLiteral[] = [];
  let code = "";
  let line = 1;
  let index = 0;
  const take = (end: number, literal?: { from: number; to: number }) => {
    const part = text.slice(index, end);
    if (literal) literals.push({ value: text.slice(literal.from, literal.to), line });
    code += blank(part);
    line += part.split("\n").length - 1;
    index = end;
  };
  while (index < text.length) {
    const rest = text.slice(index);
    if (rest.startsWith("//")) {
      const end = text.indexOf("\n", index);
      take(end === -1 ? text.length : end);
    } else if (rest.startsWith("/*")) {
      const end = text.indexOf("*/", index + 2);
      take(end === -1 ? text.length : end + 2);
    } else if (/^(?:\$@|@\$|@)"/.test(rest)) {
      // Verbatim: no escapes, "" is a quote, line breaks allowed.
      const open = index + rest.indexOf('"') + 1;
      let end = open;
      while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      take(Math.min(end + 1, text.length), { from: open, to: end });
    } else if (/^\$?"/.test(rest)) {
      const open = index + rest.indexOf('"') + 1;
      let end = open;
      while (end < text.length && text[end] !== '"' && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
      take(Math.min(end + 1, text.length), { from: open, to: end });
    } else if (rest.startsWith("'")) {
      let end = index + 1;
      while (end < text.length && text[end] !== "'" && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
      take(Math.min(end + 1, text.length));
    } else {
      const next = rest.search(/\/\/|\/\*|["'@$]/);
      const end = next <= 0 ? index + Math.max(next, 1) : index + next;
      const part = text.slice(index, next === -1 ? text.length : end);
      code += part;
      line += part.split("\n").length - 1;
      index = next === -1 ? text.length : end;
    }
  }
  return { literals, code };
}

export function stringLiterals(text: string): StringLiteral[] {
  return scan(text).literals;
}

export function withoutCommentsAndStrings(text: string): string {
  return scan(text).code;
}
