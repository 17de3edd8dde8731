import path from 'node:path';
import type { Page } from '@playwright/test';
import { saveScreenshotTo } from '../../scripts/screenshot';

/** Screenshots for people to look at; the folder is ignored by git. */
export const SCREENSHOT_DIR = path.resolve('screenshots');

export function saveScreenshot(page: Page, name: string): Promise<string> {
  return saveScreenshotTo(page, SCREENSHOT_DIR, name);
}
