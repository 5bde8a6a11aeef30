import { hasPrefix } from "../orders/hasPrefix";
import type { OrdersErrorDetails } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";

/** What the infinite query asks for next: a page by its link, or a stop it must report. */
export type NextPage = { readonly link: string } | { readonly stop: OrdersErrorDetails };

export const DEFAULT_MAX_PAGES = 10_000;

function normalize(link: string): string {
  try {
    return new URL(link).href;
  } catch {
    return link;
  }
}

/**
 * Decides whether the last page's nextLink may be followed: not past the page cap and not a
 * link already requested (a server bug that would otherwise page forever). Incremental: each
 * page's links are recorded once; telling more of the same list from a new one compares the
 * pages already seen by identity (`hasPrefix`), no link is parsed again.
 */
export function createContinuationGuard(maxPages: number = DEFAULT_MAX_PAGES) {
  let seenPages: readonly OrdersPage[] = [];
  let links = new Set<string>();

  return (pages: readonly OrdersPage[]): NextPage | undefined => {
    const last = pages[pages.length - 1];
    if (!last?.nextLink) return undefined;

    if (!hasPrefix(pages, seenPages)) {
      seenPages = [];
      links = new Set();
    }
    const record = (link: string | null | undefined) => {
      if (link) links.add(normalize(link));
    };
    // Record every new page's own link, and the link each but the last pointed to.
    for (const page of pages.slice(Math.max(0, seenPages.length - 1), -1)) {
      record(page.link);
      record(page.nextLink);
    }
    record(last.link);
    seenPages = pages;

    if (pages.length >= maxPages) {
      return { stop: { kind: "pageLimit", code: "PageLimitReached", message: `Stopped after ${maxPages} pages` } };
    }
    if (links.has(normalize(last.nextLink))) {
      return { stop: { kind: "unsafeLink", code: "NextLinkCycle", message: `nextLink repeats a page already loaded: ${last.nextLink}` } };
    }
    return { link: last.nextLink };
  };
}
