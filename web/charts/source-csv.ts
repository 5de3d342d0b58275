/** The source columns every CSV of the charts ends with: one citation column, then its parts apart. */

import type { CsvColumn } from '../src/csv';
import { formatDate } from '../src/format';
import type { SourceData } from './queries';

/** A source as one line: "Publisher: Title (published 2021-01-13) <url>". */
export function sourceCitation(source: SourceData): string {
  const published = formatDate(source.published, source.publishedPrecision);
  return [`${source.publisher}: ${source.title}`, published !== null ? `(published ${published})` : '(publication date not recorded)', source.url ?? '']
    .filter((part) => part !== '')
    .join(' ');
}

/** Sources as one field: their citations joined by " | ". */
export function sourcesCitation(sources: readonly SourceData[]): string {
  return sources.map(sourceCitation).join(' | ');
}

/**
 * `source` (the citation, for a person reading the file) and source_publisher, source_title,
 * source_published, source_url and source_id (for a program).
 */
export function sourceCsvColumns<Row>(sourceOf: (row: Row) => SourceData): CsvColumn<Row>[] {
  return [
    { header: 'source', value: (row) => sourceCitation(sourceOf(row)) },
    { header: 'source_publisher', value: (row) => sourceOf(row).publisher },
    { header: 'source_title', value: (row) => sourceOf(row).title },
    { header: 'source_published', value: (row) => formatDate(sourceOf(row).published, sourceOf(row).publishedPrecision) },
    { header: 'source_url', value: (row) => sourceOf(row).url },
    { header: 'source_id', value: (row) => sourceOf(row).id },
  ];
}
