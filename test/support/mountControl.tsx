import { act, render } from "@testing-library/react";
import { vi } from "vitest";
import { OrdersGrid } from "../../OrdersGrid/index";
import { buildMockContext, type MockContextOptions } from "./mockContext";

/**
 * Mounts the control the way a host does: init, then updateView on every change — also when
 * the mock data-set says the host would call updateView (a page arrived, the app changed its
 * collection).
 */
export function mountControl(options: MockContextOptions = {}) {
  const mock = buildMockContext(options);
  const control = new OrdersGrid();
  const notifyOutputChanged = vi.fn();
  control.init(mock.context, notifyOutputChanged);
  const view = render(control.updateView(mock.context));
  const update = (next: MockContextOptions = {}) => {
    mock.set(next);
    view.rerender(control.updateView(mock.context));
  };
  if (options.dataset) {
    options.dataset.onChange = () => act(() => update());
  }
  return { ...view, mock, control, notifyOutputChanged, update };
}
