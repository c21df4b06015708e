import type { BrowserContext, LaunchOptions } from 'playwright-core';

export const CHROMIUM: string;
export function launchChromium(options?: LaunchOptions & Record<string, unknown>): Promise<{ context: BrowserContext; close(): Promise<void> }>;
