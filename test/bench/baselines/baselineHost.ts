import type { BenchHost, MountOptions } from "../browser/benchGlobals";

/** What a baseline page reports as its pages arrive. */
export interface BaselineProgress {
  onLoaded(loaded: number, complete: boolean): void;
}

/**
 * The BenchHost both baselines share: mount, re-render on update (as a host's updateView would),
 * and report progress; each baseline supplies only how it renders and which element scrolls.
 */
export function createBaselineHost(
  render: (options: MountOptions, root: HTMLElement, progress: BaselineProgress) => void,
  scrollerSelector: string,
): BenchHost {
  const state = { loaded: 0, complete: false };
  const progress: BaselineProgress = {
    onLoaded(loaded, complete) {
      state.loaded = loaded;
      state.complete = complete;
    },
  };
  let current: MountOptions | undefined;
  const show = (options: MountOptions) => {
    const root = document.getElementById("root");
    if (!root) throw new Error("#root is missing");
    root.style.width = `${options.width}px`;
    render(options, root, progress);
  };
  return {
    mount(options) {
      current = options;
      show(options);
    },
    update(changes) {
      if (!current) throw new Error("not mounted");
      current = { ...current, ...changes };
      show(current);
    },
    grid: () => document.querySelector<HTMLElement>('#root [role="grid"]'),
    scroller: () => document.querySelector<HTMLElement>(scrollerSelector),
    isComplete: () => state.complete,
    loadedRows: () => state.loaded,
  };
}
