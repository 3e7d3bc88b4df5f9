import HashWorker from './hashWorker?worker';
import { workerRequests } from './workerRequests';

const request = workerRequests<{ file: Blob }, string>(() => new HashWorker(), 'hashing failed');

/** Each file's digest, worked out once: a file read for review, then read again to import, is not hashed twice. */
const digests = new WeakMap<Blob, Promise<string>>();

/**
 * A file's SHA-256 (hex), worked out in a worker of its own while the import worker reads the file: the digest
 * first copies every byte, a long task on the page for a big file and time on the import's own path.
 */
export function fileSha256(file: Blob): Promise<string> {
  let digest = digests.get(file);
  if (!digest) {
    digest = request({ file });
    // A failed digest is asked again next time, not remembered.
    digest.catch(() => digests.delete(file));
    digests.set(file, digest);
  }
  return digest;
}
