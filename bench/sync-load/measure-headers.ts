/** Headers only the load run's measuring entry sends (`measuring-worker.ts`), never the deployed worker. */
export const ROWS_READ_HEADER = 'X-D1-Rows-Read';
export const QUERIES_HEADER = 'X-D1-Queries';
export const ROWS_WRITTEN_HEADER = 'X-D1-Rows-Written';
