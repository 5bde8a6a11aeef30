import type { GridReader, ScrolledList } from "../hostGlobals";

/** One animation frame: the DOM has rendered what the last scroll asked for by the next ones. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits frame by frame until `done` holds or `deadline` (performance.now()) passes. */
async function waitUntil(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && performance.now() < deadline) await nextFrame();
}

/** Reads and scrolls the grid the control renders inside `root`, as a user would. */
export function createGridReader(root: HTMLElement): GridReader {
  const grid = () => root.querySelector<HTMLElement>('[role="grid"]');
  const rows = () =>
    [...root.querySelectorAll<HTMLElement>("[data-order-id]")].map((row) => ({ id: row.dataset.orderId ?? "", index: Number(row.getAttribute("aria-rowindex")) }));
  const footer = () => root.querySelector("[data-footer-state]");
  const footerText = () => footer()?.querySelector('[data-testid="footer-text"]')?.textContent ?? "";
  const stoppedBy = () => (footer()?.getAttribute("data-footer-state") === "end" ? "end" : root.querySelector('[role="alert"]') ? "alert" : undefined);
  const signature = () => `${rows().map((row) => row.id).join(",")}|${footerText()}|${String(grid()?.scrollHeight)}`;

  return {
    renderedIds: () => rows().sort((a, b) => a.index - b.index).map((row) => row.id),
    async scrollToEnd(options = {}): Promise<ScrolledList> {
      const deadline = performance.now() + (options.timeoutMs ?? 60_000);
      const seen = new Map<number, string>();
      const collect = () => {
        for (const row of rows()) seen.set(row.index, row.id);
      };
      // From the top: the first rows render before the first step down.
      const start = grid();
      if (start && start.scrollTop > 0) {
        start.scrollTop = 0;
        await waitUntil(() => rows().some((row) => row.index === 2), deadline);
      }
      let stoppedAt: ScrolledList["stoppedBy"] = "timeout";
      while (performance.now() < deadline) {
        collect();
        const element = grid();
        if (options.stopAtId !== undefined && [...seen.values()].includes(options.stopAtId)) {
          stoppedAt = "stopAtId";
          break;
        }
        if (!element) {
          // Nothing to scroll (an empty list, a notification in the grid's place).
          const reason = stoppedBy();
          if (reason) {
            stoppedAt = reason;
            break;
          }
          await nextFrame();
          continue;
        }
        const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
        const reason = atBottom ? stoppedBy() : undefined;
        if (reason) {
          stoppedAt = reason;
          break;
        }
        const before = signature();
        // A screenful less one row, so that every row is seen at least once on the way down.
        if (!atBottom) element.scrollTop = Math.min(element.scrollHeight, element.scrollTop + element.clientHeight - 36);
        // Rows render for the new offset, or a page arrives, or the list ends.
        await waitUntil(() => signature() !== before, atBottom ? deadline : performance.now() + 250);
      }
      collect();
      const positions = [...seen.keys()].sort((a, b) => a - b);
      const first = positions[0] ?? 2;
      const last = positions.at(-1) ?? 1;
      const gaps: number[] = [];
      for (let index = first; index <= last; index++) if (!seen.has(index)) gaps.push(index);
      const element = grid();
      const shown = rows().sort((a, b) => a.index - b.index);
      const alert = root.querySelector('[role="alert"]')?.textContent;
      const lastView = element
        ? `scrollTop ${element.scrollTop} of ${element.scrollHeight} (${element.clientHeight} high), rows ${shown[0]?.id ?? "none"}…${shown.at(-1)?.id ?? "none"}, footer "${footerText()}"${alert ? `, alert "${alert}"` : ""}`
        : `no grid; ${root.textContent.slice(0, 200)}`;
      return { ids: positions.map((index) => seen.get(index) ?? ""), gaps, footer: footerText(), stoppedBy: stoppedAt, lastView };
    },
  };
}
