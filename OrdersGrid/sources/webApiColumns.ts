import { ORDER_FIELDS, type OrderField } from "../orders/Order";
import { phrase, type Phrase } from "../strings/stringKeys";

export type WebApiColumns = Readonly<Partial<Record<OrderField, string>>> & { readonly id: string };

export type WebApiColumnsResult =
  | { readonly ok: true; readonly columns: WebApiColumns }
  | { readonly ok: false; readonly problem: Phrase };

const LOGICAL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads the app maker's column mapping, e.g.
 * `id:contoso_ordernumber, total:contoso_total, date:createdon, customer:_contoso_customerid_value, status:statuscode`.
 * `id` is required; the others are optional. Names are Dataverse logical names (never OData syntax).
 * `named`: the columns `columns` names (`id=contoso_ordernumber`), which win.
 */
export function parseWebApiColumns(raw: string | undefined, named: Readonly<Partial<Record<OrderField, string>>> = {}): WebApiColumnsResult {
  const map: Partial<Record<OrderField, string>> = {};
  for (const part of (raw ?? "").split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
    const [field, column, ...rest] = part.split(":").map((p) => p.trim());
    if (!field || !column || rest.length > 0) return { ok: false, problem: phrase("Problem_WebApiColumnsForm", part) };
    if (!(ORDER_FIELDS as readonly string[]).includes(field)) return { ok: false, problem: phrase("Problem_WebApiColumnsUnknownField", field) };
    if (!LOGICAL_NAME.test(column)) return { ok: false, problem: phrase("Problem_WebApiColumnsName", column) };
    map[field as OrderField] = column;
  }
  // `columns`' field=column entries take the place of webApiColumns' (the two can be mixed while migrating).
  for (const [field, column] of Object.entries(named) as [OrderField, string][]) {
    if (!LOGICAL_NAME.test(column)) return { ok: false, problem: phrase("Problem_WebApiColumnsName", column) };
    map[field] = column;
  }
  const { id } = map;
  if (!id) return { ok: false, problem: phrase("Problem_WebApiColumnsNoId") };
  return { ok: true, columns: { ...map, id } };
}
