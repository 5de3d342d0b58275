/** The graph as a dataset: import (JSON, CSV), export (citable snapshot), content hash, coverage. */

export { Dataset, KindCount } from './dataset.type';
export { DatasetResolver } from './dataset.resolver';
export { canonicalJson, countContent, datasetHash, normalizeContent, normalizeRecord, HASH_METHOD, type DatasetContent } from './hash';
export { exportDataset, formatDocument, readContent, readCounts, readStoredVersion, readVersion, UNVERSIONED, type DatasetDocument, type DatasetHeader } from './export';
export { formatVersion, parseVersion, type StoredVersion } from './version';
export {
  formatReport,
  importDataset,
  kindFromFileName,
  loadImportFiles,
  type ImportFile,
  type ImportReport,
  type KindReport,
  type LoadedImport,
} from './import';
export { convertCell, csvToRecords, parseCsv, recordsToCsv, type CsvRow } from './csv';
export { coverageMarkdown, coverageOfSeeds, replaceCoverage, seedContent, COVERAGE_END, COVERAGE_START } from './coverage';
export { createProgress, SILENT, type Progress } from './progress';
