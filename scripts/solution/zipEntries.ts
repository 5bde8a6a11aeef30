import { zipSync, type Zippable } from "fflate";

export interface ZipEntry {
  /** Forward slashes, no leading slash. */
  name: string;
  bytes: Uint8Array;
}

const LEVEL = 9;

/**
 * fflate writes DOS times from the local-time fields of a Date, so the Date is built from local
 * fields at each call: 1980-01-01 00:00 (the earliest DOS time) whatever the time zone is now.
 * Nothing of the build's moment or place reaches the zip.
 */
function fixedTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** A zip whose bytes depend on the entries alone: their order as given, one timestamp, one level. */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  const mtime = fixedTime();
  for (const entry of entries) {
    if (entry.name.includes("\\") || entry.name.startsWith("/")) throw new Error(`Zip entry names use forward slashes, relative: ${entry.name}`);
    if (entry.name in files) throw new Error(`Duplicate zip entry ${entry.name}`);
    files[entry.name] = [entry.bytes, { level: LEVEL, mtime, os: 0, attrs: 0 }];
  }
  return zipSync(files);
}
