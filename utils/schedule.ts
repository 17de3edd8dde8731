import { browser } from 'wxt/browser';

export const SCAN_ALARM = 'scheduled-scan';

/** Keeps one repeating alarm at the chosen interval; an alarm that already matches is left alone so its timing is kept. */
export async function syncSchedule(intervalHours: number): Promise<void> {
  const periodInMinutes = intervalHours * 60;
  const existing = await browser.alarms.get(SCAN_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(SCAN_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
