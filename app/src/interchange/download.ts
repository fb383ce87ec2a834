/** Saving files in the browser: a blob through a temporary link, or an export fetched from the API. */
import type { ErrorAnswer } from '../core/api/types';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadExport(path: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch {
    throw new Error('Cannot reach the Atlas service. Is `npm start` running?');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorAnswer> | null;
    throw new Error(body?.message ?? `The export failed (${response.status}).`);
  }
  saveBlob(await response.blob(), fileName);
}
