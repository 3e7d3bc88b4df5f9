import HashWorker from './hashWorker?worker';
import { workerRequests } from './workerRequests';

const request = workerRequests<{ file: Blob }, string>(() => new HashWorker(), 'hashing failed');

/**
 * A file's SHA-256 (hex), worked out in a worker of its own while the import worker reads the file: the digest
 * first copies every byte, a long task on the page for a big file and time on the import's own path.
 */
export function fileSha256(file: Blob): Promise<string> {
  return request({ file });
}
