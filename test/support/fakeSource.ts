import type { Order } from "../../OrdersGrid/orders/Order";
import { OrdersError, type OrdersErrorDetails } from "../../OrdersGrid/orders/OrdersError";
import type { OrdersPage } from "../../OrdersGrid/orders/OrdersPage";
import type { OrdersSource } from "../../OrdersGrid/orders/OrdersSource";

export function makeOrder(index: number, overrides: Partial<Order> = {}): Order {
  return {
    id: `ORD-${String(index + 1).padStart(6, "0")}`,
    total: 100 + index,
    currency: "USD",
    date: "2026-03-14T09:30:00Z",
    customer: `Customer ${index + 1}`,
    status: "Shipped",
    ...overrides,
  };
}

export interface FakeSourceOptions {
  readonly count: number;
  readonly pageSize: number;
  /** Page numbers (1-based) that fail, with the error to fail with; removed with `heal`. */
  readonly failures?: Readonly<Record<number, OrdersErrorDetails>>;
}

/**
 * An in-memory OrdersSource with the contract's shape: continuation links "page:N".
 * Records every call so tests can assert what was requested and when.
 */
export class FakeOrdersSource implements OrdersSource {
  readonly key: string;
  readonly calls: (string | undefined)[] = [];
  private readonly failures = new Map<number, OrdersErrorDetails>();
  private gate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;

  constructor(private readonly options: FakeSourceOptions) {
    this.key = `fake|${options.count}|${options.pageSize}|${Math.random()}`;
    for (const [page, details] of Object.entries(options.failures ?? {})) this.failures.set(Number(page), details);
  }

  /** Holds every answer until `release` is called. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  heal(page: number): void {
    this.failures.delete(page);
  }

  async loadPage(continuation: string | undefined): Promise<OrdersPage> {
    this.calls.push(continuation);
    const page = continuation === undefined ? 1 : Number(continuation.replace("page:", ""));
    if (this.gate) await this.gate;
    const failure = this.failures.get(page);
    if (failure) throw new OrdersError(failure);
    const { count, pageSize } = this.options;
    const start = (page - 1) * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, count - start)) }, (_, i) => makeOrder(start + i));
    return { items, nextLink: start + pageSize < count ? `page:${page + 1}` : null };
  }
}
