import { describe, expect, it } from "vitest";
import { stringLiterals, withoutCommentsAndStrings } from "../../../scripts/solution/csharpText";

describe("reading a connector script's C# without a compiler", () => {
  const source = [
    "// https://learn.microsoft.com/ in a line comment",
    "/* a block comment with \"quotes\" and",
    "   https://example.org/ */ var quote = '\"';",
    'var verbatim = @"C:\\path ""quoted"" https://sales.contoso.com/api";',
    'var escaped = "a \\" quote"; var interpolated = $"https://{host}/api";',
  ].join("\n");

  it("finds every string literal with its line, and none inside comments or character literals", () => {
    expect(stringLiterals(source)).toEqual([
      { value: 'C:\\path ""quoted"" https://sales.contoso.com/api', line: 4 },
      { value: 'a \\" quote', line: 5 },
      { value: "https://{host}/api", line: 5 },
    ]);
  });

  it("keeps the code and its line breaks, blanks comments and literals", () => {
    const code = withoutCommentsAndStrings(source);
    expect(code.split("\n")).toHaveLength(5);
    expect(code).not.toMatch(/https|quoted|comment/);
    expect(code).toMatch(/var quote =\s+;/);
    expect(code).toMatch(/var interpolated =\s+;$/);
  });
});
