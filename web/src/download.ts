/** Saves text the page made (a CSV) as a file, through a blob: URL and a download link. */

/** Starts the download of `text` as `fileName`. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it has surely begun.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
