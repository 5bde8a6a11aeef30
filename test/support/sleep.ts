/** Waits `ms` of real time: for tests whose subject is timing (scroll speed, round trips). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
