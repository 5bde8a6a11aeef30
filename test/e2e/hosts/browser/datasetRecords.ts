/** A column as a PCF data-set describes it; `alias` is the manifest property-set it is bound to. */
export interface HostColumn {
  readonly name: string;
  readonly displayName: string;
  readonly alias: string;
  readonly dataType: string;
  readonly order: number;
  readonly visualSizeFactor: number;
}

/** A data-set record: raw values and the host's formatted text, by column name. */
export interface HostRecord {
  getRecordId(): string;
  getValue(column: string): unknown;
  getFormattedValue(column: string): string;
  /** `etn`: the Dataverse table, in a model-driven view; none over a canvas collection. */
  getNamedReference(): { readonly id: { readonly guid: string }; readonly name: string; readonly etn?: string };
}

export function column(name: string, displayName: string, dataType: string, alias: string, order: number, visualSizeFactor = 1): HostColumn {
  return { name, displayName, alias, dataType, order, visualSizeFactor };
}

/** A record over plain values; `formatted` gives the host's text where it differs from the value's. */
export function hostRecord(id: string, values: Readonly<Record<string, unknown>>, formatted: Readonly<Record<string, string>>, name: string, etn?: string): HostRecord {
  return {
    getRecordId: () => id,
    getValue: (columnName) => values[columnName] ?? null,
    getFormattedValue: (columnName) => {
      const value = values[columnName];
      if (formatted[columnName] !== undefined) return formatted[columnName];
      return typeof value === "string" || typeof value === "number" ? String(value) : "";
    },
    getNamedReference: () => ({ id: { guid: id }, name, ...(etn === undefined ? {} : { etn }) }),
  };
}
