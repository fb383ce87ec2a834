/** Debian's Chromium for browser tests and benchmarks: never a downloaded browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * --disable-gpu's software GL draws a tall canvas wrongly once nodes are dimmed (the nodes layer comes
 * out blank); ANGLE's SwiftShader draws it as a real tablet's GPU does.
 */
export const SWIFTSHADER_ARGS = [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function requireChromium(needs = 'Browser tests'): void {
  if (!existsSync(CHROMIUM)) throw new Error(`${needs} need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
}

export function launchChromium(args = CHROMIUM_ARGS): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args });
}
