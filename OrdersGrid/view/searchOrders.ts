import type { OrderFormatters } from "../format/createOrderFormatters";
import type { OrderList } from "../orders/accumulateOrders";
import type { Order } from "../orders/Order";

/** A column as quick find reads it: a key that names it, and the text its cells show. */
export interface SearchColumn {
  readonly key: string;
  readonly text: (order: Order, format: OrderFormatters) => string;
}

const NON_ASCII = /[\u0080-\uffff]/;
/**
 * What folding drops: marks (accents), and what shows nothing and may sit inside a word (the
 * soft hyphen, zero-width space, word joiner, zero-width no-break space).
 */
const DROPPED = /[\p{M}\u00ad\u200b\u2060\ufeff]+/gu;
const MARK = /^\p{M}$/u;
/**
 * White space as a cell shows it: a run of it, or one tab, line break or no-break space, is
 * one space. WHITE is JavaScript's \s but the space itself and U+FEFF, which shows nothing (see
 * DROPPED). Two cheap passes: most cells of an order hold one such character (en-US times carry
 * U+202F) and no run.
 */
const WHITE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const RUN = / {2,}/g;
const oneRun = (text: string) => (text.includes("  ") ? text.replace(RUN, " ") : text);
/** `text` spaced as a cell shows it: each run of white space one space. */
export const oneSpace = (text: string): string => oneRun(text.replace(WHITE, " "));
/** Languages whose lower case differs from the default mapping (dotted and dotless i). */
const SPECIAL_CASING = /^(?:tr|az|lt)(?:-|$)/i;

/**
 * Text as quick find compares it, in the user's locale: lower case, accents and other marks
 * dropped ("Gräf" → "graf"), compatibility forms unified (full-width "ＡＢＣ" → "abc"), white
 * space as the cell shows it (a run of spaces, a tab or a line break, the no-break spaces of
 * formatted numbers → one space), invisible characters dropped (a soft hyphen inside a word),
 * "ß" → "ss", and the final sigma as σ (the only lower case that depends on the letters around
 * it, so that a cell and its characters fold alike). ASCII text, most of an order, takes the
 * fast path: lower case only.
 */
export function createFold(locale: string): (text: string) => string {
  // toLocaleLowerCase costs several times toLowerCase, and only these languages need it.
  const special = SPECIAL_CASING.test(locale);
  const toLower = (text: string) => (special ? text.toLocaleLowerCase(locale) : text.toLowerCase());
  return (text) => {
    // The no-break spaces formatted dates and numbers carry ("6:00 PM" in en-US) become the
    // space the user types here, so that such text stays on the fast path.
    const lower = oneSpace(toLower(text));
    if (!NON_ASCII.test(lower)) return lower;
    // Lower case again: some compatibility forms decompose to capitals (№ → "No", ™ → "TM").
    // Every other white space is one space already: a dropped character (or a mark) between two
    // spaces leaves the only run there can be.
    return oneRun(toLower(lower.normalize("NFKD")).replace(DROPPED, "").replace(/ß/g, "ss").replace(/ς/g, "σ"));
  };
}

/** The parts of `text` that match `query` (already folded), as [start, end) offsets into `text`; [] when none. */
export function matchRanges(text: string, query: string, fold: (text: string) => string): [number, number][] {
  if (query === "" || text === "") return [];
  const whole = fold(text);
  if (!whole.includes(query)) return [];
  // Where each folded character came from: folding may change the length ("ä" → "a" + mark → "a", "ß" → "ss").
  let folded = whole;
  let origin: number[] | undefined;
  if (whole.length !== text.length || NON_ASCII.test(text)) {
    const starts: number[] = [];
    let built = "";
    let at = 0;
    for (const char of text) {
      let part = fold(char);
      // A run of white space is one space, where it begins.
      if (part === " " && built.endsWith(" ")) part = "";
      for (let left = part.length; left > 0; left--) starts.push(at);
      built += part;
      at += char.length;
    }
    // Casing that depends on the neighbours: no offsets to trust, so nothing is marked.
    if (built !== whole) return [];
    folded = built;
    origin = starts;
  }
  const ranges: [number, number][] = [];
  const startOf = (index: number) => origin?.[index] ?? index;
  for (let found = folded.indexOf(query); found !== -1; found = folded.indexOf(query, found + query.length)) {
    const last = found + query.length - 1;
    const end = origin ? endOfCharAt(text, startOf(last)) : last + 1;
    const previous = ranges[ranges.length - 1];
    // Matches inside one letter that folds to several ("s" in ß's "ss") are that letter once:
    // the cell draws each range, so an overlap would show the letter twice.
    if (previous && startOf(found) < previous[1]) previous[1] = Math.max(previous[1], end);
    else ranges.push([startOf(found), end]);
  }
  return ranges;
}

/** Where the character at `start` ends, with the marks that sit on it ("e" + U+0301 is one letter to the eye). */
function endOfCharAt(text: string, start: number): number {
  const code = text.charCodeAt(start);
  let end = start + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  while (end < text.length && MARK.test(text.charAt(end))) end++;
  return end;
}

/** What the cells mark: the folded query and the fold that made it. */
export interface Highlight {
  readonly query: string;
  readonly fold: (text: string) => string;
}

export interface SearchInput {
  /** The rows loaded, as the grid would show them. */
  readonly orders: OrderList;
  /** The columns the user sees: only their text is searched. */
  readonly columns: readonly SearchColumn[];
  readonly format: OrderFormatters;
  /** What the user typed. */
  readonly query: string;
}

export interface OrderSearch {
  /**
   * The loaded rows whose shown text contains the query (all of them for an empty query). The
   * result's `items` only grows while the query and the columns stay and rows are appended, so
   * the grid keeps its place when pages arrive; any other change gives a new array.
   */
  readonly search: (input: SearchInput) => OrderList;
  /**
   * Folds the cells not folded yet, from the first row, until `deadline` (performance.now());
   * true when every row is done. Lets the view do it in idle slices before the first keystroke.
   */
  readonly prepare: (input: Omit<SearchInput, "query">, deadline?: number) => boolean;
}

/** The folded text of the rows for one set of columns, by position in the loaded rows. */
interface RowTexts {
  readonly columns: readonly SearchColumn[];
  /** The order each text was made from: a row replaced by a later page is folded again. */
  readonly orders: (Order | undefined)[];
  readonly texts: string[];
  /** Where `prepare` goes on from: the rows before it were folded once. */
  prepared: number;
}

/**
 * Between the cells of a row in its folded text: a user cannot type it, and folding keeps it
 * (it is no white space), so no match runs from one cell into the next.
 */
const CELL_BREAK = "\u0000";

interface LastSearch {
  readonly items: readonly Order[];
  readonly scanned: number;
  readonly columns: string;
  readonly query: string;
  /** Positions in `items` of the rows that matched. */
  readonly positions: number[];
  readonly result: Order[];
  readonly snapshot: OrderList;
}

/**
 * Quick find over the loaded rows. Each row's text in the columns in view is formatted and
 * folded once per column set (kept by position, checked against the order there), so a
 * keystroke over 100,000 rows is one string search per row; a query that extends the last one searches only the
 * last one's matches, and rows appended since are searched once.
 */
export function createOrderSearch(): OrderSearch {
  let format: OrderFormatters | undefined;
  let fold: (text: string) => string = (text) => text;
  let rows: RowTexts | undefined;
  let last: LastSearch | undefined;

  const adoptFormat = (next: OrderFormatters) => {
    if (next === format) return;
    format = next;
    fold = createFold(next.locale);
    rows = undefined;
    last = undefined;
  };
  /** The cache for these columns; other columns (a resize dropped one) start a new one. */
  const textsFor = (columns: readonly SearchColumn[]): RowTexts => {
    const same = rows?.columns.length === columns.length && columns.every((column, i) => rows?.columns[i] === column);
    if (!rows || !same) rows = { columns, orders: [], texts: [], prepared: 0 };
    return rows;
  };
  /** A row's folded text, its cells between CELL_BREAKs: from the cache while the same order is at that position. */
  const textAt = (cache: RowTexts, index: number, order: Order, shown: OrderFormatters) => {
    const cached = cache.orders[index] === order ? cache.texts[index] : undefined;
    if (cached !== undefined) return cached;
    const text = fold(cache.columns.map((column) => column.text(order, shown)).join(CELL_BREAK));
    cache.orders[index] = order;
    cache.texts[index] = text;
    return text;
  };

  function search({ orders, columns, format: shown, query }: SearchInput): OrderList {
    adoptFormat(shown);
    const folded = fold(query.trim());
    if (folded === "") {
      last = undefined;
      return orders;
    }
    const columnsKey = columns.map((column) => column.key).join("|");
    const sameRows = last?.items === orders.items && last.columns === columnsKey && orders.count >= last.scanned;
    if (sameRows && last?.query === folded && last.scanned === orders.count) return last.snapshot;

    const cache = textsFor(columns);
    // The hot loop of a keystroke: one string per row.
    const matches = (index: number, order: Order) => textAt(cache, index, order, shown).includes(folded);

    let positions: number[] = [];
    let result: Order[] = [];
    let from = 0;
    if (sameRows && last?.query === folded) {
      // The same search over more rows: the new ones are appended to the same result.
      ({ positions, result } = last);
      from = last.scanned;
    } else if (sameRows && last && folded.startsWith(last.query)) {
      // A longer query matches a subset of what the shorter one matched.
      for (const index of last.positions) {
        const order = orders.items[index];
        if (order && matches(index, order)) {
          positions.push(index);
          result.push(order);
        }
      }
      from = last.scanned;
    }
    for (let index = from; index < orders.count; index++) {
      const order = orders.items[index];
      if (!order || !matches(index, order)) continue;
      positions.push(index);
      result.push(order);
    }
    const snapshot: OrderList = { items: result, count: result.length };
    last = { items: orders.items, scanned: orders.count, columns: columnsKey, query: folded, positions, result, snapshot };
    return snapshot;
  }

  function prepare({ orders, columns, format: shown }: Omit<SearchInput, "query">, deadline = Infinity): boolean {
    adoptFormat(shown);
    const cache = textsFor(columns);
    // Each slice goes on where the last one stopped (a row replaced before it is folded when searched).
    for (; cache.prepared < orders.count; cache.prepared++) {
      const order = orders.items[cache.prepared];
      if (order) textAt(cache, cache.prepared, order, shown);
      // Checked every 256 rows: reading the clock costs more than folding one row.
      if ((cache.prepared & 255) === 255 && performance.now() > deadline) {
        cache.prepared++;
        return false;
      }
    }
    return true;
  }

  return { search, prepare };
}
